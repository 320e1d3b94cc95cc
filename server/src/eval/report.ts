/** The eval's output: a table and document counts per set as text, or the same scores as JSON. */
import path from 'node:path';
import type { SetResult } from './evaluate.js';
import { counts, f1, formatMisses, formatScoreTable, precision, recall, type RuleScore } from './scoring.js';

export function formatText(results: SetResult[], options: { details: boolean; cwd: string }): string {
  return results.map((result) => formatSet(result, options)).join('\n\n') + '\n';
}

function formatSet(result: SetResult, options: { details: boolean; cwd: string }): string {
  const { set, partnership, ordinary, silentWithExpected, ruleFailures } = result;
  const lines = [
    `== ${set.title}: ${set.documents.length} documents in ${path.relative(options.cwd, set.folder) || '.'} ==`,
    formatScoreTable([...result.scores, result.micro]),
    '',
    `partnership documents recognised: ${partnership.recognised} of ${partnership.labelled} (right kind: ${partnership.rightKind})`,
    `ordinary documents silent: ${ordinary.silent} of ${ordinary.labelled}`,
    `documents with expected findings that drew none: ${silentWithExpected.length}`,
    ...silentWithExpected.map((name) => `  ${name}`),
  ];
  if (ruleFailures.length) lines.push('rules that failed (their findings are missing):', ...ruleFailures.map((failure) => `  ${failure}`));
  const misses = formatMisses(result.scores);
  if (options.details && misses) lines.push('', misses);
  return lines.join('\n');
}

export function formatJson(results: SetResult[], options: { details: boolean; cwd: string }): string {
  const sets = results.map((result) => ({
    title: result.set.title,
    folder: path.relative(options.cwd, result.set.folder) || '.',
    documents: result.set.documents.length,
    rules: result.scores.map((score) => scoreJson(score, options.details)),
    microAverage: scoreJson(result.micro, false),
    partnership: result.partnership,
    ordinary: result.ordinary,
    silentWithExpected: result.silentWithExpected,
    ruleFailures: result.ruleFailures,
  }));
  return `${JSON.stringify({ sets }, null, 2)}\n`;
}

function scoreJson(score: RuleScore, details: boolean) {
  return {
    rule: score.rule,
    ...counts(score),
    precision: precision(score),
    recall: recall(score),
    f1: f1(score),
    ...(details ? { falsePositives: score.falsePositives, falseNegatives: score.falseNegatives } : {}),
  };
}
