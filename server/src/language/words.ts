/** Small helpers for matching whole words and phrases in plain text. */

/** A case-insensitive whole-word pattern for any of `phrases` (spaces match any whitespace or hyphen). */
export function phrasePattern(phrases: readonly string[], flags = 'gi'): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\\?[\s-]+/g, '[\\s-]+'));
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, flags);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && phrasePattern(phrases, 'i').test(text);
}
