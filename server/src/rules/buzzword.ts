import { BUZZWORDS } from '../language/vocabulary/buzzwords.js';
import { phrasePattern } from '../language/words.js';
import type { Sentence } from '../model/types.js';
import { anyWithin, matchOffsets } from './support/source-matches.js';
import { defineRule, type Report } from './types.js';

interface Options {
  /** Extra jargon: phrase -> plain replacement, or null when no drop-in replacement exists. */
  extra: Record<string, string | null>;
  /** Listed buzzwords this project accepts. */
  allow: string[];
}

/** Each buzzword with its plain drop-in replacement (null: rewording needs a person). */
const BUZZWORD_REPLACEMENTS: Record<string, string | null> = Object.fromEntries(BUZZWORDS.map((entry) => [entry.term, entry.replacement]));
/** "leverage" is jargon as a verb ("leverage our assets"), plain as a noun: read by sentence structure. */
const LEVERAGE_VERB: Record<string, string> = { leverage: 'use', leverages: 'uses', leveraged: 'used', leveraging: 'using' };
const LEVERAGE = /\b(leverag(e|es|ed|ing))\b/gi;
const NOUN_BEFORE = /\b(the|some|more|any|of|have|has|had|gives?|giving|political|financial|greater|real|no|much|little|significant|enough|a|as)\s+$/i;
const OBJECT_AFTER = /^\s+(the|our|their|its|this|these|those|existing|additional|extra|partner\w*|local|national|resources|funding|investment|expertise|assets|data|skills|knowledge|capacity|it|them|each|every|all|new|shared|community|system)\b/i;

export default defineRule<Options>({
  meta: {
    id: 'buzzword',
    description: 'Management jargon hides what the document means; plain words say it.',
    defaultSeverity: 'info',
    kinds: ['strategy', 'agreement'],
    level: 'line',
    tags: ['language'],
    fixable: 'fix',
    optionsSchema: {
      type: 'object',
      properties: {
        extra: {
          type: 'object',
          additionalProperties: { type: ['string', 'null'] },
          description: 'Extra jargon: phrase -> plain replacement (null when there is no drop-in replacement).',
        },
        allow: { type: 'array', items: { type: 'string' }, description: 'Listed buzzwords this project accepts.' },
      },
      additionalProperties: false,
    },
    guidance: {
      why:
        'Fashionable phrases make a plan sound busy while saying little; readers outside the meeting room cannot tell what will actually happen.',
      howToFix: 'Say the plain thing you mean, or drop the phrase.',
      goodExample: 'From April, district nurses and social workers share one referral form.',
    },
  },
  defaultOptions: { extra: {}, allow: [] },
  checkPart({ doc, part, options, report }) {
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    const table = new Map<string, string | null>();
    for (const [phrase, replacement] of Object.entries({ ...BUZZWORD_REPLACEMENTS, ...options.extra })) {
      if (!allowed.has(phrase.toLowerCase())) table.set(normalise(phrase), replacement);
    }
    const pattern = table.size ? phrasePattern([...table.keys()]) : null;
    const checkLeverage = !allowed.has('leverage');
    const candidates = [...(pattern ? matchOffsets(doc.text, pattern, part) : []), ...(checkLeverage ? matchOffsets(doc.text, LEVERAGE, part) : [])].sort(
      (a, b) => a - b,
    );
    const uses: Use[] = [];
    for (const sentence of doc.sentences) {
      if (!anyWithin(candidates, sentence.span)) continue;
      if (pattern) {
        for (const match of sentence.text.matchAll(pattern)) {
          if (isLiteral(sentence.text, match.index ?? 0, match[0])) continue;
          uses.push(use(sentence, match.index ?? 0, match[0], table.get(normalise(match[0])) ?? null));
        }
      }
      if (!checkLeverage) continue;
      for (const match of sentence.text.matchAll(LEVERAGE)) {
        const index = match.index ?? 0;
        if (!isVerbUse(sentence.text, index, match[0])) continue;
        uses.push(use(sentence, index, match[0], LEVERAGE_VERB[match[0].toLowerCase()]));
      }
    }
    // One finding a line, as a reviewer marks a page: three phrases in one sentence are one rewrite.
    const byLine = new Map<number, Use[]>();
    for (const found of uses.sort((a, b) => a.start - b.start)) {
      const line = doc.locate(found.start).line;
      byLine.set(line, [...(byLine.get(line) ?? []), found]);
    }
    for (const onLine of byLine.values()) report(buzzwordReport(onLine, doc.text));
  },
});

/** One buzzword where it stands, with its plain replacement when there is one. */
interface Use {
  start: number;
  end: number;
  words: string;
  plain: string | null;
}

function use(sentence: Sentence, index: number, words: string, replacement: string | null): Use {
  const start = sentence.sourceOffset(index);
  const end = sentence.sourceOffset(index + words.length - 1) + 1;
  return { start, end, words, plain: replacement === null ? null : matchCase(words, replacement) };
}

function buzzwordReport(uses: readonly Use[], source: string): Report {
  const first = uses[0];
  const last = uses[uses.length - 1];
  const span = { start: first.start, end: last.end };
  const plains = uses.map((u) => u.plain);
  const jargon = uses.length === 1 ? `"${first.words}" is jargon` : `${listed(uses.map((u) => `"${u.words}"`))} are jargon`;
  const message = plains.every((p) => p !== null)
    ? `${jargon} that hides the meaning: say ${listed(plains.map((p) => `"${p}"`))}, or say exactly what will happen.`
    : `${jargon} that hides the meaning: say in plain words what will happen.`;
  // A safe fix swaps each phrase for its plain words, and only where the source reads exactly as the phrase.
  const fixable = uses.every((u) => u.plain !== null && u.end - u.start === u.words.length);
  if (!fixable) return { message, span };
  let text = source.slice(span.start, span.end);
  for (const u of [...uses].reverse()) text = text.slice(0, u.start - span.start) + u.plain + text.slice(u.end - span.start);
  const description = `Replace ${listed(uses.map((u) => `"${u.words}" with "${u.plain}"`))}`;
  return { message, span, fix: { description, range: [span.start, span.end], text } };
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "The business case is going forward to Cabinet" is movement, and a name is a name: neither is jargon. */
function isLiteral(text: string, index: number, words: string): boolean {
  const after = text.slice(index + words.length);
  // "Holistic Needs Assessment" names a tool; it is not the writer's jargon.
  if (/^[A-Z]/.test(words) && /^\s+[A-Z][a-z]+\s+[A-Z]/.test(after)) return true;
  return /^going forward$/i.test(words) && /^\s+((to|for)\s+(the\s+|each\s+|both\s+|all\s+)?[A-Z]|with\b)/.test(after);
}

/** "leverage our assets" is the verb; "gives us leverage" is the noun and plain enough. */
function isVerbUse(text: string, index: number, word: string): boolean {
  if (word.toLowerCase() !== 'leverage') return true;
  if (NOUN_BEFORE.test(text.slice(0, index))) return false;
  return OBJECT_AFTER.test(text.slice(index + word.length)) || /\b(to|will|can|could|should|must|shall|may|would|we|and|also|better|fully|further)\s+$/i.test(text.slice(0, index));
}

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s-]+/g, ' ');
}

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}
