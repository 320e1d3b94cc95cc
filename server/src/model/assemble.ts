/**
 * Puts walked chunks together into the whole document's pieces: offsets moved from each chunk's
 * start to the document's, sections nested across chunks (a "##" section may sit under a "#" of an
 * earlier chunk and inherit its meanings), directive lines found. The walked chunks are not changed,
 * so the editor can reuse them for the next version of the text.
 */
import type { WalkedChunk } from './chunk-walk.js';
import type { Directive, Item, MappedText, Section, Sentence, Span, TableModel } from './types.js';

export interface PlacedChunk {
  /** Offset of the chunk in the document. */
  start: number;
  walked: WalkedChunk;
}

export interface AssembledDocument {
  sections: Section[];
  sentences: Sentence[];
  items: Item[];
  tables: TableModel[];
  directives: Directive[];
  leadIns: Map<Item, MappedText>;
}

export function assembleChunks(
  textLength: number,
  chunks: readonly PlacedChunk[],
  locate: (offset: number) => { line: number },
): AssembledDocument {
  const out: AssembledDocument = { sections: [], sentences: [], items: [], tables: [], directives: [], leadIns: new Map() };
  const open: OpenSections = { current: null, textLength };
  for (const { start, walked } of chunks) new ChunkPlacer(start, walked, out, open, locate).place();
  return out;
}

/** The innermost section still open where the previous chunk ended. */
interface OpenSections {
  current: Section | null;
  textLength: number;
}

class ChunkPlacer {
  private readonly sections = new Map<Section, Section>();
  private readonly items = new Map<Item, Item>();
  private readonly leadIns = new Map<MappedText, MappedText>();
  /** Where the chunk starts: text before its first heading belongs to the section open here. */
  private readonly outer: Section | null;

  constructor(
    private readonly delta: number,
    private readonly walked: WalkedChunk,
    private readonly out: AssembledDocument,
    private readonly open: OpenSections,
    private readonly locate: (offset: number) => { line: number },
  ) {
    this.outer = open.current;
  }

  place(): void {
    for (const section of this.walked.sections) this.placeSection(section);
    for (const item of this.walked.items) this.placeItem(item);
    // Written out rather than spread: this runs for every sentence of the document.
    for (const sentence of this.walked.sentences) {
      this.out.sentences.push({
        text: sentence.text,
        span: this.span(sentence.span),
        sourceOffset: this.moveOffsets(sentence),
        section: this.section(sentence.section),
        block: sentence.block,
        blockSpan: this.span(sentence.blockSpan),
        item: sentence.item ? this.item(sentence.item) : null,
      });
    }
    for (const table of this.walked.tables) {
      this.out.tables.push({ span: this.span(table.span), section: this.section(table.section), headers: table.headers, rows: table.rows.map((row) => this.item(row)) });
    }
    for (const [item, leadIn] of this.walked.leadIns) this.out.leadIns.set(this.item(item), this.leadIn(leadIn));
    for (const directive of this.walked.directives) {
      const span = this.span(directive.span);
      this.out.directives.push({ ...directive, span, line: this.locate(span.start).line });
    }
  }

  /** Nests the section under the innermost open one above its depth, closing the rest. */
  private placeSection(written: Section): void {
    const start = written.span.start + this.delta;
    let parent = this.open.current;
    while (parent && parent.depth >= written.depth) {
      parent.span.end = start;
      parent = parent.parent;
    }
    // The document's title names the whole document ("Pooled Budget Agreement"), not a section of it.
    const isTitle = written.depth === 1 && this.out.sections.length === 0;
    const own = isTitle ? [] : written.meanings;
    const section: Section = {
      heading: written.heading,
      depth: written.depth,
      headingSpan: this.span(written.headingSpan),
      span: { start, end: this.open.textLength },
      meanings: own.length > 0 ? own : (parent?.meanings ?? []),
      parent,
    };
    this.out.sections.push(section);
    this.sections.set(written, section);
    this.open.current = section;
  }

  private placeItem(written: Item): void {
    const item: Item = {
      text: written.text,
      span: this.span(written.span),
      sourceOffset: this.moveOffsets(written),
      kind: written.kind,
      section: this.section(written.section),
      childrenText: written.childrenText,
      parent: written.parent ? this.item(written.parent) : null,
    };
    if (written.cells) item.cells = new Map([...written.cells].map(([header, cell]) => [header, this.move(cell)]));
    if (written.leadIn !== undefined) item.leadIn = written.leadIn;
    this.out.items.push(item);
    this.items.set(written, item);
  }

  /** A lead-in is the parent item itself, or a paragraph shared by every item of its list. */
  private leadIn(written: MappedText): MappedText {
    let placed = this.items.get(written as Item) ?? this.leadIns.get(written);
    if (!placed) this.leadIns.set(written, (placed = this.move(written)));
    return placed;
  }

  private section(written: Section | null): Section | null {
    return written ? (this.sections.get(written) ?? null) : this.outer;
  }

  private item(written: Item): Item {
    const item = this.items.get(written);
    if (!item) throw new Error('a walked chunk refers to an item it does not hold');
    return item;
  }

  /** Spans are never changed once placed (only a section's, which gets its own), so one that does not move is shared. */
  private span(span: Span): Span {
    return this.delta === 0 ? span : { start: span.start + this.delta, end: span.end + this.delta };
  }

  /** The text with its offsets moved to the document's. */
  private move(written: MappedText): MappedText {
    return { text: written.text, span: this.span(written.span), sourceOffset: this.moveOffsets(written) };
  }

  private moveOffsets(written: MappedText): (index: number) => number {
    const { delta } = this;
    return delta === 0 ? written.sourceOffset : (index: number) => written.sourceOffset(index) + delta;
  }
}
