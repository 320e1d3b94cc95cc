/**
 * The real-document corpus format (../shared/corpus/real): NAME.md beside NAME.json, an array of
 * {rule, line|null, note}, and kinds.json giving each document's kind (strategy, agreement or none).
 * Matching follows the corpus's reference scorer, score.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import split from '../../../eval/real-corpus-split.json';
import { RULE_IDS } from './fixture-labels.js';
import type { EvalDocument, EvalSet } from './labelled-set.js';
import type { Answers, ExpectedFinding } from './scoring.js';

/** Which part of the corpus to score: `holdout` is kept back from tuning, `tune` is the rest. */
export const SPLITS = ['all', 'tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

/** A label with a line is answered by a finding starting within a line of it; one without, by any finding. */
export const realCorpusAnswers: Answers = (label, finding) => label.line === null || Math.abs(finding.startLine - label.line) <= 1;

/** Whether a folder holds documents in this format. */
export function hasRealCorpusLabels(folder: string): boolean {
  return markdownWithLabels(folder).length > 0;
}

export function readRealCorpus(folder: string, part: Split): EvalSet {
  const heldBack = new Set(split.holdout);
  const chosen = markdownWithLabels(folder).filter((file) => part === 'all' || heldBack.has(file) === (part === 'holdout'));
  const kinds = readKinds(folder);
  const documents = chosen.map((file): EvalDocument => {
    const kind = kinds[file];
    return {
      name: file,
      file: path.join(folder, file),
      text: fs.readFileSync(path.join(folder, file), 'utf8'),
      kind: kind === 'none' ? null : kind,
      expected: readLabels(path.join(folder, labelFileOf(file))),
      inScope: () => true,
    };
  });
  const partName = { all: '', tune: ' (tuning part: --split tune)', holdout: ' (held-back part: --split holdout)' }[part];
  const title = `${path.basename(folder)}${partName}`;
  return { title, folder, documents, answers: realCorpusAnswers };
}

const labelFileOf = (markdown: string): string => `${markdown.slice(0, -'.md'.length)}.json`;

function markdownWithLabels(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.md') && fs.existsSync(path.join(folder, labelFileOf(file))))
    .sort();
}

function readKinds(folder: string): Record<string, 'strategy' | 'agreement' | 'none' | undefined> {
  const file = path.join(folder, 'kinds.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

function readLabels(file: string): ExpectedFinding[] {
  const labels: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(labels)) throw new Error(`${file} must hold an array of {rule, line, note}`);
  for (const label of labels as ExpectedFinding[]) {
    if (!RULE_IDS.includes(label.rule)) throw new Error(`${file}: unknown rule ${label.rule}`);
    if (!(label.line === null || Number.isInteger(label.line))) throw new Error(`${file}: line ${label.line} is not a line number or null`);
  }
  return labels as ExpectedFinding[];
}
