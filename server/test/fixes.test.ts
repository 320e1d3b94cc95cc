/**
 * Every fix and suggestion the engine offers on the shipped documents, applied for real: the finding
 * it answers goes away, nothing outside its range changes, and applying all safe fixes is stable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/apply-fixes.js';
import { lint } from '../src/engine/lint.js';
import type { Finding, Fix } from '../src/engine/types.js';
import { markdownFiles } from './support/markdown-files.js';

const root = join(__dirname, '../../test-fixtures');
const documents = ['examples', 'corpus', 'rules'].flatMap((set) => markdownFiles(join(root, set))).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** The same finding after an edit: same rule and message on the same line (document-level: anywhere). */
function stillThere(before: Finding, after: Finding[], edit: Fix, text: string): boolean {
  const shift = edit.text.length - (edit.range[1] - edit.range[0]);
  const movedOffset = before.start.offset >= edit.range[1] ? before.start.offset + shift : before.start.offset;
  const line = text.slice(0, movedOffset).split('\n').length;
  return after.some(
    (f) =>
      f.ruleId === before.ruleId &&
      (before.documentLevel ? f.documentLevel : !f.documentLevel && f.start.line === line && f.message === before.message),
  );
}

describe('fixes and suggestions on the shipped documents', () => {
  it('offers fixes and suggestions to test', () => {
    const offered = documents.flatMap(({ text }) => lint(text).findings).filter((f) => f.fix || f.suggestions);
    expect(offered.length).toBeGreaterThan(50);
  });

  for (const { path, text } of documents) {
    const findings = lint(text).findings.filter((f) => f.fix || f.suggestions);
    if (findings.length === 0) continue;
    it(`each edit in ${path.slice(root.length + 1)} removes its finding and touches nothing else`, () => {
      const problems: string[] = [];
      for (const finding of findings) {
        for (const edit of [finding.fix, ...(finding.suggestions ?? [])].filter((e): e is Fix => !!e)) {
          const { output, applied } = applyEdits(text, [edit]);
          expect(applied).toHaveLength(1);
          // Byte-identical outside the edit's range.
          expect(output.slice(0, edit.range[0])).toBe(text.slice(0, edit.range[0]));
          expect(output.slice(edit.range[0] + edit.text.length)).toBe(text.slice(edit.range[1]));
          if (stillThere(finding, lint(output).findings, edit, output)) {
            problems.push(`${finding.ruleId} at ${finding.start.line}: "${edit.description}" left the finding in place`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('applies every safe fix without overlap, and a second pass changes nothing', () => {
    for (const { text } of documents) {
      const fixes = lint(text).findings.flatMap((f) => (f.fix ? [f.fix] : []));
      const once = applyEdits(text, fixes);
      expect(once.skipped).toEqual([]);
      const again = lint(once.output).findings.flatMap((f) => (f.fix ? [f.fix] : []));
      expect(again).toEqual([]);
      expect(applyEdits(once.output, again).output).toBe(once.output);
    }
  });
});
