/** Builds the partnership document model from markdown text: parse once, walk once. */
import type { DocumentKind } from '../engine/types.js';
import { assembleChunks } from './assemble.js';
import { ChunkCache, walkText } from './chunk-cache.js';
import type { WalkedChunk } from './chunk-walk.js';
import { detectKind } from './kind.js';
import { createLineIndex } from './line-index.js';
import { splitChunks } from './parse.js';
import { ExtractionMemo, extractParts } from './part-extraction.js';
import { collectPartners, MentionsMemo } from './partners.js';
import { cutIntoParts, setPartKeys } from './parts.js';
import type { PartnershipDocument, Section, Span } from './types.js';

export interface ModelOptions {
  kind?: DocumentKind;
  partners?: Record<string, string[]>;
  /** Reuses the work on unchanged parts between versions of one document (the editor keeps one per document). */
  cache?: ModelCache;
}

/** What is kept between versions of one document, so that an edit redoes only the part it touched. */
export class ModelCache {
  readonly chunks = new ChunkCache();
  readonly mentions = new MentionsMemo();
  readonly extractions = new ExtractionMemo();
}

export function buildModel(text: string, options: ModelOptions = {}): PartnershipDocument {
  const lines = createLineIndex(text);
  const starts = splitChunks(text);
  const chunks = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
  const walked = options.cache ? options.cache.chunks.walk(chunks) : chunks.map(walkText);
  const placed = assembleChunks(text.length, walked.map((chunk, i) => ({ start: starts[i], walked: chunk })), lines.locate);
  // Frontmatter can only open the document, so it is in the first chunk.
  const head = walked[0];

  const doc: PartnershipDocument = {
    text,
    kind: null,
    kindReason: '',
    frontmatter: head.frontmatter,
    frontmatterSpan: head.frontmatterSpan,
    title: documentTitle(text, head, placed.sections[0]),
    partners: [],
    sections: placed.sections,
    sentences: placed.sentences,
    items: placed.items,
    tables: placed.tables,
    aims: [],
    actions: [],
    directives: placed.directives,
    parts: cutIntoParts(starts, walked.map((chunk) => chunk.id), text.length, placed),
    locate: lines.locate,
    lineStart: lines.lineStart,
  };
  const verdict = detectKind(doc, options.kind, head.frontmatterError);
  doc.kind = verdict.kind;
  doc.kindReason = verdict.reason;
  if (doc.kind === null) return doc;
  doc.partners = collectPartners(doc, options.partners ?? {}, placed.leadIns, options.cache?.mentions);
  setPartKeys(doc.parts, doc.partners);
  extractParts(doc, placed.leadIns, options.cache?.extractions);
  return doc;
}

/** The first heading when it is a level-1 heading or there is no frontmatter title; else that title. */
function documentTitle(text: string, head: WalkedChunk, first: Section | undefined): { text: string; span: Span } | null {
  const fromFrontmatter = head.frontmatter?.title;
  const heading = first ? { text: first.heading, span: first.headingSpan } : null;
  if (first && heading && (first.depth === 1 || typeof fromFrontmatter !== 'string')) return heading;
  if (typeof fromFrontmatter === 'string' && head.frontmatterSpan) {
    const at = text.indexOf('title:', head.frontmatterSpan.start);
    const lineEnd = text.indexOf('\n', at);
    return at === -1 ? null : { text: fromFrontmatter, span: { start: at, end: lineEnd === -1 ? text.length : lineEnd } };
  }
  return heading;
}
