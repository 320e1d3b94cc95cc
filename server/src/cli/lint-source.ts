/** Lints one document's text, applying safe fixes pass after pass when asked, until nothing changes. */
import { applyEdits } from '../engine/apply-fixes.js';
import { lint } from '../engine/lint.js';
import type { Edit, Finding, LintResult, LintSettings } from '../engine/types.js';

/** Fixes can enable further fixes (e.g. once two overlapping ones are split); ten passes is ample. */
export const MAX_FIX_PASSES = 10;

export interface LintOutcome {
  /** The result for `text` (the fixed text when fixing). */
  result: LintResult;
  text: string;
}

/**
 * `keep` chooses the findings that count (--quiet keeps errors); only their `fix` edits are applied,
 * never suggestions, which are templates a person must fill in.
 */
export function lintSource(text: string, settings: LintSettings, fix: boolean, keep: (finding: Finding) => boolean): LintOutcome {
  let current = text;
  let result = lint(current, settings);
  for (let pass = 0; fix && pass < MAX_FIX_PASSES; pass++) {
    const edits: Edit[] = result.findings.filter(keep).flatMap((finding) => (finding.fix ? [finding.fix] : []));
    if (!edits.length) break;
    const { output } = applyEdits(current, edits);
    if (output === current) break;
    current = output;
    result = lint(current, settings);
  }
  return { result: { ...result, findings: result.findings.filter(keep) }, text: current };
}
