import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/lint.js';
import { PartFindingsMemo } from '../src/engine/part-memo.js';
import { assembleChunks } from '../src/model/assemble.js';
import { buildModel, ModelCache } from '../src/model/build.js';
import { ChunkCache, walkText } from '../src/model/chunk-cache.js';
import { createLineIndex } from '../src/model/line-index.js';
import { parseMarkdown, splitChunks } from '../src/model/parse.js';
import type { MappedText, PartnershipDocument } from '../src/model/types.js';

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

  it('re-walks only the chunks an edit touched', () => {
    const cache = new ChunkCache();
    const before = cache.walk(['# A\n\none\n', '# B\n\ntwo\n']);
    const after = cache.walk(['# A\n\none\n', '# B\n\ntwo, edited\n']);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('gives the same model and findings after edits whether or not earlier work is reused', () => {
    let edited = 0;
    let reusedFindings = 0;
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
        const findings = lintModel(reused, {}, memo).findings;
        expect(findings).toEqual(lintModel(fresh).findings);
        edited++;
        reusedFindings += findings.length;
      }
    }
    expect(edited).toBeGreaterThan(100);
    expect(reusedFindings).toBeGreaterThan(500);
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

/** Everything a rule can read from the model, written out so two models compare as data. */
function modelData(doc: PartnershipDocument): unknown {
  const sectionIndex = new Map(doc.sections.map((section, i) => [section, i]));
  const itemIndex = new Map(doc.items.map((item, i) => [item, i]));
  const mapped = (m: MappedText) => ({ text: m.text, span: m.span, offsets: [0, 1, m.text.length >> 1, m.text.length - 1, m.text.length].map((i) => m.sourceOffset(i)) });
  const section = (s: PartnershipDocument['sections'][number] | null) => (s ? sectionIndex.get(s) : null);
  return {
    kind: doc.kind,
    kindReason: doc.kindReason,
    title: doc.title,
    frontmatter: doc.frontmatter,
    partners: doc.partners,
    sections: doc.sections.map((s) => ({ heading: s.heading, depth: s.depth, headingSpan: s.headingSpan, span: s.span, meanings: s.meanings, parent: section(s.parent) })),
    sentences: doc.sentences.map((s) => ({ ...mapped(s), section: section(s.section), block: s.block, blockSpan: s.blockSpan, item: s.item ? itemIndex.get(s.item) : null })),
    items: doc.items.map((item) => ({
      ...mapped(item),
      kind: item.kind,
      section: section(item.section),
      parent: item.parent ? itemIndex.get(item.parent) : null,
      childrenText: item.childrenText,
      leadIn: item.leadIn,
      cells: item.cells ? [...item.cells].map(([header, cell]) => [header, mapped(cell)]) : null,
    })),
    tables: doc.tables.map((t) => ({ span: t.span, section: section(t.section), headers: t.headers, rows: t.rows.map((row) => itemIndex.get(row)) })),
    aims: doc.aims.map((aim) => ({ ...mapped(aim), section: section(aim.section), context: aim.context })),
    actions: doc.actions.map((a) => ({ ...mapped(a), section: section(a.section), source: a.source, owner: a.owner && mapped(a.owner), item: a.item ? itemIndex.get(a.item) : null })),
    directives: doc.directives,
  };
}
