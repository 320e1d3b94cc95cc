/** Cuts the document's pieces into its parts (see `PartnershipDocument.parts`). */
import { lastAtMost } from './sorted.js';
import type { Part, Partner, PartnershipDocument, Span } from './types.js';

type Pieces = Pick<PartnershipDocument, 'sections' | 'sentences' | 'items' | 'tables'>;

/** Parts starting at `starts` (ascending, the first 0) and running to the next, with the pieces in each. */
export function cutIntoParts(starts: readonly number[], chunkIds: readonly number[], textLength: number, pieces: Pieces): Part[] {
  const parts: Part[] = starts.map((start, i) => ({
    span: { start, end: starts[i + 1] ?? textLength },
    chunk: chunkIds[i],
    key: '',
    sections: [],
    sentences: [],
    items: [],
    tables: [],
    aims: [],
    actions: [],
  }));
  const partAt = (span: Span) => parts[lastAtMost(starts, span.start)];
  for (const section of pieces.sections) partAt(section.span).sections.push(section);
  for (const sentence of pieces.sentences) partAt(sentence.span).sentences.push(sentence);
  for (const item of pieces.items) partAt(item.span).items.push(item);
  for (const table of pieces.tables) partAt(table.span).tables.push(table);
  return parts;
}

/** Sets each part's key (see `Part.key`). */
export function setPartKeys(parts: readonly Part[], partners: readonly Partner[]): void {
  const starts = parts.map((part) => part.span.start);
  const names = partners.map((partner) => [partner.name, ...partner.aliases].join('\u0001')).join('\u0002');
  parts.forEach((part, i) => {
    const reach = Math.max(part.span.end, ...part.sections.map((section) => section.span.end));
    const last = lastAtMost(starts, reach - 1);
    const meanings = part.sections.map((section) => section.meanings.join(',')).join(';');
    part.key = `${parts.slice(i, last + 1).map((reached) => reached.chunk).join(',')}\u0000${meanings}\u0000${names}`;
  });
}

/** The document as seen from one part: only the part's sections, sentences, items, tables, aims and actions. */
export function partDocument(doc: PartnershipDocument, part: Part): PartnershipDocument {
  const { sections, sentences, items, tables, aims, actions } = part;
  return { ...doc, sections, sentences, items, tables, aims, actions };
}
