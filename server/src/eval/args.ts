/** Reads the eval's command line; anything wrong is a UsageError (exit code 2). */
import { parseArgs } from 'node:util';
import { SPLITS, type Split } from './real-corpus.js';

export class UsageError extends Error {}

export interface EvalOptions {
  /** Labelled folders to score; empty: the defaults. */
  folders: string[];
  details: boolean;
  json: boolean;
  split: Split;
  /** Exit 1 when any set's micro-average F1 is below this. */
  minF1: number | undefined;
  help: boolean;
}

export const USAGE = `Usage: npm run eval [-- options] [folders...]

Lints labelled folders with partnerlint's engine and prints precision, recall and F1 per rule.
Folders: the real corpus (../shared/corpus/real, NAME.md beside NAME.json and kinds.json) and the
project's fixtures (test-fixtures/rules, corpus and holdout, NAME.md beside NAME.labels.json).

Options:
  --details             list every false positive and false negative
  --split tune|holdout|all
                        score only the tuning part or the held-back part of the real corpus (default all)
  --json                print the scores as JSON
  --min-f1 X            exit 1 when any set's micro-average F1 is below X
  -h, --help            show this help
`;

export function parseEvalArgs(argv: string[]): EvalOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        details: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        split: { type: 'string', default: 'all' },
        'min-f1': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!(SPLITS as readonly string[]).includes(values.split)) {
    throw new UsageError(`--split takes ${SPLITS.join(', ')}, not "${values.split}"`);
  }
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) {
    throw new UsageError(`--min-f1 takes a number from 0 to 1, not "${values['min-f1']}"`);
  }
  return {
    folders: positionals,
    details: values.details,
    json: values.json,
    split: values.split as Split,
    minF1,
    help: values.help,
  };
}
