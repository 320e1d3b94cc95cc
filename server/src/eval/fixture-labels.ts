/**
 * The project's hand-labelled fixture documents (test-fixtures/{rules,corpus,holdout}): NAME.md beside
 * NAME.labels.json. What a label file says, how it is read into a set to score, and the checks that
 * keep the labels themselves consistent with rules.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allRules } from '../rules/index.js';
import type { EvalSet } from './labelled-set.js';
import type { Answers, ExpectedFinding } from './scoring.js';

/** The rules labels may name: every rule the engine runs, in its order. */
export const RULE_IDS: readonly string[] = allRules.map((rule) => rule.meta.id);

/** Rules that can only say "this is missing from the whole document": their labels have no line. */
export const DOCUMENT_ONLY_RULES: readonly string[] = [
  'no-review-or-exit',
  'no-outcome-measures',
  'frontline-staff-not-engaged',
  'decision-making-unclear',
];
/** Rules that point at words: their labels always have a line. */
export const LINE_ONLY_RULES: readonly string[] = [
  'vague-aim',
  'fifty-fifty-everything',
  'meetings-as-success',
  'key-person-dependency',
  'buzzword',
];
export const AGREEMENT_ONLY_RULES: readonly string[] = ['resources-only-money', 'no-review-or-exit', 'decision-making-unclear'];

export interface LabelFile {
  /** Which rules the document was labelled for: "all" means every rule was considered on every line. */
  scope: 'all' | string[];
  /** Optional: the kind the document must be detected as (null: not a partnership document). */
  kind?: 'strategy' | 'agreement' | null;
  expected: ExpectedFinding[];
}

export interface LabelledDocument {
  /** Path relative to test-fixtures/, for reports. */
  name: string;
  text: string;
  labels: LabelFile;
}

/** The labelled sets under test-fixtures/; `holdout` is optional and written by someone who never sees the rules' code. */
export const LABELLED_SETS = ['rules', 'corpus', 'holdout'];

export function loadLabelledDocuments(root: string, sets = LABELLED_SETS): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  for (const set of sets) {
    const folder = path.join(root, set);
    if (!fs.existsSync(folder)) continue;
    for (const labelPath of findLabelFiles(folder)) {
      const markdownPath = labelPath.replace(/\.labels\.json$/, '.md');
      documents.push({
        name: path.relative(root, markdownPath),
        text: fs.readFileSync(markdownPath, 'utf8'),
        labels: JSON.parse(fs.readFileSync(labelPath, 'utf8')) as LabelFile,
      });
    }
  }
  return documents;
}

/** Whether a folder holds documents in this format (anywhere below it). */
export function hasLabelFiles(folder: string): boolean {
  return findLabelFiles(folder).length > 0;
}

/**
 * A fixture label with a line is answered by a finding on the words whose lines cover it; a label
 * without one only by a finding about the whole document.
 */
export const fixtureAnswers: Answers = (label, finding) =>
  label.line === null
    ? finding.documentLevel
    : !finding.documentLevel && finding.startLine <= label.line && label.line <= finding.endLine;

/** One folder of fixtures as a set to score; only the rules a document's scope names are scored on it. */
export function readFixtureSet(folder: string): EvalSet {
  const root = path.dirname(folder);
  const documents = loadLabelledDocuments(root, [path.basename(folder)]).map((document) => ({
    name: path.relative(folder, path.join(root, document.name)),
    file: path.join(root, document.name),
    text: document.text,
    kind: document.labels.kind,
    expected: document.labels.expected,
    inScope: (ruleId: string) => inScope(document.labels, ruleId),
  }));
  return { title: path.basename(folder), folder, documents, answers: fixtureAnswers };
}

function findLabelFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.labels.json'))
    .sort()
    .map((entry) => path.join(folder, entry));
}

export function inScope(labels: LabelFile, ruleId: string): boolean {
  return labels.scope === 'all' || labels.scope.includes(ruleId);
}

/** Everything wrong with one document's labels, as sentences (empty when the labels are sound). */
export function labelProblems(document: LabelledDocument): string[] {
  const { labels, text } = document;
  const problems: string[] = [];
  const lines = text.split('\n');
  const known = (id: string): boolean => RULE_IDS.includes(id);
  if (labels.scope !== 'all') {
    if (!Array.isArray(labels.scope) || labels.scope.length === 0) problems.push('scope must be "all" or a list of rule ids');
    else for (const id of labels.scope.filter((id) => !known(id))) problems.push(`scope names unknown rule ${id}`);
  }
  for (const label of labels.expected) {
    const where = `${label.rule} at line ${label.line}`;
    if (!known(label.rule)) problems.push(`${where}: unknown rule`);
    else if (!inScope(labels, label.rule)) problems.push(`${where}: rule is outside the document's scope`);
    if (label.line === null) {
      if (LINE_ONLY_RULES.includes(label.rule)) problems.push(`${where}: this rule's labels need a line`);
    } else if (!Number.isInteger(label.line) || label.line < 1 || label.line > lines.length) {
      problems.push(`${where}: line is outside the document`);
    } else if (lines[label.line - 1].trim() === '') {
      problems.push(`${where}: line is blank`);
    } else if (DOCUMENT_ONLY_RULES.includes(label.rule)) {
      problems.push(`${where}: this rule's labels have line null`);
    }
    if (labels.kind === 'strategy' && AGREEMENT_ONLY_RULES.includes(label.rule)) {
      problems.push(`${where}: this rule never applies to strategies`);
    }
  }
  if (labels.kind === null && labels.expected.length > 0) problems.push('a non-partnership document cannot expect findings');
  return problems;
}
