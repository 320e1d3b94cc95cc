/** Tasks whose result is an output ("Create an annual schedule of events"), told apart from aims. */
import { termsOf } from './vocabulary/entry.js';
import { DELIVERABLE_NOUNS, DELIVERABLE_VERBS } from './vocabulary/deliverables.js';
import { phrasePattern } from './words.js';

/** How far after the verb the output may be named: "Establish a project proposal template". */
const OBJECT_WORDS = 8;

const verbs = termsOf(DELIVERABLE_VERBS).join('|').replace(/ /g, '\\s+');
const LEADING_VERB = new RegExp(`^(?:to\\s+)?(?:${verbs})(?:s|es|ed|ing)?\\b`, 'i');
const LABEL = /^(?:[\w.]{1,12}\s*[:.)–—-]\s+)?/;

const PASSIVE_VERB = new RegExp(`\\b(?:will|shall|is to|are to|to)\\s+be\\s+(?:${verbs})(?:d|ed)?\\b`, 'i');

/**
 * True when the text starts with a task verb and names the output it makes within a few words
 * ("Establish a project timeline"), or says that output will be made ("A communications plan will be developed").
 */
export function isDeliverable(text: string): boolean {
  const words = text.trim().replace(/^[*_\s]+/, '').replace(LABEL, '');
  const nouns = phrasePattern(termsOf(DELIVERABLE_NOUNS), 'i');
  const verb = LEADING_VERB.exec(words);
  if (verb) return nouns.test(firstWords(words.slice(verb[0].length)));
  const passive = PASSIVE_VERB.exec(words);
  return !!passive && nouns.test(firstWords(words.slice(0, passive.index)));
}

function firstWords(text: string): string {
  return text.split(/\s+/).filter(Boolean).slice(0, OBJECT_WORDS).join(' ');
}
