/** Scoring shared by `npm run eval` and the detection-quality test, and the two label formats' matching. */
import { describe, expect, it } from 'vitest';
import { fixtureAnswers, labelProblems, loadLabelledDocuments } from '../src/eval/fixture-labels.js';
import { realCorpusAnswers } from '../src/eval/real-corpus.js';
import {
  f1,
  formatScoreTable,
  matchRule as matchWith,
  microAverage,
  precision,
  recall,
  scoreRule,
  type ExpectedFinding,
  type FoundFinding,
  type RuleScore,
} from '../src/eval/scoring.js';
import { FIXTURES_ROOT } from './support/detection-labels.js';

const matchRule = (labels: ExpectedFinding[], findings: FoundFinding[]) => matchWith(labels, findings, fixtureAnswers);

const onLines = (startLine: number, endLine = startLine, ruleId = 'vague-aim'): FoundFinding => ({
  ruleId,
  startLine,
  endLine,
  documentLevel: false,
  message: `finding on ${startLine}-${endLine}`,
});
const wholeDocument = (ruleId = 'no-review-or-exit'): FoundFinding => ({
  ruleId,
  startLine: 1,
  endLine: 1,
  documentLevel: true,
  message: 'missing from the document',
});

describe('matching findings to fixture labels', () => {
  it('matches a line label to a finding whose lines cover it, and only once', () => {
    const match = matchRule([{ rule: 'vague-aim', line: 12 }], [onLines(11, 13), onLines(12)]);
    expect(match.truePositives).toBe(1);
    expect(match.missed).toEqual([]);
    expect(match.spurious).toHaveLength(1);
  });

  it('counts a finding on another line as a false positive and the label as missed', () => {
    const match = matchRule([{ rule: 'vague-aim', line: 5, note: 'slogan' }], [onLines(6)]);
    expect(match.truePositives).toBe(0);
    expect(match.missed).toEqual([{ rule: 'vague-aim', line: 5, note: 'slogan' }]);
    expect(match.spurious.map((finding) => finding.startLine)).toEqual([6]);
  });

  it('finds the best assignment whatever the order of findings', () => {
    // The wide finding could take line 3, but then line 4 would go unmatched; the matcher must re-route.
    const match = matchRule(
      [
        { rule: 'buzzword', line: 3 },
        { rule: 'buzzword', line: 4 },
      ],
      [onLines(3, 4, 'buzzword'), onLines(3, 3, 'buzzword')],
    );
    expect(match.truePositives).toBe(2);
    expect(match.spurious).toEqual([]);
  });

  it('two labels on one line need two findings', () => {
    const labels = [
      { rule: 'buzzword', line: 7 },
      { rule: 'buzzword', line: 7 },
    ];
    expect(matchRule(labels, [onLines(7, 7, 'buzzword')]).truePositives).toBe(1);
    expect(matchRule(labels, [onLines(7, 7, 'buzzword'), onLines(7, 7, 'buzzword')]).truePositives).toBe(2);
  });

  it('null labels match document-level findings only', () => {
    const label = { rule: 'no-review-or-exit', line: null };
    expect(matchRule([label], [wholeDocument()]).truePositives).toBe(1);
    const lineFindingOnly = matchRule([label], [onLines(1, 1, 'no-review-or-exit')]);
    expect(lineFindingOnly.truePositives).toBe(0);
    expect(lineFindingOnly.missed).toEqual([label]);
    expect(lineFindingOnly.spurious).toHaveLength(1);
  });

  it('a line label is not satisfied by a document-level finding placed on that line', () => {
    const match = matchRule([{ rule: 'resources-only-money', line: 1 }], [wholeDocument('resources-only-money')]);
    expect(match.truePositives).toBe(0);
    expect(match.spurious).toHaveLength(1);
  });
});

describe('matching findings to real-corpus labels', () => {
  it('matches a line label to a finding starting within one line of it', () => {
    const label = { rule: 'vague-aim', line: 10 };
    expect(matchWith([label], [onLines(11)], realCorpusAnswers).truePositives).toBe(1);
    expect(matchWith([label], [onLines(9)], realCorpusAnswers).truePositives).toBe(1);
    expect(matchWith([label], [onLines(12)], realCorpusAnswers).truePositives).toBe(0);
  });

  it('a null label is answered by any finding of its rule, on a line or about the whole document', () => {
    const label = { rule: 'no-review-or-exit', line: null };
    expect(matchWith([label], [onLines(40, 40, 'no-review-or-exit')], realCorpusAnswers).truePositives).toBe(1);
    expect(matchWith([label], [wholeDocument()], realCorpusAnswers).truePositives).toBe(1);
  });

  it('gives the near finding to the line label, so the null label can take the far one', () => {
    const labels = [
      { rule: 'vague-aim', line: null },
      { rule: 'vague-aim', line: 20 },
    ];
    const match = matchWith(labels, [onLines(20), onLines(3)], realCorpusAnswers);
    expect(match.truePositives).toBe(2);
  });
});

describe('scoring a rule', () => {
  const documents = [
    {
      name: 'a.md',
      inScope: () => true,
      expected: [
        { rule: 'vague-aim', line: 2 },
        { rule: 'vague-aim', line: 9 },
        { rule: 'buzzword', line: 4 },
      ],
      found: [onLines(2), onLines(5), onLines(4, 4, 'buzzword')],
    },
    {
      name: 'b.md',
      inScope: (rule: string) => rule === 'buzzword',
      expected: [],
      found: [onLines(1), onLines(3, 3, 'buzzword')],
    },
  ];

  it('counts true positives, false positives and false negatives over documents in scope only', () => {
    const vague = scoreRule('vague-aim', documents, fixtureAnswers);
    expect(vague.truePositives).toBe(1);
    expect(vague.falsePositives).toEqual([{ file: 'a.md', line: 5, text: 'finding on 5-5' }]);
    expect(vague.falseNegatives).toEqual([{ file: 'a.md', line: 9, text: '' }]);
    expect(precision(vague)).toBe(0.5);
    expect(recall(vague)).toBe(0.5);

    const buzzword = scoreRule('buzzword', documents, fixtureAnswers);
    expect([buzzword.truePositives, buzzword.falsePositives.length, buzzword.falseNegatives.length]).toEqual([1, 1, 0]);
  });

  it('pools every rule into the micro-average', () => {
    const rules = [scoreRule('vague-aim', documents, fixtureAnswers), scoreRule('buzzword', documents, fixtureAnswers)];
    const total = microAverage(rules);
    expect([total.truePositives, total.falsePositives.length, total.falseNegatives.length]).toEqual([2, 2, 1]);
    expect(f1(total)).toBeCloseTo(4 / 7);
  });

  it('prints one row per rule', () => {
    const table = formatScoreTable([scoreRule('vague-aim', documents, fixtureAnswers), scoreRule('buzzword', documents, fixtureAnswers)]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toMatch(/^vague-aim\s+1\s+1\s+1\s+0\.50\s+0\.50\s+0\.50$/m);
  });
});

describe('precision, recall and F1 where there is nothing to divide (as score.mjs counts them)', () => {
  const score = (tp: number, fp: number, fn: number): RuleScore => ({
    rule: 'buzzword',
    truePositives: tp,
    falsePositives: Array.from({ length: fp }, () => ({ file: 'a.md', line: 1, text: '' })),
    falseNegatives: Array.from({ length: fn }, () => ({ file: 'a.md', line: 1, text: '' })),
  });

  it('has no ratios for a rule that said nothing and had nothing to find', () => {
    expect([precision(score(0, 0, 0)), recall(score(0, 0, 0)), f1(score(0, 0, 0))]).toEqual([null, null, null]);
    expect(formatScoreTable([score(0, 0, 0)])).toMatch(/^buzzword\s+0\s+0\s+0\s+n\/a\s+n\/a\s+n\/a$/m);
  });

  it('scores 0 for a rule that only missed, or only spoke where there was nothing to find', () => {
    expect([precision(score(0, 0, 2)), recall(score(0, 0, 2)), f1(score(0, 0, 2))]).toEqual([0, 0, 0]);
    expect([precision(score(0, 3, 0)), recall(score(0, 3, 0)), f1(score(0, 3, 0))]).toEqual([0, 0, 0]);
  });
});

describe('the labelled fixtures', () => {
  const documents = loadLabelledDocuments(FIXTURES_ROOT);

  it('exist', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it('are consistent with rules.md and with their documents', () => {
    const problems = documents.flatMap((document) => labelProblems(document).map((problem) => `${document.name}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
