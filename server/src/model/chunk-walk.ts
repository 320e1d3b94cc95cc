/**
 * Walks one chunk of the document (see `splitChunks`) into model pieces whose offsets count from the
 * chunk's own start. A chunk's walk depends on its text alone, so the editor can keep the walk of every
 * section an edit did not touch; `assembleChunks` places the pieces in the whole document.
 */
import type { Content, Html, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseDirective, type ParsedDirective } from '../engine/directives.js';
import { TextBuilder, plainText, singleLine, sliceMapped } from './mapped-text.js';
import { classifyHeading } from './section-meanings.js';
import { splitSentences } from './sentences.js';
import type { BlockKind, Item, MappedText, Section, Sentence, Span, TableModel } from './types.js';

/**
 * The model pieces of one chunk. Its sections are as written: `parent` is null, `meanings` are the
 * heading's own and `span` runs to the chunk's end; the sections around them are only known once
 * the chunks are put together. Directives get their line there too.
 */
export interface WalkedChunk {
  /** Names this walk. Walks are never changed and are shared between versions, so one id means one text. */
  id: number;
  frontmatter: Record<string, unknown> | null;
  frontmatterSpan: Span | null;
  frontmatterError: string | null;
  sections: Section[];
  sentences: Sentence[];
  items: Item[];
  tables: TableModel[];
  directives: ParsedDirective[];
  /** The paragraph or parent item that introduces a list item ("The Council will:"). */
  leadIns: Map<Item, MappedText>;
}

export function walkChunk(text: string, tree: Root): WalkedChunk {
  const walker = new Walker(text);
  walker.walkBlocks(tree.children, null);
  return walker;
}

let walks = 0;

class Walker implements WalkedChunk {
  readonly id = ++walks;
  frontmatter: Record<string, unknown> | null = null;
  frontmatterSpan: Span | null = null;
  frontmatterError: string | null = null;
  sections: Section[] = [];
  sentences: Sentence[] = [];
  items: Item[] = [];
  tables: TableModel[] = [];
  directives: ParsedDirective[] = [];
  leadIns = new Map<Item, MappedText>();
  /** The section the walk is in: the last one opened (null before the chunk's first heading). */
  private current: Section | null = null;
  /** Depth of the last markdown heading: a bold pseudo-heading sits one level below it. */
  private lastHeadingDepth = 1;

  constructor(private readonly source: string) {}

  private span(node: Nodes): Span {
    return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
  }

  walkBlocks(nodes: readonly (RootContent | Content)[], parentItem: Item | null): void {
    let previousParagraph: MappedText | null = null;
    for (const node of nodes) {
      const paragraphBefore = previousParagraph;
      previousParagraph = null;
      switch (node.type) {
        case 'yaml':
          this.readFrontmatter(node.value, this.span(node));
          break;
        case 'heading':
          this.openSection(node.depth, plainText(node).trim(), node);
          break;
        case 'paragraph': {
          if (parentItem === null && isBoldHeading(node)) {
            // Documents converted from Word often mark headings in bold only.
            this.openSection(Math.min(6, this.lastHeadingDepth + 1), plainText(node).trim().replace(/[:.]$/, ''), node, false);
            break;
          }
          const text = this.inlineText(node.children, this.span(node));
          this.addSentences(text, 'paragraph', parentItem);
          this.collectInlineDirectives(node);
          previousParagraph = text;
          break;
        }
        case 'list':
          this.walkList(node, parentItem, paragraphBefore);
          break;
        case 'table':
          this.walkTable(node);
          break;
        case 'blockquote':
          this.walkBlocks(node.children, parentItem);
          break;
        case 'html':
          this.readDirective(node);
          break;
        default:
          break;
      }
    }
  }

  private readFrontmatter(value: string, span: Span): void {
    this.frontmatterSpan = span;
    try {
      // YAML ends lines at \n; a file saved with bare \r line endings would read as one line.
      const data: unknown = parseYaml(value.replace(/\r\n?/g, '\n'));
      if (data && typeof data === 'object' && !Array.isArray(data)) this.frontmatter = data as Record<string, unknown>;
    } catch (error) {
      this.frontmatterError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
  }

  private openSection(depth: number, heading: string, node: Nodes, real = true): void {
    if (real) this.lastHeadingDepth = depth;
    const span = this.span(node);
    const headingSpan = headingTextSpan(this.source, span);
    const section: Section = {
      heading,
      depth,
      headingSpan,
      span: { start: span.start, end: this.source.length },
      meanings: classifyHeading(heading),
      parent: null,
    };
    this.sections.push(section);
    this.current = section;
    const text = new TextBuilder();
    text.addAligned(heading, this.source, headingSpan.start, headingSpan.end);
    const mapped = text.finish(headingSpan);
    this.sentences.push({ text: mapped.text, span: mapped.span, sourceOffset: mapped.sourceOffset, section, block: 'heading', blockSpan: headingSpan, item: null });
  }

  private walkList(list: List, parentItem: Item | null, leadIn: MappedText | null): void {
    for (const child of list.children) this.walkListItem(child, parentItem, leadIn);
  }

  private walkListItem(node: ListItem, parentItem: Item | null, leadIn: MappedText | null): void {
    const builder = new TextBuilder();
    const own = node.children.filter((child): child is Paragraph => child.type === 'paragraph');
    for (const paragraph of own) {
      if (builder.length > 0) builder.addSynthetic(' ', paragraph.position?.start.offset ?? 0);
      builder.addInline(paragraph.children, this.source, 0);
      this.collectInlineDirectives(paragraph);
    }
    const span = this.span(node);
    const textSpan = own.length ? { start: this.span(own[0]).start, end: this.span(own[own.length - 1]).end } : span;
    const mapped = builder.finish(textSpan);
    const item: Item = {
      text: singleLine(mapped).text,
      span: mapped.span,
      sourceOffset: mapped.sourceOffset,
      kind: 'listItem',
      section: this.current,
      childrenText: nestedText(node),
      parent: parentItem,
      ...(leadIn ? { leadIn: singleLine(leadIn).text } : {}),
    };
    this.items.push(item);
    if (leadIn) this.leadIns.set(item, leadIn);
    // Sentences are cut from the text as written: a line break may start a new one.
    this.addSentences(mapped, 'listItem', item);
    const rest = node.children.filter((child) => child.type !== 'paragraph');
    this.walkNested(rest, item);
  }

  /** Nested blocks of a list item: lists under it get the item's text as their lead-in. */
  private walkNested(nodes: readonly Content[], item: Item): void {
    for (const child of nodes) {
      if (child.type === 'list') this.walkList(child, item, item);
      else this.walkBlocks([child], item);
    }
  }

  private walkTable(node: Table): void {
    const [headerRow, ...rows] = node.children;
    if (!headerRow) return;
    const headers = headerRow.children.map((cell) => plainText(cell).trim().toLowerCase());
    const table: TableModel = { span: this.span(node), section: this.current, headers, rows: [] };
    for (const row of rows) {
      const builder = new TextBuilder();
      const cells = new Map<string, MappedText>();
      row.children.forEach((cell, index) => {
        const cellSpan = this.span(cell);
        const cellBuilder = new TextBuilder();
        cellBuilder.addInline(cell.children, this.source, 0);
        const cellText = trimMapped(cellBuilder.finish(cellSpan), innerCellSpan(this.source, cellSpan));
        cells.set(headers[index] ?? `column ${index + 1}`, cellText);
        if (builder.length > 0) builder.addSynthetic(' | ', cellSpan.start);
        builder.addInline(cell.children, this.source, 0);
        this.collectInlineDirectives(cell);
      });
      const mapped = builder.finish(this.span(row));
      const item: Item = {
        text: mapped.text,
        span: mapped.span,
        sourceOffset: mapped.sourceOffset,
        kind: 'tableRow',
        section: this.current,
        cells,
        childrenText: '',
        parent: null,
      };
      table.rows.push(item);
      this.items.push(item);
      for (const cell of cells.values()) this.addSentences(cell, 'tableCell', item);
    }
    this.tables.push(table);
  }

  private inlineText(children: PhrasingContent[], span: Span): MappedText {
    const builder = new TextBuilder();
    builder.addInline(children, this.source, 0);
    return builder.finish(span);
  }

  private addSentences(block: MappedText, kind: BlockKind, item: Item | null): void {
    for (const sentence of splitSentences(block)) {
      // Written out rather than spread: this runs for every sentence of the document.
      this.sentences.push({
        text: sentence.text,
        span: sentence.span,
        sourceOffset: sentence.sourceOffset,
        section: this.current,
        block: kind,
        blockSpan: block.span,
        item,
      });
    }
  }

  private readDirective(node: Html): void {
    const span = this.span(node);
    // One HTML block may hold several comments.
    for (const match of node.value.matchAll(/<!--[\s\S]*?-->/g)) {
      const start = span.start + (match.index ?? 0);
      const directive = parseDirective(match[0], { start, end: start + match[0].length });
      if (directive) this.directives.push(directive);
    }
  }

  private collectInlineDirectives(node: { children: PhrasingContent[] }): void {
    for (const child of node.children) {
      if (child.type === 'html') this.readDirective(child);
    }
  }
}

/** A short paragraph that is all bold ("**3. Who does what**"), standing alone as a heading would. */
function isBoldHeading(node: Paragraph): boolean {
  const children = node.children.filter((child) => !(child.type === 'text' && /^\s*:?\s*$/.test(child.value)));
  if (children.length !== 1 || children[0].type !== 'strong') return false;
  const words = plainText(children[0]).trim();
  if (words.length === 0 || words.length > 80 || words.split(/\s+/).length > 10) return false;
  // "**What we want to achieve.**" heads a section; "**No one leaves hospital homeless.**" is a statement.
  return !/[.!?]$/.test(words) || (words.split(/\s+/).length <= 6 && /[^.]\.$/.test(words) && classifyHeading(words.slice(0, -1)).length > 0);
}

/** The heading's words without the leading #'s (or the ** of a bold heading). */
function headingTextSpan(source: string, span: Span): Span {
  let start = span.start;
  while (start < span.end && '#*_ '.includes(source[start])) start++;
  let end = span.end;
  const firstLineEnd = source.indexOf('\n', start);
  if (firstLineEnd !== -1 && firstLineEnd < end) end = firstLineEnd;
  while (end > start && /[\s#*_:]/.test(source[end - 1])) end--;
  return start < end ? { start, end } : span;
}

/** A cell's span without its pipes, so an empty cell can be filled in place. */
function innerCellSpan(source: string, span: Span): Span {
  const start = source[span.start] === '|' ? span.start + 1 : span.start;
  const end = span.end > start && source[span.end - 1] === '|' ? span.end - 1 : span.end;
  return { start, end };
}

function trimMapped(text: MappedText, fallback: Span): MappedText {
  const leading = text.text.length - text.text.trimStart().length;
  const trimmed = text.text.trim();
  if (!trimmed) return { text: '', span: fallback, sourceOffset: () => fallback.start };
  return sliceMapped(text, leading, leading + trimmed.length);
}

function nestedText(node: ListItem): string {
  return node.children
    .filter((child) => child.type !== 'paragraph')
    .map((child) => plainText(child))
    .join(' ');
}
