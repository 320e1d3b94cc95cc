/** The matcher for globs in configuration files: the usual glob meanings, without backtracking. */
import { describe, expect, it } from 'vitest';
import { compileGlob, GlobError } from '../src/config/glob.js';

const cases: [glob: string, matches: string[], misses: string[]][] = [
  ['*.md', ['a.md', '.hidden.md'], ['docs/a.md', 'a.markdown']],
  ['**/*.md', ['a.md', 'docs/x/a.md'], ['a.txt', '../up.md']],
  ['docs/**', ['docs/a.md', 'docs/x/y.md'], ['other/docs/a.md']],
  ['**/drafts/**', ['drafts/a.md', 'x/drafts/y/a.md'], ['drafts.md', 'x/drafted/a.md']],
  ['./plans/*.md', ['plans/a.md'], ['plans/x/a.md']],
  ['{agreements,plans}/**/*.md', ['agreements/a.md', 'plans/x/b.md'], ['notes/a.md']],
  ['x/{a,b{c,d}}.md', ['x/a.md', 'x/bc.md', 'x/bd.md'], ['x/b.md']],
  ['[ab]?.md', ['a1.md', 'bz.md'], ['c1.md', 'a.md']],
  ['[!a-c]*.md', ['d.md', 'zz.md'], ['a.md', 'c9.md']],
  ['*-draft-*.md', ['one-draft-two.md'], ['draft.md']],
  ['a\\*.md', ['a*.md'], ['ab.md']],
  ['report {final}.md', ['report {final}.md'], ['report final.md']],
];

describe('configuration globs', () => {
  it.each(cases)('%s', (glob, matches, misses) => {
    const match = compileGlob(glob);
    for (const path of matches) expect(match(path), path).toBe(true);
    for (const path of misses) expect(match(path), path).toBe(false);
  });

  it('refuses what it would not match as written, saying what to write instead', () => {
    expect(() => compileGlob('')).toThrow(new GlobError('is empty: write a path or pattern such as "drafts/**"'));
    expect(() => compileGlob('!drafts/**')).toThrow(/negated globs are not supported/);
    expect(() => compileGlob('+(a|b).md')).toThrow(/write "\{a,b\}" instead/);
    expect(() => compileGlob('{2019..2024}/*.md')).toThrow(/list the values/);
    expect(() => compileGlob('{a,b}'.repeat(9))).toThrow(/more than 256 alternatives/);
  });
});
