/**
 * `npm run eval` end to end: the built eval (server/out/eval.js) run as a subprocess on labelled folders
 * written here in both label formats, and on the real corpus against its reference scorer, score.mjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import split from '../../eval/real-corpus-split.json';
import { RULE_IDS } from '../src/eval/fixture-labels.js';
import { makeProject, runCli, type CliRun } from './cli-helpers.js';
import { FIXTURES_ROOT } from './support/detection-labels.js';

const EVAL = fileURLToPath(new URL('../out/eval.js', import.meta.url));
const REPO_ROOT = path.dirname(FIXTURES_ROOT);
const REAL_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/real');
const SCORE_MJS = path.resolve(REAL_CORPUS, '../score.mjs');

function runEval(args: string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [EVAL, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Only buzzword is on (through the configuration file, which the eval reads as the command line does),
// so what is found is predictable: "leverage synergies" on line 8 and "holistically ... best-in-class ...
// going forward" on line 10 are flagged; nothing else is.
const ONLY_BUZZWORD = { root: true, rules: Object.fromEntries(RULE_IDS.filter((rule) => rule !== 'buzzword').map((rule) => [rule, 'off'])) };
const PLAN = `---
type: strategy
---
# Carers Strategy

## Aims

- We will leverage synergies across the system.
- Reduce the number of carers reaching crisis from 120 to 80 a year by March 2027.
- Partners will work holistically to deliver best-in-class support going forward.
- Open two carers' hubs by June 2026.

## Resources

The Council will fund both hubs from its carers' budget.
`;
const MOU = `---
type: agreement
---
# Memorandum of Understanding

The Council and the Trust will share referral data each month.
`;
const NOTES = `# Notes from the allotment society

We met on Tuesday. The leeks did well and the beans did not. We meet again in May.
`;
// Line 8 is found (TP), line 10 is found but not labelled (FP), lines 15 and the MOU's line 6 are
// labelled but not found (FN): buzzword scores TP 1, FP 1, FN 2.
const PLAN_LABELS = [
  { rule: 'buzzword', line: 8, note: 'leverage synergies' },
  { rule: 'buzzword', line: 15, note: 'a made-up miss' },
];
const MOU_LABELS = [{ rule: 'buzzword', line: 6, note: 'a made-up miss in a document that draws nothing' }];
const BUZZWORD_ROW = /^buzzword\s+1\s+1\s+2\s+0\.50\s+0\.33\s+0\.40$/m;
const MICRO_ROW = /^micro-average\s+1\s+1\s+2\s+0\.50\s+0\.33\s+0\.40$/m;

/** A project with one folder per label format, holding the same three documents and the same labels. */
function writeLabelledFolders(): string {
  return makeProject({
    '.partnerlintrc.json': ONLY_BUZZWORD,
    'real/plan.md': PLAN,
    'real/plan.json': PLAN_LABELS,
    'real/mou.md': MOU,
    'real/mou.json': MOU_LABELS,
    'real/notes.md': NOTES,
    'real/notes.json': [],
    // The MOU is labelled as a strategy here, so one partnership document is read as the wrong kind.
    'real/kinds.json': { 'plan.md': 'strategy', 'mou.md': 'strategy', 'notes.md': 'none' },
    'fixtures/plan.md': PLAN,
    'fixtures/plan.labels.json': { scope: ['buzzword'], kind: 'strategy', expected: PLAN_LABELS },
    'fixtures/mou.md': MOU,
    'fixtures/mou.labels.json': { scope: ['buzzword'], kind: 'agreement', expected: MOU_LABELS },
    'fixtures/notes.md': NOTES,
    'fixtures/notes.labels.json': { scope: 'all', kind: null, expected: [] },
  });
}

/** The printed report of one set, from its heading to the next. */
function section(stdout: string, title: string): string {
  const start = stdout.indexOf(`== ${title}`);
  expect(start, `no set titled ${title} in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const next = stdout.indexOf('\n== ', start + 1);
  return stdout.slice(start, next < 0 ? undefined : next);
}

describe('npm run eval on labelled folders', () => {
  const project = writeLabelledFolders();

  it('prints each set with its counts per rule, the micro-average and the documents', () => {
    const run = runEval(['real', 'fixtures'], project);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const real = section(run.stdout, 'real');
    expect(real).toContain('== real: 3 documents in real ==');
    expect(real).toMatch(BUZZWORD_ROW);
    expect(real).toMatch(/^vague-aim\s+0\s+0\s+0\s+n\/a\s+n\/a\s+n\/a$/m);
    expect(real).toMatch(MICRO_ROW);
    expect(real).toContain('partnership documents recognised: 2 of 2 (right kind: 1)');
    expect(real).toContain('ordinary documents silent: 1 of 1');
    expect(real).toContain('documents with expected findings that drew none: 1\n  mou.md');

    const fixtures = section(run.stdout, 'fixtures');
    expect(fixtures).toMatch(BUZZWORD_ROW);
    expect(fixtures).toMatch(MICRO_ROW);
    expect(fixtures).toContain('partnership documents recognised: 2 of 2 (right kind: 2)');
    expect(fixtures).toContain('ordinary documents silent: 1 of 1');
    expect(fixtures).toContain('documents with expected findings that drew none: 1\n  mou.md');
  });

  it('lists every false positive and false negative with --details', () => {
    const run = runEval(['--details', 'real'], project);
    expect(run.stdout).toMatch(/^FP plan\.md:10 buzzword {2}"holistically"/m);
    expect(run.stdout).toContain('FN plan.md:15 buzzword  a made-up miss\n');
    expect(run.stdout).toContain('FN mou.md:6 buzzword  a made-up miss in a document that draws nothing');
    expect(run.stdout).not.toContain('plan.md:8');
  });

  it('matches a label within a line in the real-corpus format, but only on the covered line in the fixtures', () => {
    const moved = [{ rule: 'buzzword', line: 9, note: 'one line below the finding' }];
    const dir = makeProject({
      '.partnerlintrc.json': ONLY_BUZZWORD,
      'real/plan.md': PLAN,
      'real/plan.json': moved,
      'fixtures/plan.md': PLAN,
      'fixtures/plan.labels.json': { scope: 'all', kind: 'strategy', expected: moved },
    });
    const sets = JSON.parse(runEval(['--json', 'real', 'fixtures'], dir).stdout).sets;
    const buzzword = (set: { rules: { rule: string; tp: number; fp: number; fn: number }[] }) =>
      set.rules.find((score) => score.rule === 'buzzword');
    expect(buzzword(sets[0])).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(buzzword(sets[1])).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });

  it('prints the same scores as JSON with --json', () => {
    const run = runEval(['--json', 'real', 'fixtures'], project);
    expect(run.status).toBe(0);
    const { sets } = JSON.parse(run.stdout);
    expect(sets.map((set: { title: string; documents: number }) => [set.title, set.documents])).toEqual([
      ['real', 3],
      ['fixtures', 3],
    ]);
    for (const set of sets) {
      expect(set.microAverage).toEqual({ rule: 'micro-average', tp: 1, fp: 1, fn: 2, precision: 0.5, recall: 1 / 3, f1: expect.closeTo(0.4) });
      expect(set.rules).toHaveLength(RULE_IDS.length);
    }
    expect(sets[0].partnership).toEqual({ labelled: 2, recognised: 2, rightKind: 1 });
    expect(sets[0].ordinary).toEqual({ labelled: 1, silent: 1 });
    expect(sets[0].silentWithExpected).toEqual(['mou.md']);
  });

  it('exits 1 when a set falls below --min-f1, and 0 when none does', () => {
    const below = runEval(['--min-f1', '0.5', 'real', 'fixtures'], project);
    expect(below.status).toBe(1);
    expect(below.stderr).toContain('real: micro-average F1 0.40 is below --min-f1 0.5');
    expect(runEval(['--min-f1', '0.3', 'real', 'fixtures'], project).status).toBe(0);
  });

  it('scores only the held-back or the tuning part of a real-corpus folder with --split', () => {
    const heldBack = split.holdout[0];
    const dir = makeProject({
      '.partnerlintrc.json': ONLY_BUZZWORD,
      [`real/${heldBack}`]: PLAN,
      [`real/${heldBack.replace(/\.md$/, '.json')}`]: PLAN_LABELS,
      'real/tuned.md': MOU,
      'real/tuned.json': MOU_LABELS,
    });
    const holdout = runEval(['--split', 'holdout', '--details', 'real'], dir);
    expect(holdout.stdout).toContain('== real (held-back part: --split holdout): 1 documents in real ==');
    expect(holdout.stdout).toContain(`FN ${heldBack}:15 buzzword`);
    expect(holdout.stdout).not.toContain('tuned.md');
    const tune = runEval(['--split', 'tune', '--details', 'real'], dir);
    expect(tune.stdout).toContain('== real (tuning part: --split tune): 1 documents in real ==');
    expect(tune.stdout).toContain('FN tuned.md:6 buzzword');
  });

  it('says what is wrong with the command line or a folder, and exits 2', () => {
    const badSplit = runEval(['--split', 'some', 'real'], project);
    expect(badSplit.status).toBe(2);
    expect(badSplit.stderr).toContain('--split takes all, tune, holdout, not "some"');
    const empty = runEval(['.git'], project);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('holds no labelled documents');
  });
});

describe('the real-corpus split', () => {
  it('holds back exactly the documents whose number is divisible by 3, by name only', () => {
    expect(split.holdout).toHaveLength(12);
    for (const name of split.holdout) expect(Number(name.slice(0, 2)) % 3, name).toBe(0);
  });
});

describe.runIf(fs.existsSync(REAL_CORPUS))('npm run eval on the real corpus', () => {
  /** The rows of the first score table in a report: rule, TP, FP, FN, P, R, F1 as printed. */
  const tableRows = (report: string): string[][] =>
    report
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((cells) => cells.length === 7 && [...RULE_IDS, 'micro-average'].includes(cells[0]))
      .slice(0, RULE_IDS.length + 1);

  it('prints the numbers score.mjs prints for the command line JSON of the same folder', () => {
    const cli = runCli(['--format', 'json', REAL_CORPUS], { cwd: REPO_ROOT });
    const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'partnerlint-eval-')), 'results.json');
    fs.writeFileSync(results, cli.stdout);
    const reference = spawnSync(process.execPath, [SCORE_MJS, results, '--dir', REAL_CORPUS], { encoding: 'utf8' });
    expect(reference.status, reference.stderr).toBe(0);

    const run = runEval([REAL_CORPUS], REPO_ROOT);
    expect(run.status).toBe(0);
    const expected = tableRows(reference.stdout);
    expect(expected).toHaveLength(RULE_IDS.length + 1);
    expect(tableRows(run.stdout)).toEqual(expected);
  });

  it('scores the 12 held-back documents with --split holdout', () => {
    const run = runEval(['--split', 'holdout', '--json', REAL_CORPUS], REPO_ROOT);
    const [set] = JSON.parse(run.stdout).sets;
    expect(set.title).toBe('real (held-back part: --split holdout)');
    expect(set.documents).toBe(12);
    const corpus = fs.readdirSync(REAL_CORPUS).filter((file) => /^\d\d-.*\.md$/.test(file));
    expect(corpus.filter((file) => Number(file.slice(0, 2)) % 3 === 0)).toEqual(split.holdout);
  });
});
