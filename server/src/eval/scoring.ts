/** Matches a linter's findings to hand labels and scores each rule by precision and recall. */
import type { ExpectedFinding } from './detection-labels.js';

/** The part of a finding that matching needs (kept small so the matcher can be tested on made-up lists). */
export interface FoundFinding {
  ruleId: string;
  startLine: number;
  endLine: number;
  documentLevel: boolean;
  message: string;
}

export interface DocumentMatch {
  truePositives: number;
  missed: ExpectedFinding[];
  spurious: FoundFinding[];
}

/**
 * Matches one rule's labels to that rule's findings in one document, one to one. A label with a line
 * matches a line-level finding whose lines cover it; a null label matches a document-level finding.
 * Line labels use maximum bipartite matching, so the order of findings never costs a true positive.
 */
export function matchRule(labels: ExpectedFinding[], findings: FoundFinding[]): DocumentMatch {
  const lineLabels = labels.filter((label) => label.line !== null);
  const documentLabels = labels.filter((label) => label.line === null);
  const lineFindings = findings.filter((finding) => !finding.documentLevel);
  const documentFindings = findings.filter((finding) => finding.documentLevel);

  const findingOwner: (number | undefined)[] = new Array(lineFindings.length);
  const covers = (labelIndex: number, findingIndex: number): boolean => {
    const line = lineLabels[labelIndex].line as number;
    const finding = lineFindings[findingIndex];
    return finding.startLine <= line && line <= finding.endLine;
  };
  const tryAssign = (labelIndex: number, seen: boolean[]): boolean => {
    for (let findingIndex = 0; findingIndex < lineFindings.length; findingIndex++) {
      if (seen[findingIndex] || !covers(labelIndex, findingIndex)) continue;
      seen[findingIndex] = true;
      const owner = findingOwner[findingIndex];
      if (owner === undefined || tryAssign(owner, seen)) {
        findingOwner[findingIndex] = labelIndex;
        return true;
      }
    }
    return false;
  };
  lineLabels.forEach((_, labelIndex) => tryAssign(labelIndex, new Array(lineFindings.length).fill(false)));
  const matchedLabels = new Set(findingOwner.filter((owner): owner is number => owner !== undefined));

  const documentMatches = Math.min(documentLabels.length, documentFindings.length);
  return {
    truePositives: matchedLabels.size + documentMatches,
    missed: [...lineLabels.filter((_, index) => !matchedLabels.has(index)), ...documentLabels.slice(documentMatches)],
    spurious: [
      ...lineFindings.filter((_, index) => findingOwner[index] === undefined),
      ...documentFindings.slice(documentMatches),
    ],
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

export function scoreRule(rule: string, documents: ScoredDocument[]): RuleScore {
  const score: RuleScore = { rule, truePositives: 0, falsePositives: [], falseNegatives: [] };
  for (const document of documents) {
    if (!document.inScope(rule)) continue;
    const match = matchRule(
      document.expected.filter((label) => label.rule === rule),
      document.found.filter((finding) => finding.ruleId === rule),
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

/** Precision with no findings at all counts as perfect: nothing said, nothing wrong. */
export function precision(score: RuleScore): number {
  const found = score.truePositives + score.falsePositives.length;
  return found === 0 ? 1 : score.truePositives / found;
}

/** Recall with nothing to find counts as perfect. */
export function recall(score: RuleScore): number {
  const expected = score.truePositives + score.falseNegatives.length;
  return expected === 0 ? 1 : score.truePositives / expected;
}

export function f1(score: RuleScore): number {
  const p = precision(score);
  const r = recall(score);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function formatScoreTable(scores: RuleScore[]): string {
  const header = ['rule', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];
  const rows = scores.map((score) => [
    score.rule,
    String(score.truePositives),
    String(score.falsePositives.length),
    String(score.falseNegatives.length),
    precision(score).toFixed(2),
    recall(score).toFixed(2),
    f1(score).toFixed(2),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), ...rows.map(format)].join('\n');
}

export function formatMisses(scores: RuleScore[]): string {
  const place = (miss: Miss): string => `${miss.file}:${miss.line ?? 'document'}  ${miss.text}`;
  return scores
    .filter((score) => score.falsePositives.length + score.falseNegatives.length > 0)
    .map((score) =>
      [
        `## ${score.rule}`,
        ...score.falsePositives.map((miss) => `FP ${place(miss)}`),
        ...score.falseNegatives.map((miss) => `FN ${place(miss)}`),
      ].join('\n'),
    )
    .join('\n\n');
}
