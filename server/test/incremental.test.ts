/**
 * Re-linting after an edit reuses the work on the parts the edit did not touch (as the language
 * server does): the result must be exactly what linting the new text from scratch gives.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/lint.js';
import { PartFindingsMemo, partViews } from '../src/engine/part-memo.js';
import { buildModel, ModelCache } from '../src/model/build.js';
import { ChunkCache } from '../src/model/chunk-cache.js';
import type { Report } from '../src/rules/types.js';
import { markdownFiles } from './support/markdown-files.js';
import { modelData } from './support/model-data.js';

const root = join(__dirname, '../../test-fixtures');
const files = markdownFiles(root);

describe('re-linting after an edit', () => {
  it('re-walks only the chunks an edit touched', () => {
    const cache = new ChunkCache();
    const before = cache.walk(['# A\n\none\n', '# B\n\ntwo\n']);
    const after = cache.walk(['# A\n\none\n', '# B\n\ntwo, edited\n']);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('is tried on every fixture, most of which have findings to compare', () => {
    expect(files.length).toBeGreaterThan(100);
    const withFindings = files.filter((file) => lintModel(buildModel(readFileSync(file, 'utf8'))).findings.length > 0);
    expect(withFindings.length).toBeGreaterThan(100);
  });

  // One test a fixture, so that a growing set of fixtures never runs into the time limit of one test.
  it.each(files.map((file) => [relative(root, file), file]))('gives the same model and findings as a fresh lint, edit after edit: %s', (_, file) => {
    const cache = new ModelCache();
    const memo = new PartFindingsMemo();
    let text = readFileSync(file, 'utf8');
    lintModel(buildModel(text, { cache }), {}, memo);
    for (const edit of edits(text)) {
      text = edit(text);
      const reused = buildModel(text, { cache });
      const fresh = buildModel(text);
      expect(modelData(reused)).toEqual(modelData(fresh));
      expect(lintModel(reused, {}, memo).findings).toEqual(lintModel(fresh).findings);
    }
  });

  it('re-checks only the parts whose text or context changed, and moves the others\' findings', () => {
    const text = readFileSync(join(__dirname, '../../test-fixtures/examples/weak-strategy.md'), 'utf8');
    const cache = new ModelCache();
    const memo = new PartFindingsMemo();
    // A part check that reports every sentence of its part.
    const run = (t: string) => {
      const doc = buildModel(t, { cache });
      memo.startLint();
      let checked = 0;
      const reports = partViews(doc).flatMap((view) =>
        memo.findings(view, 'every-sentence', new Set(), (): Report[] => {
          checked++;
          return view.doc.sentences.map((sentence) => ({ message: sentence.text, span: sentence.span }));
        }),
      );
      return { parts: doc.parts.length, checked, reports };
    };
    run(text);
    // Typing in the first section moves every part after it.
    const at = text.indexOf('\n', text.indexOf('\n## ')) + 1;
    const edited = `${text.slice(0, at)}Typed here. ${text.slice(at)}`;
    const second = run(edited);
    expect(second.parts).toBeGreaterThan(4);
    expect(second.checked).toBeLessThanOrEqual(2);
    const fresh = new PartFindingsMemo();
    fresh.startLint();
    const expected = partViews(buildModel(edited)).flatMap((view) =>
      fresh.findings(view, 'every-sentence', new Set(), () => view.doc.sentences.map((sentence) => ({ message: sentence.text, span: sentence.span }))),
    );
    expect(second.reports).toEqual(expected);
  });
});

/** Typing, deleting a line and adding a heading, at places spread over the text. */
function edits(text: string): ((text: string) => string)[] {
  const lines = text.split('\n').length;
  const at = (fraction: number) => (t: string) => Math.floor(t.split('\n').length * fraction);
  const typing = (fraction: number) => (t: string) => {
    const parts = t.split('\n');
    parts[at(fraction)(t)] += ' today';
    return parts.join('\n');
  };
  const deleting = (fraction: number) => (t: string) => t.split('\n').filter((_, i) => i !== at(fraction)(t)).join('\n');
  const heading = (fraction: number) => (t: string) => {
    const parts = t.split('\n');
    parts.splice(at(fraction)(t), 0, '', '## Added section', '');
    return parts.join('\n');
  };
  return lines < 3 ? [typing(0)] : [typing(0.8), deleting(0.5), heading(0.3), typing(0.1)];
}

