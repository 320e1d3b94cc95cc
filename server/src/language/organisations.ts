/**
 * Reads the organisation and post vocabularies (vocabulary/organisations.ts, vocabulary/posts.ts):
 * whether a phrase names a body, a body's name, or a post. Every reader of those words asks here, so
 * a word added to a list is added for all of them.
 */
import { termsOf } from './vocabulary/entry.js';
import { BODY_NAME_WORDS, ORGANISATION_WORDS } from './vocabulary/organisations.js';
import { POST_WORDS } from './vocabulary/posts.js';
import { wordPattern } from './words.js';

const ORGANISATION_TERMS = termsOf(ORGANISATION_WORDS);
const BODY_TERMS = [...ORGANISATION_TERMS, ...termsOf(BODY_NAME_WORDS)];
const POST_TERMS = termsOf(POST_WORDS);

/** A word that makes any phrase a body: "the council", "Ashdown Police". */
export const ORGANISATION_WORD = wordPattern(ORGANISATION_TERMS);
/** A word that makes a capitalised name a body's rather than a person's: also "Citizens Advice". */
export const BODY_WORD = wordPattern(BODY_TERMS);
/** A word that makes a phrase a post: "the programme manager", "Head of Commissioning". */
export const POST_WORD = wordPattern(POST_TERMS);

/**
 * Bodies and posts whose naming as a subject makes a line under "Priorities" an action ("The Council
 * will ...", "The Programme Manager will ..."): a subset of both lists. Widening it to every body and
 * post changed which lines read as aims on the labelled documents (a finding lost, a false alarm
 * gained), so the subset stays until a case for each added word is shown.
 */
export const DOER_WORDS: readonly string[] = ['council', 'trust', 'icb', 'police', 'service', 'team', 'board', 'manager', 'officer', 'director', 'lead', 'coordinator', 'inspector', 'nurse', 'worker'];
const DOER_WORD = wordPattern(DOER_WORDS);

export function namesDoer(text: string): boolean {
  return DOER_WORD.test(text);
}

const POSTS = new Set(POST_TERMS);
const BODIES_AND_POSTS = new Set([...BODY_TERMS, ...POST_TERMS]);

/** One word that is a post on its own ("Director", "members"), as the last word of a name. */
export function isPostWord(word: string): boolean {
  return POSTS.has(word.toLowerCase());
}

/** One word that is a body's or a post's ("Council", "Officer"), so a name ending in it is nobody's surname. */
export function isBodyOrPostWord(word: string): boolean {
  return BODIES_AND_POSTS.has(word.toLowerCase());
}

/**
 * The organisation words a body is called by alone once named ("the Council", "the Trust"): a subset
 * of ORGANISATION_WORDS. "the Board" or "the Service" is too common to stand for one partner.
 */
export const SHORT_NAME_WORDS: ReadonlySet<string> = new Set(['council', 'trust', 'icb', 'ccg', 'constabulary', 'university', 'college', 'hospice']);
