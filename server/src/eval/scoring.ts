/**
 * Matches a linter's findings to hand labels and scores each rule by precision, recall and F1. The one
 * home of scoring for `npm run eval` and the detection-quality test; each label format brings only its
 * own rule for when a finding answers a label (see fixture-labels.ts and real-corpus.ts).
 */

export interface ExpectedFinding {
  rule: string;
  /** 1-based line of the flagged words, or null for "missing from the whole document". */
  line: number | null;
  note?: string;
}

/** The part of a finding that matching needs (kept small so the matcher can be tested on made-up lists). */
export interface FoundFinding {
  ruleId: string;
  startLine: number;
  endLine: number;
  documentLevel: boolean;
  message: string;
}

/** Whether a finding of the label's rule answers the label: the part that differs between label formats. */
export type Answers = (label: ExpectedFinding, finding: FoundFinding) => boolean;

export interface DocumentMatch {
  truePositives: number;
  missed: ExpectedFinding[];
  spurious: FoundFinding[];
}

/**
 * Matches one rule's labels to that rule's findings in one document, one to one, by maximum bipartite
 * matching, so the order of findings never costs a true positive. Line labels go first and try the
 * nearest findings first, so the pairs shown in details are the natural ones.
 */
export function matchRule(labels: ExpectedFinding[], findings: FoundFinding[], answers: Answers): DocumentMatch {
  const distance = (label: ExpectedFinding, finding: FoundFinding): number =>
    label.line === null ? 0 : Math.abs(finding.startLine - label.line);
  const candidates = labels.map((label) =>
    findings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => answers(label, finding))
      .sort((a, b) => distance(label, a.finding) - distance(label, b.finding))
      .map(({ index }) => index),
  );
  const owner: (number | undefined)[] = new Array(findings.length);
  const tryAssign = (labelIndex: number, seen: boolean[]): boolean => {
    for (const findingIndex of candidates[labelIndex]) {
      if (seen[findingIndex]) continue;
      seen[findingIndex] = true;
      const current = owner[findingIndex];
      if (current === undefined || tryAssign(current, seen)) {
        owner[findingIndex] = labelIndex;
        return true;
      }
    }
    return false;
  };
  const order = labels.map((_, index) => index).sort((a, b) => Number(labels[a].line === null) - Number(labels[b].line === null));
  for (const labelIndex of order) tryAssign(labelIndex, new Array(findings.length).fill(false));

  const matched = new Set(owner.filter((labelIndex): labelIndex is number => labelIndex !== undefined));
  return {
    truePositives: matched.size,
    missed: labels.filter((_, index) => !matched.has(index)),
    spurious: findings.filter((_, index) => owner[index] === undefined),
  };
}

/** One false positive or false negative, with enough context to tune a rule from. */
export interface Miss {
  file: string;
  line: number | null;
  /** The finding's message (false positive) or the label's note (false negative). */
  text: string;
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

export interface ScoredDocument {
  name: string;
  /** Whether the document was labelled for this rule. */
  inScope(ruleId: string): boolean;
  expected: ExpectedFinding[];
  found: FoundFinding[];
}

export function scoreRule(rule: string, documents: ScoredDocument[], answers: Answers): RuleScore {
  const score: RuleScore = { rule, truePositives: 0, falsePositives: [], falseNegatives: [] };
  for (const document of documents) {
    if (!document.inScope(rule)) continue;
    const match = matchRule(
      document.expected.filter((label) => label.rule === rule),
      document.found.filter((finding) => finding.ruleId === rule),
      answers,
    );
    score.truePositives += match.truePositives;
    for (const label of match.missed) {
      score.falseNegatives.push({ file: document.name, line: label.line, text: label.note ?? '' });
    }
    for (const finding of match.spurious) {
      const line = finding.documentLevel ? null : finding.startLine;
      score.falsePositives.push({ file: document.name, line, text: finding.message });
    }
  }
  return score;
}

/** The micro-average: every rule's matches pooled. */
export function microAverage(scores: RuleScore[]): RuleScore {
  return {
    rule: 'micro-average',
    truePositives: scores.reduce((sum, score) => sum + score.truePositives, 0),
    falsePositives: scores.flatMap((score) => score.falsePositives),
    falseNegatives: scores.flatMap((score) => score.falseNegatives),
  };
}

// The ratios follow the corpus's reference scorer (score.mjs), so both print the same numbers: a ratio
// with nothing to divide is null ("n/a") when the rule was silent and had nothing to find, and 0 when
// the other side shows it missed.

export function precision(score: RuleScore): number | null {
  const { tp, fp, fn } = counts(score);
  if (tp + fp > 0) return tp / (tp + fp);
  return fn === 0 ? null : 0;
}

export function recall(score: RuleScore): number | null {
  const { tp, fp, fn } = counts(score);
  if (tp + fn > 0) return tp / (tp + fn);
  return fp === 0 ? null : 0;
}

export function f1(score: RuleScore): number | null {
  const p = precision(score);
  const r = recall(score);
  if (p === null && r === null) return null;
  const sum = (p ?? 0) + (r ?? 0);
  return sum === 0 ? 0 : (2 * (p ?? 0) * (r ?? 0)) / sum;
}

export function counts(score: RuleScore): { tp: number; fp: number; fn: number } {
  return { tp: score.truePositives, fp: score.falsePositives.length, fn: score.falseNegatives.length };
}

export const formatRatio = (ratio: number | null): string => (ratio === null ? 'n/a' : ratio.toFixed(2));

export function formatScoreTable(scores: RuleScore[]): string {
  const header = ['rule', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
  const rows = scores.map((score) => {
    const { tp, fp, fn } = counts(score);
    return [score.rule, String(tp), String(fp), String(fn), formatRatio(precision(score)), formatRatio(recall(score)), formatRatio(f1(score))];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), ...rows.map(format)].join('\n');
}

/** Every false positive and false negative, one a line: "FP file:line rule  message" or "FN file:line rule  note". */
export function formatMisses(scores: RuleScore[]): string {
  const line = (kind: string, rule: string, miss: Miss): string => `${kind} ${miss.file}:${miss.line ?? 'document'} ${rule}  ${miss.text}`;
  return scores
    .flatMap((score) => [
      ...score.falsePositives.map((miss) => line('FP', score.rule, miss)),
      ...score.falseNegatives.map((miss) => line('FN', score.rule, miss)),
    ])
    .join('\n');
}
