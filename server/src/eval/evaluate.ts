/** Lints every document of a labelled set with the engine, as the command line would, and scores it. */
import { loadConfigForFile } from '../config/index.js';
import { lint } from '../engine/lint.js';
import type { LintResult } from '../engine/types.js';
import { RULE_IDS } from './fixture-labels.js';
import type { EvalDocument, EvalSet } from './labelled-set.js';
import { microAverage, scoreRule, type FoundFinding, type RuleScore } from './scoring.js';

export interface SetResult {
  set: EvalSet;
  /** One score per rule of the catalogue, in catalogue order. */
  scores: RuleScore[];
  micro: RuleScore;
  /** Documents labelled strategy or agreement: how many were linted as partnership documents, and as the labelled kind. */
  partnership: { labelled: number; recognised: number; rightKind: number };
  /** Documents labelled as not partnership documents, and how many drew no finding. */
  ordinary: { labelled: number; silent: number };
  /** Names of documents with expected findings that drew none (often: not recognised). */
  silentWithExpected: string[];
  /** Rules that threw, as "document: rule: error"; their findings are missing from the scores. */
  ruleFailures: string[];
}

export function evaluateSet(set: EvalSet): SetResult {
  const linted = set.documents.map((document) => ({ document, result: lintLikeTheCli(document) }));
  const scored = linted.map(({ document, result }) => ({ ...document, found: catalogueFindings(result) }));
  const scores = RULE_IDS.map((rule) => scoreRule(rule, scored, set.answers));
  const partnershipDocuments = linted.filter(({ document }) => document.kind === 'strategy' || document.kind === 'agreement');
  const ordinary = scored.filter((document) => document.kind === null);
  return {
    set,
    scores,
    micro: microAverage(scores),
    partnership: {
      labelled: partnershipDocuments.length,
      recognised: partnershipDocuments.filter(({ result }) => result.document.kind !== null).length,
      rightKind: partnershipDocuments.filter(({ document, result }) => result.document.kind === document.kind).length,
    },
    ordinary: { labelled: ordinary.length, silent: ordinary.filter((document) => document.found.length === 0).length },
    silentWithExpected: scored
      .filter((document) => document.kind !== null && document.expected.length > 0 && document.found.length === 0)
      .map((document) => document.name),
    ruleFailures: linted.flatMap(({ document, result }) =>
      result.ruleFailures.map((failure) => `${document.name}: ${failure.ruleId}: ${failure.error.split('\n')[0]}`),
    ),
  };
}

/** The settings the command line would use for this file: its configuration files, else the defaults. */
function lintLikeTheCli(document: EvalDocument): LintResult {
  return lint(document.text, loadConfigForFile(document.file).settings);
}

/** Findings of the labelled rules only (not e.g. unused-directive reports). */
export function catalogueFindings(result: LintResult): FoundFinding[] {
  return result.findings
    .filter((finding) => RULE_IDS.includes(finding.ruleId))
    .map((finding) => ({
      ruleId: finding.ruleId,
      startLine: finding.start.line,
      endLine: finding.end.line,
      documentLevel: finding.documentLevel,
      message: finding.message,
    }));
}
