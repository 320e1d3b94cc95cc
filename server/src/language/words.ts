/** Small helpers for matching whole words and phrases in plain text. */

/** A case-insensitive whole-word pattern for any of `phrases` (spaces match any whitespace or hyphen). */
export function phrasePattern(phrases: readonly string[], flags = 'gi'): RegExp {
  // Rules ask for the same lists again and again; compiling once per list keeps linting fast.
  const key = `${flags}\u0000${phrases.join('\u0001')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const pattern = compile(phrases, flags);
  if (cache.size > 2000) cache.clear();
  cache.set(key, pattern);
  return pattern;
}

const cache = new Map<string, RegExp>();

function compile(phrases: readonly string[], flags: string): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\\?[\s-]+/g, '[\\s-]+'));
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, flags);
}

/**
 * A case-insensitive pattern for any of `words` as whole words (`\b` at both ends), for word lists
 * such as organisation words or posts: unlike phrasePattern, "Sub-Committee" still holds "committee".
 * Compile it once, at module level.
 */
export function wordPattern(words: readonly string[], flags = 'i'): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, flags);
}

/** Like wordPattern, for word starts: "involv" finds "involved" and "involvement". */
export function stemPattern(stems: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${stems.map(escapeRegExp).join('|')})\\w*\\b`, flags);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && phrasePattern(phrases, 'i').test(text);
}
