/**
 * One entry of a word list: the term, a sentence where it means what the list says, and a sentence
 * where a close reading must not take it that way. The examples document the entry and are checked
 * as a table by server/test/vocabulary.test.ts, so every entry earns its place.
 */
export interface VocabularyEntry {
  term: string;
  example: string;
  counterExample: string;
}

export function termsOf(entries: readonly VocabularyEntry[]): string[] {
  return entries.map((entry) => entry.term);
}
