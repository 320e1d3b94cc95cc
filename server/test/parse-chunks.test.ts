import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { assembleChunks } from '../src/model/assemble.js';
import { buildModel } from '../src/model/build.js';
import { walkText } from '../src/model/chunk-cache.js';
import { createLineIndex } from '../src/model/line-index.js';
import { parseMarkdown, splitChunks } from '../src/model/parse.js';
import { markdownFiles } from './support/markdown-files.js';
import { modelData } from './support/model-data.js';


/** A node's type, absolute span and children, so two trees can be compared whatever their chunking. */
function shape(node: Nodes, base: number): unknown {
  const children = 'children' in node ? (node.children as Nodes[]).map((child) => shape(child, base)) : undefined;
  return {
    type: node.type,
    start: base + (node.position?.start.offset ?? 0),
    end: base + (node.position?.end.offset ?? 0),
    ...('value' in node ? { value: node.value } : {}),
    ...(children ? { children } : {}),
  };
}

const tricky = [
  '---\ntitle: x\n# a YAML comment\n---\n\n# Title\n\nText.\n',
  '# A\n\n```\n# not a heading\n```\n\n## B\n\n<!--\n# inside a comment\n-->\n\n## C\n',
  '# A\n\n<div>\n# swallowed by the HTML block\n</div>\n\n# B\n',
  '# A\n\nSee [the plan][plan].\n\n# B\n\n[plan]: https://example.org\n',
  '- item\n# heading ends the list\n> quote\n# heading ends the quote\n| a | b |\n| - | - |\n| 1 | 2 |\n# after table\n',
];

describe('chunked parsing', () => {
  const files = markdownFiles(join(__dirname, '../../test-fixtures'));
  const texts = [...files.map((f) => readFileSync(f, 'utf8')), ...tricky];

  it('parses each document exactly as a whole parse would', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const text of texts) {
      const whole = (parseMarkdown(text).children as Nodes[]).map((node) => shape(node, 0));
      const starts = splitChunks(text);
      const chunked = starts.flatMap((start, i) =>
        (parseMarkdown(text.slice(start, starts[i + 1])).children as Nodes[]).map((node) => shape(node, start)),
      );
      expect(chunked).toEqual(whole);
    }
  });

  it('splits before top-level headings only', () => {
    expect(splitChunks('# A\n\ntext\n\n## B\n\ntext\n')).toEqual([0, 11]);
    expect(splitChunks(tricky[1])).toEqual([0, tricky[1].indexOf('## B'), tricky[1].indexOf('## C')]);
    expect(splitChunks(tricky[3])).toEqual([0]);
  });

  it('builds the same model from chunks as from the whole text in one piece', () => {
    for (const text of texts) {
      const whole = assembleChunks(text.length, [{ start: 0, walked: walkText(text) }], createLineIndex(text).locate);
      // Aims, actions and partners are read from the pieces compared here.
      const chunked = { ...buildModel(text), partners: [], aims: [], actions: [] };
      const asWhole = { ...chunked, sections: whole.sections, sentences: whole.sentences, items: whole.items, tables: whole.tables, directives: whole.directives };
      expect(modelData(chunked)).toEqual(modelData(asWhole));
    }
  });
});
