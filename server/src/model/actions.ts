/**
 * Finds commitments and actions with the owner written beside them: rows of responsibility tables
 * (the Owner/Lead cell), items of action and responsibility lists (an "Owner:" label, or the lead-in
 * "The Council will:" above them), and prose sentences that commit someone to something.
 */
import { sliceMapped } from './mapped-text.js';
import { classifyHeading } from './section-meanings.js';
import type { Action, Item, MappedText, PartnershipDocument, Section, Sentence } from './types.js';

const OWNER_COLUMN = /\b(owners?|leads?|lead (partner|organisation|officer|agency)|responsible|accountable|who|by whom|responsibility of|delivered by)\b/;
const CONTACTS_COLUMN = /\b(signature|signed|sign|position|job title|email|e-mail|telephone|phone|contact details|date signed)\b/;
const PARTY_COLUMN = /\b(partners?|organisations?|organizations?|party|parties|agency|agencies|body|member)\b/;
const ACTION_COLUMN = /\b(actions?|tasks?|activit(y|ies)|deliverables?|what|commitments?|responsibilit(y|ies)|duties|milestones?|workstreams?|functions?|roles?|contributions?|obligations?)\b/;
const OWNER_LABEL = /\b(?:owner|lead|led by|responsible|accountable|responsibility)\s*[:\-–—]\s*([^;.)\]]*)/i;
const COMMITMENT =
  /\b(will|shall|must|agrees? to|undertakes? to|commits? to|is responsible for|are responsible for|is accountable for|needs? to be|to be (\w+ed|done|made|set|kept|held|met|sent|given|shown|drawn|taken|written|built|run|paid))\b/i;
const ACTION_SECTIONS = ['responsibilities', 'actions'] as const;
/** "5.3 Both parties will:" introduces actions wherever it stands. */
const MEASURES_LEAD_IN = /\b(report(s|ing)? (on|against)|track|monitor|measure)\b[^:]*:\s*$/i;
const COMMITTING_LEAD_IN = /\b(will|shall|agrees? to|undertakes? to|(is|are) responsible for)\s*:\s*$/i;

export function extractActions(doc: PartnershipDocument, leadIns: ReadonlyMap<Item, MappedText>): Action[] {
  const actions: Action[] = [];
  const claimed = new Set<Item>();
  const headings = new Map<Section, Sentence>();
  for (const sentence of doc.sentences) if (sentence.block === 'heading' && sentence.section) headings.set(sentence.section, sentence);

  for (const table of doc.tables) {
    // A signatures or contacts table lists people, not tasks.
    if (table.headers.some((h) => CONTACTS_COLUMN.test(h)) || table.section?.meanings.includes('signatures')) continue;
    // In a RACI table the Accountable column names the owner, not Responsible.
    const ownerIndex = findColumn(table.headers, /\b(accountable|owners?)\b/) ?? findColumn(table.headers, OWNER_COLUMN) ?? findColumn(table.headers, PARTY_COLUMN);
    if (ownerIndex === undefined) continue;
    const ownerHeader = table.headers[ownerIndex];
    // "| | Partner institution | Central office |" with duties in the cells: each column's header owns its cells.
    if (PARTY_COLUMN.test(ownerHeader) && !OWNER_COLUMN.test(ownerHeader) && holdsDuties(table.rows, ownerHeader)) continue;
    const actionHeader = table.headers.find((h, i) => i !== ownerIndex && ACTION_COLUMN.test(h)) ?? table.headers.find((_, i) => i !== ownerIndex);
    for (const row of table.rows) {
      const owner = row.cells?.get(ownerHeader) ?? null;
      const words = (actionHeader && row.cells?.get(actionHeader)) || row;
      actions.push(action(words, row.section, 'table', owner, row));
      claimed.add(row);
    }
  }

  for (const item of doc.items) {
    const leadIn = leadIns.get(item)?.text ?? '';
    // "The Board will report on:" lists what is measured, not tasks.
    const committed = COMMITTING_LEAD_IN.test(leadIn) && !MEASURES_LEAD_IN.test(leadIn);
    if (item.kind !== 'listItem' || !(inActionSection(item.section) || committed || OWNER_LABEL.test(item.text))) continue;
    if (/:\s*$/.test(item.text) && item.childrenText) continue; // a lead-in for its nested items
    actions.push(action(item, item.section, 'list', listOwner(item, leadIns, doc, headings), item));
    claimed.add(item);
  }

  for (const sentence of doc.sentences) {
    if (sentence.block === 'heading' || (sentence.item && claimed.has(sentence.item))) continue;
    const commitment = COMMITMENT.exec(sentence.text);
    if (!commitment) continue;
    // In a background section "took 11 days to be picked up" reports what happened; it commits nobody.
    if (/^to be\b/i.test(commitment[0]) && sentence.section?.meanings.includes('background')) continue;
    actions.push(action(sentence, sentence.section, 'prose', null, sentence.item));
  }
  return actions;
}

function action(words: MappedText, section: Section | null, source: Action['source'], owner: MappedText | null, item: Item | null): Action {
  return { text: words.text, span: words.span, sourceOffset: words.sourceOffset, section, source, owner, item };
}

/** Cells that read as sentences ("Collects data to agreed protocols") rather than names. */
function holdsDuties(rows: readonly Item[], header: string): boolean {
  const cells = rows.map((row) => row.cells?.get(header)?.text.trim() ?? '').filter(Boolean);
  const wordy = cells.filter((text) => text.split(/\s+/).length >= 6).length;
  return cells.length > 0 && wordy * 2 >= cells.length;
}

function findColumn(headers: readonly string[], pattern: RegExp): number | undefined {
  const index = headers.findIndex((h) => pattern.test(h));
  return index === -1 ? undefined : index;
}

function inActionSection(section: Section | null): boolean {
  return !!section && ACTION_SECTIONS.some((m) => section.meanings.includes(m));
}

/** An "Owner: X" label in the item, else the lead-in above it, else a partner-named heading. */
function listOwner(
  item: Item,
  leadIns: ReadonlyMap<Item, MappedText>,
  doc: PartnershipDocument,
  headings: ReadonlyMap<Section, Sentence>,
): MappedText | null {
  const label = OWNER_LABEL.exec(item.text);
  if (label) {
    const start = (label.index ?? 0) + label[0].length - label[1].length;
    return sliceMapped(item, start, start + label[1].trimEnd().length);
  }
  // "Publicity and social media: all members" names its owner after the colon.
  const after = /:\s*([^:]{1,60})$/.exec(item.text);
  if (after && after[1].trim().split(/\s+/).length <= 6 && !/[.;]/.test(after[1].slice(0, -1))) {
    const start = item.text.length - after[1].length;
    return sliceMapped(item, start, item.text.replace(/[.;,\s]+$/, '').length);
  }
  const leadIn = leadIns.get(item);
  if (leadIn && /(:|\bwill|\bshall|\bresponsible for|\bagrees? to)\s*$/i.test(leadIn.text.trim())) return leadIn;
  const heading = item.section ? headings.get(item.section) : undefined;
  if (!heading) return null;
  // Under "Roles and responsibilities", a sub-heading that names no topic names who ("### The Council").
  if (classifyHeading(heading.text).length === 0) return heading;
  const namesPartner = doc.partners.some((p) => mentions(heading.text, p.name) || p.aliases.some((a) => mentions(heading.text, a)));
  return namesPartner ? heading : null;
}

function mentions(text: string, name: string): boolean {
  return text.toLowerCase().includes(name.toLowerCase());
}
