/**
 * Re-linting after an edit reuses the work on the parts the edit did not touch (as the language
 * server does): the result must be exactly what linting the new text from scratch gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/lint.js';
import { PartFindingsMemo, partViews } from '../src/engine/part-memo.js';
import { buildModel, ModelCache } from '../src/model/build.js';
import { ChunkCache } from '../src/model/chunk-cache.js';
import type { Report } from '../src/rules/types.js';
import { markdownFiles } from './support/markdown-files.js';
import { modelData } from './support/model-data.js';

const texts = markdownFiles(join(__dirname, '../../test-fixtures')).map((file) => readFileSync(file, 'utf8'));

describe('re-linting after an edit', () => {
  it('re-walks only the chunks an edit touched', () => {
    const cache = new ChunkCache();
    const before = cache.walk(['# A\n\none\n', '# B\n\ntwo\n']);
    const after = cache.walk(['# A\n\none\n', '# B\n\ntwo, edited\n']);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('gives the same model and findings as a fresh lint, edit after edit', () => {
    let edited = 0;
    let findings = 0;
    for (const original of texts) {
      const cache = new ModelCache();
      const memo = new PartFindingsMemo();
      let text = original;
      lintModel(buildModel(text, { cache }), {}, memo);
      for (const edit of edits(text)) {
        text = edit(text);
        const reused = buildModel(text, { cache });
        const fresh = buildModel(text);
        expect(modelData(reused)).toEqual(modelData(fresh));
        const result = lintModel(reused, {}, memo).findings;
        expect(result).toEqual(lintModel(fresh).findings);
        edited++;
        findings += result.length;
      }
    }
    expect(edited).toBeGreaterThan(100);
    expect(findings).toBeGreaterThan(500);
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

