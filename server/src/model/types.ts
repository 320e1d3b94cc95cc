/** The partnership document model: what the rules read instead of raw markdown. */
import type { DocumentKind } from '../engine/types.js';

/** Source offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** What a section is for, whatever its heading says ("4. Who does what" is `responsibilities`). */
export type SectionMeaning =
  | 'partners'
  | 'purpose'
  | 'vision'
  | 'aims'
  | 'outcomes'
  | 'measures'
  | 'responsibilities'
  | 'actions'
  | 'governance'
  | 'resources'
  | 'involvement'
  | 'workforce'
  | 'review'
  | 'exit'
  | 'disputes'
  | 'risks'
  | 'signatures'
  | 'background';

export interface Section {
  heading: string;
  depth: number;
  /** Span of the heading line's text; for the untitled preamble, the first line. */
  headingSpan: Span;
  /** From the heading to the next heading of the same or higher level. */
  span: Span;
  /** The section's own meanings, or the parent's when its heading names none. */
  meanings: SectionMeaning[];
  parent: Section | null;
}

/**
 * Plain text drawn from markdown (emphasis, links and code flattened) that remembers where each
 * character came from, so a rule can report the exact words it matched.
 */
export interface MappedText {
  text: string;
  span: Span;
  /** Source offset of the character at `index` in `text` (or the end of the text). */
  sourceOffset(index: number): number;
}

export type BlockKind = 'paragraph' | 'listItem' | 'tableCell' | 'heading' | 'frontmatter';

export interface Sentence extends MappedText {
  section: Section | null;
  block: BlockKind;
  /** The paragraph, list item, cell or heading the sentence is part of. */
  blockSpan: Span;
  /** The list item or table row this sentence belongs to, if any. */
  item: Item | null;
}

/** A list item or a table row: the unit that aims and actions are written in. */
export interface Item extends MappedText {
  kind: 'listItem' | 'tableRow';
  section: Section | null;
  /** For table rows: the row's cells by header name (lower case). */
  cells?: Map<string, MappedText>;
  /** Text of nested list items under this one (measures and dates are often written there). */
  childrenText: string;
  /** The list item this one is nested in. */
  parent: Item | null;
  /** The words that introduce the list ("We will know this is working if:"), when there are any. */
  leadIn?: string;
}

export interface Partner {
  name: string;
  aliases: string[];
  /** Distinctive capitalised words of the name ("Probation" in "Castlebridge Probation Delivery Unit"), matched case-sensitively. */
  keywords: string[];
  /** Where the partner is listed (frontmatter, Partners section, table or defined short name). */
  span: Span;
  /**
   * How the document names it: in a partners list or frontmatter, in a membership sentence, or only
   * by defining a short name (`Industry Advisory Board ("IAB")`), which says what a term means rather
   * than who the partners are.
   */
  source: 'listed' | 'definition';
}

/** An aim, objective, priority or intended outcome. */
export interface Aim extends MappedText {
  section: Section | null;
  /** Extra text that belongs to the aim (nested items, other cells of its row). */
  context: string;
}

/** A commitment or action, with its owner when one is written. */
export interface Action extends MappedText {
  section: Section | null;
  source: 'list' | 'table' | 'prose';
  /** The owner cell of a table row or an "Owner:/Lead:" label: text and span (empty string when blank). */
  owner: MappedText | null;
  /** The table row or list item the action belongs to. */
  item: Item | null;
}

export interface TableModel {
  span: Span;
  section: Section | null;
  headers: string[];
  rows: Item[];
}

export interface Directive {
  command: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  reason: string | null;
  span: Span;
  line: number;
}

/** What a document, or one part of it, holds. */
export interface Contents {
  sections: Section[];
  sentences: Sentence[];
  items: Item[];
  tables: TableModel[];
  aims: Aim[];
  actions: Action[];
}

/** One part of the document and what lies in it (each thing by where it starts; a section by its heading). */
export interface Part extends Contents {
  span: Span;
  /** Id of the part's walked chunk (see `WalkedChunk.id`): the same id, the same text. */
  chunk: number;
  /**
   * Everything the part's aims, actions and part checks depend on: its text and the rest of any
   * section that starts in it (as the ids of their walked chunks), its sections' meanings and the
   * partners' names. Two parts with one key hold the same aims, actions and findings.
   */
  key: string;
}

export interface PartnershipDocument extends Contents {
  text: string;
  kind: DocumentKind | null;
  kindReason: string;
  frontmatter: Record<string, unknown> | null;
  frontmatterSpan: Span | null;
  title: { text: string; span: Span } | null;
  partners: Partner[];
  directives: Directive[];
  /**
   * The document cut before each top-level heading (see `splitChunks`), in order and covering it all:
   * the unit that aims and actions are found in, that rules' part checks read, and that the editor
   * re-checks after an edit.
   */
  parts: Part[];
  /** 1-based line and column of an offset. */
  locate(offset: number): { line: number; column: number };
  /** Offset where 1-based `line` starts. */
  lineStart(line: number): number;
}
