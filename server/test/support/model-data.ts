import type { MappedText, PartnershipDocument } from '../../src/model/types.js';

/** Everything a rule can read from the model, written out so two models compare as data. */
export function modelData(doc: PartnershipDocument): unknown {
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
