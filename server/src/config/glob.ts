/**
 * Globs from configuration files (`kinds`, `files`, `ignores`), matched without regular expressions.
 * A cloned repository writes both the globs and the file names, and a glob turned into a regular
 * expression can backtrack for minutes (`**\/*a*a*a*a*a*a*a*a*b.md` against a long name). Here each glob
 * is run as a set of states advanced one character (and one folder) at a time, so matching costs at most
 * the glob's length times the path's length, whatever either contains.
 *
 * Syntax: `*` (any characters but `/`), `?` (one character), `**` as a whole segment (any number of
 * folders), `[abc]`, `[a-z]`, `[!a]`, `{a,b}` and `\` to take the next character as it is.
 */
import type { PathMatcher } from './types.js';

/** Thrown with a message that completes `"<glob>" …`. */
export class GlobError extends Error {}

type Token =
  | { kind: 'star' }
  | { kind: 'one' }
  | { kind: 'char'; char: string }
  | { kind: 'class'; negated: boolean; ranges: [string, string][] };
type Segment = 'globstar' | Token[];

/** Past this many alternatives (`{a,b}{c,d}…` multiply) or characters, a glob is refused rather than expanded. */
const MAX_ALTERNATIVES = 256;
const MAX_GLOB_LENGTH = 1024;

/** A matcher for `/`-separated paths relative to the configuration's folder; throws GlobError for a glob it refuses. */
export function compileGlob(glob: string): PathMatcher {
  const alternatives = parseGlob(glob);
  return (relativePath) => {
    const parts = relativePath.split('/');
    return alternatives.some((segments) => matchSegments(segments, parts));
  };
}

function parseGlob(glob: string): Segment[][] {
  if (!glob) throw new GlobError('is empty: write a path or pattern such as "drafts/**"');
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  if (glob.startsWith('!')) throw new GlobError('starts with "!": negated globs are not supported; list the files to leave out under "ignores"');
  if (/[@+!*?]\(/.test(glob)) throw new GlobError('uses an extended pattern such as "@(a|b)", which partnerlint does not support; write "{a,b}" instead');
  return expandBraces(glob).map((alternative) =>
    alternative
      .split('/')
      .filter((part, index) => !(index === 0 && part === '.' && alternative.length > 1))
      .map((part): Segment => (part === '**' ? 'globstar' : tokenize(part))),
  );
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`. A brace without a comma inside is an ordinary character. */
function expandBraces(glob: string): string[] {
  const open = findBraceGroup(glob);
  if (!open) return [glob];
  const { start, end, options } = open;
  const results: string[] = [];
  for (const option of options) {
    for (const expanded of expandBraces(glob.slice(0, start) + option + glob.slice(end + 1))) {
      results.push(expanded);
      if (results.length > MAX_ALTERNATIVES) throw new GlobError(`has more than ${MAX_ALTERNATIVES} alternatives in braces`);
    }
  }
  return results;
}

/** The first `{…}` holding a top-level comma, with its comma-separated options. */
function findBraceGroup(glob: string): { start: number; end: number; options: string[] } | null {
  for (let start = 0; start < glob.length; start++) {
    if (glob[start] === '\\') start++;
    else if (glob[start] === '{') {
      const group = braceGroupAt(glob, start);
      if (group) return group;
    }
  }
  return null;
}

function braceGroupAt(glob: string, start: number): { start: number; end: number; options: string[] } | null {
  const options: string[] = [];
  let depth = 0;
  let from = start + 1;
  for (let i = start + 1; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}' && depth > 0) depth--;
    else if (char === ',' && depth === 0) {
      options.push(glob.slice(from, i));
      from = i + 1;
    } else if (char === '}') {
      const last = glob.slice(from, i);
      if (options.length) return { start, end: i, options: [...options, last] };
      if (/^-?\w+\.\.-?\w+$/.test(last)) {
        throw new GlobError('uses a range such as "{1..5}", which partnerlint does not support; list the values: "{1,2,3,4,5}"');
      }
      return null; // "{a}" is an ordinary name
    }
  }
  return null;
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const char = part[i];
    if (char === '\\' && i + 1 < part.length) tokens.push({ kind: 'char', char: part[++i] });
    else if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' }); // "**" inside a name is "*"
    } else if (char === '?') tokens.push({ kind: 'one' });
    else if (char === '[') {
      const parsed = parseClass(part, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', char });
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** `[abc]`, `[a-z]`, `[!a]` or `[^a]` starting at `start`; null when there is no closing `]`. */
function parseClass(part: string, start: number): { token: Token; end: number } | null {
  let i = start + 1;
  const negated = part[i] === '!' || part[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < part.length; i++, first = false) {
    let char = part[i];
    if (char === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    if (char === '\\' && i + 1 < part.length) char = part[++i];
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      ranges.push([char, part[i + 2]]);
      i += 2;
    } else ranges.push([char, char]);
  }
  return null;
}

/** Folders: `**` stays or moves on at each path segment; other glob segments match exactly one. */
function matchSegments(segments: Segment[], parts: string[]): boolean {
  let states = closure(new Set([0]), segments);
  for (const part of parts) {
    const next = new Set<number>();
    for (const state of states) {
      const segment = segments[state];
      if (segment === undefined) continue;
      // Like `*`, `**` never stands for "." or "..", so a path that leaves the folder is not matched by accident.
      if (segment === 'globstar') {
        if (!isDotSegment(part)) next.add(state);
      } else if (matchName(segment, part)) next.add(state + 1);
    }
    if (!next.size) return false;
    states = closure(next, segments);
  }
  return states.has(segments.length);
}

function closure(states: Set<number>, segments: Segment[]): Set<number> {
  for (const state of states) if (segments[state] === 'globstar') states.add(state + 1);
  return states;
}

function matchName(tokens: Token[], name: string): boolean {
  if (isDotSegment(name) && tokens.some((token) => token.kind !== 'char')) return false;
  let states = starClosure(new Set([0]), tokens);
  for (const char of name) {
    const next = new Set<number>();
    for (const state of states) {
      const token = tokens[state];
      if (token === undefined) continue;
      if (token.kind === 'star') next.add(state);
      else if (matchesChar(token, char)) next.add(state + 1);
    }
    if (!next.size) return false;
    states = starClosure(next, tokens);
  }
  return states.has(tokens.length);
}

function starClosure(states: Set<number>, tokens: Token[]): Set<number> {
  for (const state of states) if (tokens[state]?.kind === 'star') states.add(state + 1);
  return states;
}

function matchesChar(token: Exclude<Token, { kind: 'star' }>, char: string): boolean {
  if (token.kind === 'one') return true;
  if (token.kind === 'char') return token.char === char;
  const inside = token.ranges.some(([from, to]) => from <= char && char <= to);
  return inside !== token.negated;
}

function isDotSegment(part: string): boolean {
  return part === '.' || part === '..';
}
