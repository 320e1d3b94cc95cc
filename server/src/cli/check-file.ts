/** Checks one document: read, lint, fix and write. Runs on the main thread or in a worker (see pool.ts). */
import type { DocumentVerdict, Finding, LintSettings, RuleFailure } from '../engine/types.js';
import { lintSource } from './lint-source.js';
import { readSourceFile, type SourceRead } from './read-source.js';
import { writeFixes } from './write-fixes.js';

/** Plain data, so it can be posted to a worker thread. */
export interface CheckTask {
  filePath: string;
  settings: LintSettings;
  /** Work out safe fixes (--fix or --fix-dry-run). */
  fix: boolean;
  /** Write fixed text back to the file (--fix). */
  write: boolean;
  /** Keep error-level findings only (--quiet). */
  errorsOnly: boolean;
}

export type CheckOutcome =
  | { checked: false; problem: string }
  | {
      checked: true;
      findings: Finding[];
      verdict: DocumentVerdict;
      ruleFailures: RuleFailure[];
      /** Why the frontmatter could not be read, when it could not. */
      frontmatterProblem?: string;
      /** The text the findings refer to (fixed text when fixing). */
      source: string;
      /** Present only when fixing changed the text. */
      output?: string;
      /** The text before fixing, present with `output` (for --fix-dry-run's diff). */
      original?: string;
      writeError?: string;
    };

export function checkFile(task: CheckTask): CheckOutcome {
  return checkSource(task, readSourceFile(task.filePath));
}

export function checkSource(task: CheckTask, read: SourceRead): CheckOutcome {
  if ('problem' in read) return { checked: false, problem: read.problem };
  const { text, bom, origin } = read.source;
  const keep = (finding: Finding): boolean => !task.errorsOnly || finding.severity === 'error';
  const { result, text: fixed, frontmatterProblem } = lintSource(text, task.settings, task.fix, keep);
  const outcome: CheckOutcome = {
    checked: true,
    findings: result.findings,
    verdict: result.document,
    ruleFailures: result.ruleFailures,
    ...(frontmatterProblem ? { frontmatterProblem } : {}),
    source: fixed,
  };
  if (fixed === text) return outcome;
  outcome.output = fixed;
  outcome.original = text;
  if (task.write && origin) {
    try {
      writeFixes(task.filePath, bom ? `\uFEFF${fixed}` : fixed, origin);
    } catch (error) {
      outcome.writeError = (error as Error).message;
    }
  }
  return outcome;
}
