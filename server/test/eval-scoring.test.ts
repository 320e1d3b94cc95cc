import { describe, expect, it } from 'vitest';
import { labelProblems, loadLabelledDocuments } from './detection-labels.js';
import { formatScoreTable, matchRule, precision, recall, scoreRule, type FoundFinding } from './label-matching.js';

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

describe('matching findings to labels', () => {
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
    const vague = scoreRule('vague-aim', documents);
    expect(vague.truePositives).toBe(1);
    expect(vague.falsePositives).toEqual([{ file: 'a.md', line: 5, text: 'finding on 5-5' }]);
    expect(vague.falseNegatives).toEqual([{ file: 'a.md', line: 9, text: '' }]);
    expect(precision(vague)).toBe(0.5);
    expect(recall(vague)).toBe(0.5);

    const buzzword = scoreRule('buzzword', documents);
    expect([buzzword.truePositives, buzzword.falsePositives.length, buzzword.falseNegatives.length]).toEqual([1, 1, 0]);
  });

  it('prints one row per rule', () => {
    const table = formatScoreTable([scoreRule('vague-aim', documents), scoreRule('buzzword', documents)]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toMatch(/^vague-aim\s+1\s+1\s+1\s+0\.50\s+0\.50\s+0\.50$/m);
  });
});

describe('the labelled fixtures', () => {
  const documents = loadLabelledDocuments();

  it('exist', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it('are consistent with rules.md and with their documents', () => {
    const problems = documents.flatMap((document) => labelProblems(document).map((problem) => `${document.name}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
