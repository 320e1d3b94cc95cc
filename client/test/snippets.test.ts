/** The strategy and agreement skeletons, expanded as VS Code would with their default text, pass the engine. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/lint.js';
import { REPO_ROOT } from './support/editors.js';

const snippets: Record<string, { prefix: string[]; body: string[] }> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'snippets', 'markdown.json'), 'utf8'),
);

/** Replaces `${n:default}` (nested too), `${n}` and `$n` with the defaults, as accepting every placeholder would. */
function expandSnippet(body: string[]): string {
  let text = body.join('\n');
  const defaults = new Map<string, string>();
  for (let changed = true; changed; ) {
    const before = text;
    text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_, index: string, value: string) => {
      defaults.set(index, value);
      return value;
    });
    text = text.replace(/\$\{(\d+)\}/g, (whole, index: string) => defaults.get(index) ?? whole);
    changed = text !== before;
  }
  text = text.replace(/\$(\d+)/g, (whole, index: string) => (index === '0' ? '' : (defaults.get(index) ?? whole)));
  if (/\$\{?\d/.test(text)) throw new Error(`placeholders left over:\n${text}`);
  return text;
}

describe('snippets', () => {
  it.each([
    ['Partnership strategy skeleton', 'strategy'],
    ['Partnership agreement skeleton', 'agreement'],
  ])('%s is a %s with no findings', (name, kind) => {
    const snippet = snippets[name];
    expect(snippet.prefix[0]).toBe(`partnerlint-${kind}`);
    const result = lint(expandSnippet(snippet.body));
    expect(result.document.kind).toBe(kind);
    expect(result.ruleFailures).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message} (line ${f.start.line})`)).toEqual([]);
  });
});
