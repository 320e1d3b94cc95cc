/**
 * Which documents partnerlint reads as partnership agreements or strategies, and the reasons it gives:
 * the vocabulary as a table, hard cases written for these tests (test-fixtures/kinds/), and the real
 * public documents kept outside the repository in ../shared/corpus/real (tuned and held-back parts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { readRealCorpus } from '../src/eval/real-corpus.js';
import {
  AGREEMENT_HEADING,
  AGREEMENT_SIGNS,
  COMMITMENT,
  DECLARED_TYPES,
  KIND_TITLES,
  NUMBERED_CLAUSE,
  OTHER_GENRE_SIGNS,
  OTHER_GENRE_TITLES,
  PARTNERSHIP_WORDS,
  READER_WORDS,
  STATED_GOALS,
} from '../src/language/document-kinds.js';
import { FIXTURES_ROOT } from './support/detection-labels.js';

const ENTRIES = {
  ...Object.fromEntries(DECLARED_TYPES.map((e) => [`declared type: ${e.kind}`, e])),
  ...Object.fromEntries(KIND_TITLES.map((e) => [`title: ${e.names} (${e.example})`, e])),
  ...Object.fromEntries(OTHER_GENRE_TITLES.map((e) => [`other title: ${e.names}`, e])),
  ...Object.fromEntries(Object.entries(AGREEMENT_SIGNS).map(([name, e]) => [`agreement sign: ${name}`, e])),
  ...Object.fromEntries(OTHER_GENRE_SIGNS.map((e) => [`other sign: ${e.names}`, e])),
  'agreement heading': AGREEMENT_HEADING,
  'numbered clause': NUMBERED_CLAUSE,
  commitment: COMMITMENT,
  'partnership words': PARTNERSHIP_WORDS,
  'reader words': READER_WORDS,
  'stated goals': STATED_GOALS,
};

describe('the kind vocabulary, entry by entry', () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    it(`${name}: matches its example, not its counter-example`, () => {
      const pattern = new RegExp(entry.pattern.source, entry.pattern.flags.replace('g', ''));
      expect(pattern.test(entry.example), entry.example).toBe(true);
      expect(pattern.test(entry.counterExample), entry.counterExample).toBe(false);
    });
  }

  it.each([
    ['Memorandum of Understanding (MOU) between the Public Health Data Center of Practice and [Partner]', 'agreement'],
    ['Venture Agreement', 'agreement'],
    ['Software Carpentry Foundation Strategic Plan', 'strategy'],
    ['Terms of Reference of the 360Giving Data Standard Stewardship Committee', 'agreement'],
    ['West Sussex Joint Health and Wellbeing Strategy 2019 - 2024', 'strategy'],
    ['Memorandum of Understanding between Castlegate Homes and Northmarsh Police', 'agreement'],
  ])('reads the title "%s" as naming a partnership %s', (title, kind) => {
    expect(KIND_TITLES.find((e) => e.pattern.test(title))?.kind).toBe(kind);
    expect(OTHER_GENRE_TITLES.filter((e) => e.pattern.test(title))).toEqual([]);
  });
});

/** Each hard case: the kind it must be read as, and words its reason must contain. */
const KIND_CASES: [file: string, kind: 'agreement' | 'strategy' | null, reasonWords: string[]][] = [
  ['mou-castlegate-northmarsh.md', 'agreement', ['title names a memorandum of understanding', 'numbered clauses', 'parties named', 'review and exit sections']],
  ['public-health-data-mou.md', 'agreement', ['memorandum of understanding', 'refers to itself as an agreement', 'parties named']],
  ['venture-agreement.md', 'agreement', ['title names a partnership, collaboration, consortium or membership agreement', 'numbered clauses']],
  ['stewardship-committee-tor.md', 'agreement', ['subtitle names terms of reference', 'how a board or committee works']],
  ['joint-health-wellbeing-strategy.md', 'strategy', ['title names a strategy', 'aims']],
  ['carpentry-strategic-plan.md', 'strategy', ['title names a strategy', 'aims, measures and actions sections']],
  ['untitled-commitments.md', 'strategy', ['commitments ("we will …") on 10 lines']],
  ['partnership-board-minutes.md', null, ['reads like the minutes of a meeting']],
  ['data-partnership-readme.md', null, ['reads like a README']],
  ['job-description.md', null, ['reads like a job description']],
  ['privacy-notice.md', null, ['title names a privacy notice']],
  ['press-release-mou.md', null, ['title names a press release']],
  ['web-page-about-mou.md', null, ['title names a memorandum of understanding, but', 'talks to its reader ("you")']],
];

describe('hard cases: the kind and the reason', () => {
  it.each(KIND_CASES)('%s is read as %s', (file, kind, reasonWords) => {
    const result = lint(fs.readFileSync(path.join(FIXTURES_ROOT, 'kinds', file), 'utf8'));
    expect(result.document.kind, result.document.reason).toBe(kind);
    for (const words of reasonWords) expect(result.document.reason).toContain(words);
    if (kind === null) expect(result.findings).toEqual([]);
  });

  it('covers every document in test-fixtures/kinds', () => {
    const files = fs.readdirSync(path.join(FIXTURES_ROOT, 'kinds')).filter((f) => f.endsWith('.md'));
    expect(files.sort()).toEqual(KIND_CASES.map(([file]) => file).sort());
  });
});

describe('our own documentation', () => {
  // It quotes agreements and strategies in examples and explains them at length, and is none of them.
  const root = path.resolve(FIXTURES_ROOT, '..');
  const files = ['README.md', 'CHANGELOG.md', ...fs.readdirSync(path.join(root, 'docs'), { recursive: true }).map((f) => path.join('docs', String(f)))].filter((f) =>
    f.endsWith('.md'),
  );

  it.each(files)('%s is not read as a partnership document', (file) => {
    const { kind, reason } = lint(fs.readFileSync(path.join(root, file), 'utf8')).document;
    expect(kind, reason).toBeNull();
  });
});

/** Real public documents: not ours, so read from beside the repository and never copied into it. */
const REAL_CORPUS = path.resolve(FIXTURES_ROOT, '../../shared/corpus/real');

describe('the real corpus', () => {
  // The held-back part was not looked at while the vocabulary and weights were chosen.
  it.each(['tune', 'holdout'] as const)('reads every labelled document of the %s part as its kind', (part) => {
    const { documents } = readRealCorpus(REAL_CORPUS, part);
    expect(documents.length).toBeGreaterThan(10);
    const wrong = documents.flatMap(({ name, text, kind: labelled }) => {
      const { kind, reason } = lint(text).document;
      return kind === labelled ? [] : [`${name}: expected ${labelled ?? 'none'}, got ${kind ?? 'none'} (${reason})`];
    });
    expect(wrong).toEqual([]);
  });
});
