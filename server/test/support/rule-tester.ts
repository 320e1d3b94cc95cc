/**
 * Exact tests for one rule, in the manner of ESLint's RuleTester: each case is a small document linted
 * with that rule alone, and an invalid case lists every finding it must draw, where, in what words, and
 * what its fix and suggestions make of the text.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/engine/apply-fixes.js';
import { lint } from '../../src/engine/lint.js';
import type { DocumentKind, Edit, Finding, LintSettings } from '../../src/engine/types.js';
import type { Rule } from '../../src/rules/types.js';

export interface ValidCase {
  /** The test's name; without one, the first line of the document's body. */
  name?: string;
  code: string;
  /** The kind the configuration gives; frontmatter in `code` still wins. */
  kind?: DocumentKind;
  options?: Record<string, unknown>;
}

export interface ExpectedSuggestion {
  description: string;
  /** The whole text once this suggestion alone is applied. */
  output: string;
}

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** The whole text once this finding's safe fix is applied; required when the rule offers one. */
  output?: string;
  /** Required when the rule offers suggestions, in the rule's order. */
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** A document of the given kind: frontmatter that makes the kind certain, then `lines`, the first on line 4. */
export function markdown(kind: DocumentKind, ...lines: string[]): string {
  return `---\ntype: ${kind}\n---\n${lines.join('\n')}\n`;
}

export const ruleTester = {
  run(rule: Rule<any>, tests: RuleTests): void {
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const test of tests.valid) {
          it(caseName(test), () => {
            expect(findingsOf(rule, test).map((f) => f.message)).toEqual([]);
          });
        }
      });
      describe('invalid', () => {
        for (const test of tests.invalid) {
          it(caseName(test), () => {
            // At least one finding: a case that expects none belongs among the valid ones.
            expect(test.findings.length).toBeGreaterThan(0);
            const found = findingsOf(rule, test);
            expect(found.map((finding, i) => observed(finding, test.findings[i], test.code))).toEqual(test.findings);
          });
        }
      });
    });
  },
};

/** Lints `test.code` with `rule` alone, at its default severity and with the case's options. */
function findingsOf(rule: Rule<any>, test: ValidCase): Finding[] {
  const settings: LintSettings = {
    ...(test.kind ? { kind: test.kind } : {}),
    ...(test.options ? { rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity, options: test.options } } } : {}),
  };
  const result = lint(test.code, settings, [rule]);
  // A document the engine does not read as a partnership document draws nothing from any rule: no test at all.
  expect(result.document.kind, result.document.reason).not.toBeNull();
  if (test.kind) expect(result.document.kind).toBe(test.kind);
  expect(result.ruleFailures).toEqual([]);
  for (const finding of result.findings) expectMetaAllows(rule, finding);
  return result.findings;
}

/** The rule's metadata (shown in the docs and the editor) must own up to what its findings offer. */
function expectMetaAllows(rule: Rule<any>, finding: Finding): void {
  if (finding.fix) expect(rule.meta.fixable, 'a rule that offers a fix declares fixable: "fix"').toBe('fix');
  if (finding.suggestions) expect(rule.meta.fixable, 'a rule that offers suggestions declares it').not.toBeNull();
  const level = finding.documentLevel ? 'document' : 'line';
  expect([level, 'both'], `a ${level}-level finding from a rule of level "${rule.meta.level}"`).toContain(rule.meta.level);
}

/** What the finding shows, in the shape of its expectation (end positions only where the case states them). */
function observed(finding: Finding, expected: ExpectedFinding | undefined, text: string): ExpectedFinding {
  return {
    line: finding.start.line,
    column: finding.start.column,
    ...(expected?.endLine !== undefined ? { endLine: finding.end.line } : {}),
    ...(expected?.endColumn !== undefined ? { endColumn: finding.end.column } : {}),
    message: finding.message,
    ...(finding.fix ? { output: applyOne(text, finding.fix) } : {}),
    ...(finding.suggestions ? { suggestions: finding.suggestions.map((s) => ({ description: s.description, output: applyOne(text, s) })) } : {}),
  };
}

/** The text after one edit, with the engine's own applier; an edit it would skip fails the test. */
function applyOne(text: string, edit: Edit): string {
  const { output, skipped } = applyEdits(text, [edit]);
  expect(skipped, `edit ${JSON.stringify(edit)} cannot be applied`).toEqual([]);
  return output;
}

/** The case's name, or the first line of the document that is not frontmatter, a heading or blank. */
function caseName(test: ValidCase): string {
  if (test.name) return test.name;
  const body = test.code.replace(/^---\n[\s\S]*?\n---\n/, '');
  const line = body.split('\n').find((l) => l.trim() && !l.startsWith('#')) ?? body.trim();
  return line.length > 90 ? `${line.slice(0, 87)}...` : line;
}
