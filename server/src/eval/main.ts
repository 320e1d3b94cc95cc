/**
 * `npm run eval`: lints labelled folders with the engine and prints per-rule precision, recall and F1,
 * so changes to the rules are judged on real documents. A face, like the command line; bundled into
 * server/out/eval.js by build.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEvalArgs, USAGE, UsageError, type EvalOptions } from './args.js';
import { evaluateSet } from './evaluate.js';
import { LABELLED_SETS, hasLabelFiles, readFixtureSet } from './fixture-labels.js';
import type { EvalSet } from './labelled-set.js';
import { hasRealCorpusLabels, readRealCorpus } from './real-corpus.js';
import { formatJson, formatText } from './report.js';
import { f1, formatRatio } from './scoring.js';

/** The bundle lives in server/out/. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const REAL_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/real');

function main(argv: string[], cwd: string): number {
  let options: EvalOptions;
  try {
    options = parseEvalArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`eval: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const note = (text: string): void => void process.stderr.write(`eval: ${text}\n`);
  const folders = options.folders.length ? options.folders.map((folder) => path.resolve(cwd, folder)) : defaultFolders(note);
  if (!folders.length) {
    note('found no labelled folders to score; name some on the command line');
    return 2;
  }
  let sets: EvalSet[];
  try {
    sets = folders.map((folder) => readSet(folder, options));
  } catch (error) {
    note((error as Error).message);
    return 2;
  }
  if (options.split !== 'all' && !folders.some(hasRealCorpusLabels)) {
    note(`--split ${options.split} applies to the real corpus, and none of these folders is in its format`);
  }
  const results = sets.map(evaluateSet);
  process.stdout.write((options.json ? formatJson : formatText)(results, { details: options.details, cwd }));

  const below = results.filter((result) => options.minF1 !== undefined && (f1(result.micro) ?? 1) < options.minF1);
  for (const result of below) note(`${result.set.title}: micro-average F1 ${formatRatio(f1(result.micro))} is below --min-f1 ${options.minF1}`);
  return below.length ? 1 : 0;
}

function defaultFolders(note: (text: string) => void): string[] {
  const fixtures = LABELLED_SETS.map((set) => path.join(REPO_ROOT, 'test-fixtures', set)).filter((folder) => fs.existsSync(folder));
  if (fs.existsSync(REAL_CORPUS)) return [REAL_CORPUS, ...fixtures];
  note(`skipped the real corpus: ${REAL_CORPUS} does not exist (it is kept beside the repository, in ../shared/corpus/real)`);
  return fixtures;
}

/** Each folder is one set, read by the format its label files are in. */
function readSet(folder: string, options: EvalOptions): EvalSet {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
  if (hasRealCorpusLabels(folder)) return readRealCorpus(folder, options.split);
  if (hasLabelFiles(folder)) return readFixtureSet(folder);
  throw new Error(`${folder} holds no labelled documents (NAME.md beside NAME.json or NAME.labels.json)`);
}

process.exitCode = main(process.argv.slice(2), process.cwd());
