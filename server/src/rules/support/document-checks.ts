/** Shared reading for document-level rules: "does any sentence say X?" and "where would X go?". */
import type { PartnershipDocument, SectionMeaning, Sentence, Span } from '../../model/types.js';

export interface Statement {
  text: string;
  sentence: Sentence | null;
  meanings: SectionMeaning[];
}

/** Several document-level rules read the same statements; build them once per document. */
const built = new WeakMap<PartnershipDocument, Statement[]>();

/** Sentences and table rows (a row reads as one statement: "Delayed discharges | 120 | 60 | 2027"). */
export function statements(doc: PartnershipDocument): Statement[] {
  const cached = built.get(doc);
  if (cached) return cached;
  const out: Statement[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.block !== 'heading' && sentence.block !== 'tableCell') {
      out.push({ text: sentence.text, sentence, meanings: sentence.section?.meanings ?? [] });
    }
  }
  for (const table of doc.tables) {
    const header = table.headers.join(' | ');
    for (const row of table.rows) out.push({ text: `${header} :: ${row.text}`, sentence: null, meanings: row.section?.meanings ?? [] });
  }
  built.set(doc, out);
  return out;
}

/** The heading of the first section with one of `meanings`: where a document-level finding belongs. */
export function anchorFor(doc: PartnershipDocument, meanings: readonly SectionMeaning[]): Span | undefined {
  return doc.sections.find((s) => s.meanings.some((m) => meanings.includes(m)))?.headingSpan;
}
