import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ParseCache, parseChunks, parseMarkdown, splitChunks } from '../src/model/parse.js';

/** Every markdown file the tests ship: real documents with frontmatter, tables, lists and comments. */
function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

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
  const files = fixtureFiles(join(__dirname, '../../test-fixtures'));
  const texts = [...files.map((f) => readFileSync(f, 'utf8')), ...tricky];

  it('parses each document exactly as a whole parse would', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const text of texts) {
      const whole = (parseMarkdown(text).children as Nodes[]).map((node) => shape(node, 0));
      const chunked = parseChunks(text).flatMap((chunk) => (chunk.tree.children as Nodes[]).map((node) => shape(node, chunk.start)));
      expect(chunked).toEqual(whole);
    }
  });

  it('splits before top-level headings only', () => {
    expect(splitChunks('# A\n\ntext\n\n## B\n\ntext\n')).toEqual([0, 11]);
    expect(splitChunks(tricky[1])).toEqual([0, tricky[1].indexOf('## B'), tricky[1].indexOf('## C')]);
    expect(splitChunks(tricky[3])).toEqual([0]);
  });

  it('re-parses only the chunks an edit touched', () => {
    const cache = new ParseCache();
    const before = parseChunks('# A\n\none\n\n# B\n\ntwo\n', cache);
    const after = parseChunks('# A\n\none\n\n# B\n\ntwo, edited\n', cache);
    expect(after[0].tree).toBe(before[0].tree);
    expect(after[1].tree).not.toBe(before[1].tree);
  });
});
