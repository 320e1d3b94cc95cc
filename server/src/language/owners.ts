/**
 * Who counts as an accountable owner. A named organisation, body, post or person does; "all partners",
 * "the partnership", "jointly", "everyone", "TBC" and an empty cell do not.
 */
import type { Partner } from '../model/types.js';
import { ORGANISATION_WORD, POST_WORD } from './organisations.js';
import { DIFFUSE_OWNERS, WEAK_SUBJECTS } from './vocabulary/diffuse-owners.js';
import { termsOf } from './vocabulary/entry.js';
import { phrasePattern } from './words.js';

const DIFFUSE_OWNER_TERMS = termsOf(DIFFUSE_OWNERS);

const PERSON = /\b(Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor)\.?\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+[A-Z][a-z]+(-[A-Z][a-z]+)?\b/;

export interface OwnerVocabulary {
  partners: readonly Partner[];
  /** Extra words that count as owners (config option `owners`). */
  owners: readonly string[];
  /** Extra phrases that do not (config option `diffuseOwners`). */
  diffuse: readonly string[];
}

interface Compiled {
  /** Diffuse phrases, and those that stay diffuse as the whole subject of a sentence. */
  all: string[];
  strong: string[];
  allPattern: RegExp;
  allGlobal: RegExp;
  names: RegExp | null;
  owners: RegExp | null;
}

/** Owner checks run for every action; compile each vocabulary's patterns once. */
const compiled = new WeakMap<OwnerVocabulary, Compiled>();

function compile(vocabulary: OwnerVocabulary): Compiled {
  let result = compiled.get(vocabulary);
  if (result) return result;
  const all = [...DIFFUSE_OWNER_TERMS, ...vocabulary.diffuse];
  const names = vocabulary.partners.flatMap((p) => [p.name, ...p.aliases]);
  result = {
    all,
    strong: [...DIFFUSE_OWNER_TERMS.filter((p) => !WEAK_SUBJECTS.has(p)), ...vocabulary.diffuse],
    allPattern: phrasePattern(all, 'i'),
    allGlobal: phrasePattern(all, 'gi'),
    names: names.length ? phrasePattern(names, 'i') : null,
    owners: vocabulary.owners.length ? phrasePattern(vocabulary.owners, 'i') : null,
  };
  compiled.set(vocabulary, result);
  return result;
}

/** Normalises an owner cell or subject: strips emphasis marks, articles and trailing punctuation. */
function normalise(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/[.;:,]+$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * An owner cell or subject that names nobody in particular. With `whole`, the text must be the
 * diffuse phrase itself ("All partners"), as for the subject of a sentence.
 */
export function isDiffuseOwner(text: string, vocabulary: OwnerVocabulary, { whole = false } = {}): boolean {
  // "Angus Health and Social Care Partnership" is a body with a name, not "the partnership".
  if (/\b[A-Z][a-z]+(\s+(and|of|for|[A-Z][a-z]+))*\s+Partnership\b/.test(text)) return false;
  const value = normalise(text);
  if (value === '' || /^[-–—?x]+$/.test(value)) return true;
  // "Jointly, PCN and community trust" still leaves nobody singly accountable.
  if (/^(jointly|joint)\b/.test(value)) return true;
  const words = compile(vocabulary);
  // A configured owner ("Safeguarding Children Partnership") wins over the diffuse word inside it.
  if (words.owners?.test(value)) return false;
  const list = whole ? words.strong : words.all;
  if (list.some((phrase) => value === phrase || value === `the ${phrase}` || value === `${phrase} will`)) return true;
  if (whole) return /^(all|both|each of the|every one of the)\s+(the\s+)?(partners|parties|agencies|organisations|members|partner organisations|stakeholders)$/.test(value);
  // "All partners (led by NCC)" names a lead; "All partners jointly" does not.
  return words.allPattern.test(value) && !namesOwner(value.replace(words.allGlobal, ' '), vocabulary);
}

/** True when the text names a partner, an organisation or body, a post, or a person. */
export function namesOwner(text: string, vocabulary: OwnerVocabulary): boolean {
  if (!text.trim()) return false;
  // partnerlint's own "[named post]" placeholder, inserted by a suggestion, is waiting to be filled in.
  if (/\[[^\]]*\b(post|partner|owner)\b[^\]]*\]/i.test(text)) return true;
  const words = compile(vocabulary);
  if (words.names?.test(text) || words.owners?.test(text)) return true;
  // Initials name a body: "NCC", "DHSC", and mixed-case ones such as "DfE" or "NHSmail".
  return ORGANISATION_WORD.test(text) || POST_WORD.test(text) || PERSON.test(text) || /\b[A-Z]{2,6}s?\b|\b[A-Z][a-z]?[A-Z][A-Za-z]*\b/.test(text);
}

export function isAccountableOwner(text: string, vocabulary: OwnerVocabulary): boolean {
  return !isDiffuseOwner(text, vocabulary) && namesOwner(text, vocabulary);
}
