/** Lints one document's text, applying safe fixes pass after pass when asked, until nothing changes. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { applyEdits } from '../engine/apply-fixes.js';
import { lint, lintModel } from '../engine/lint.js';
import type { Edit, Finding, LintResult, LintSettings } from '../engine/types.js';
import { buildModel } from '../model/build.js';
import type { PartnershipDocument } from '../model/types.js';

/** Fixes can enable further fixes (e.g. once two overlapping ones are split); ten passes is ample. */
export const MAX_FIX_PASSES = 10;

export interface LintOutcome {
  /** The result for `text` (the fixed text when fixing). */
  result: LintResult;
  text: string;
  /** Frontmatter that is not valid YAML: whatever it declares (`type: agreement`) went unread. */
  frontmatterProblem?: string;
}

/**
 * `keep` chooses the findings that count (--quiet keeps errors); only their `fix` edits are applied,
 * never suggestions, which are templates a person must fill in.
 */
export function lintSource(text: string, settings: LintSettings, fix: boolean, keep: (finding: Finding) => boolean): LintOutcome {
  let current = text;
  const doc = buildModel(text, { kind: settings.kind, partners: settings.partners });
  const frontmatterProblem = unreadableFrontmatter(text, doc);
  let result = lintModel(doc, settings);
  for (let pass = 0; fix && pass < MAX_FIX_PASSES; pass++) {
    const edits: Edit[] = result.findings.filter(keep).flatMap((finding) => (finding.fix ? [finding.fix] : []));
    if (!edits.length) break;
    const { output } = applyEdits(current, edits);
    if (output === current) break;
    current = output;
    result = lint(current, settings);
  }
  const outcome: LintOutcome = { result: { ...result, findings: result.findings.filter(keep) }, text: current };
  if (frontmatterProblem) outcome.frontmatterProblem = frontmatterProblem;
  return outcome;
}

/** The model keeps frontmatter it could not read as null; read again (rarely) for the reason to show. */
function unreadableFrontmatter(text: string, doc: PartnershipDocument): string | undefined {
  if (!doc.frontmatterSpan || doc.frontmatter) return undefined;
  const block = text.slice(doc.frontmatterSpan.start, doc.frontmatterSpan.end);
  const inner = block.replace(/^---[^\r\n]*(?:\r\n|\r|\n)?/, '').replace(/(?:\r\n|\r|\n)---[ \t]*$/, '');
  try {
    parseYaml(inner.replace(/\r\n?/g, '\n'));
    return undefined; // valid YAML that is not a mapping: nothing was declared in it
  } catch (error) {
    if (!(error instanceof YAMLParseError)) return String(error);
    const what = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // The YAML starts on the file's second line, after the opening ---.
    return error.linePos ? `${what} at line ${error.linePos[0].line + 1}, column ${error.linePos[0].col}` : what;
  }
}
