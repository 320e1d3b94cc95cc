/**
 * Sentence splitting for policy prose. A full NLP tokenizer costs several times the parse; the
 * documents' sentences end in . ! ? followed by a capital, digit or opening mark, except after the
 * abbreviations these documents use.
 */
import { singleLine, sliceMapped } from './mapped-text.js';
import type { MappedText } from './types.js';

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'eg', 'ie', 'dr', 'mr', 'mrs', 'ms', 'prof', 'cllr', 'st', 'no', 'nos', 'vs', 'approx',
  'para', 'paras', 'sec', 'ref', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'fig', 'cf', 'al', 'cl', 'sch', 'art', 'vol', 'pp', 'p',
]);

const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9£])|\n(?=\s*(\(?[A-Za-z0-9]{1,3}[.)]|[•‣◦·])\s)|\n(?=\s*([Aa]im|[Oo]bjective|[Oo]utcome|[Pp]riority|[Gg]oal)\s+\d+\s*[:.\-–—])/g;

export function splitSentences(block: MappedText): MappedText[] {
  const text = block.text;
  const sentences: MappedText[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    // A line starting "a." or "(ii)" starts a new item of a list written as plain lines.
    if (match[0] !== '\n' && isAbbreviation(text, match.index)) continue;
    pushTrimmed(block, start, end, sentences);
    start = match.index + match[0].length;
  }
  pushTrimmed(block, start, text.length, sentences);
  return sentences;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dotIndex - 8), dotIndex));
  if (!before) return false;
  const word = before[1].toLowerCase().replace(/^\.+/, '');
  // A single capital letter is an initial ("J. Smith").
  return ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word);
}

function pushTrimmed(block: MappedText, from: number, to: number, out: MappedText[]): void {
  const text = block.text;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from) out.push(singleLine(sliceMapped(block, from, to)));
}
