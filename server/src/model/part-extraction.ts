/**
 * Finds the aims and actions of each part of the document. What a part holds depends only on what
 * its key names, so the editor keeps each part's aims and actions and moves them when an edit
 * elsewhere shifts the part.
 */
import { extractActions } from './actions.js';
import { extractAims } from './aims.js';
import { KeptPerVersion } from './kept-per-version.js';
import { partDocument } from './parts.js';
import type { Action, Aim, Item, MappedText, Part, PartnershipDocument, Section } from './types.js';

interface Found {
  aims: Aim[];
  actions: Action[];
}

/** Fills each part's aims and actions, and the document's. */
export function extractParts(doc: PartnershipDocument, leadIns: ReadonlyMap<Item, MappedText>, memo?: ExtractionMemo): void {
  const extract = (part: Part): Found => {
    const view = partDocument(doc, part);
    return { aims: extractAims(view, leadIns), actions: extractActions(view, leadIns) };
  };
  memo?.nextVersion();
  for (const part of doc.parts) {
    const found = memo ? memo.find(part, extract) : extract(part);
    part.aims = found.aims;
    part.actions = found.actions;
  }
  doc.aims = doc.parts.flatMap((part) => part.aims);
  doc.actions = doc.parts.flatMap((part) => part.actions);
}

interface Kept {
  part: Part;
  found: Found;
  sections: Map<Section, number>;
  items: Map<Item, number>;
}

export class ExtractionMemo {
  private readonly kept = new KeptPerVersion<Kept>();

  nextVersion(): void {
    this.kept.nextVersion();
  }

  find(part: Part, extract: (part: Part) => Found): Found {
    const kept = this.kept.get(part.key);
    if (kept) return moveFound(kept, part);
    const found = extract(part);
    const sections = new Map(part.sections.map((section, i) => [section, i]));
    const items = new Map(part.items.map((item, i) => [item, i]));
    // Only what refers to the part's own sections and items can be moved with it.
    const own = [...found.aims, ...found.actions].every((x) => x.section === null || sections.has(x.section));
    if (own && found.actions.every((action) => action.item === null || items.has(action.item))) {
      this.kept.set(part.key, { part, found, sections, items });
    }
    return found;
  }
}

/** The kept aims and actions, moved to where the part now starts and tied to its current sections and items. */
function moveFound(kept: Kept, part: Part): Found {
  const delta = part.span.start - kept.part.span.start;
  const section = (s: Section | null) => (s === null ? null : part.sections[kept.sections.get(s) ?? -1]);
  const item = (i: Item | null) => (i === null ? null : part.items[kept.items.get(i) ?? -1]);
  const span = (t: MappedText) => (delta === 0 ? t.span : { start: t.span.start + delta, end: t.span.end + delta });
  const offsets = (t: MappedText) => (delta === 0 ? t.sourceOffset : (index: number) => t.sourceOffset(index) + delta);
  return {
    aims: kept.found.aims.map((aim) => ({
      text: aim.text,
      span: span(aim),
      sourceOffset: offsets(aim),
      section: section(aim.section),
      context: aim.context,
    })),
    actions: kept.found.actions.map((action) => ({
      text: action.text,
      span: span(action),
      sourceOffset: offsets(action),
      section: section(action.section),
      source: action.source,
      owner: action.owner && { text: action.owner.text, span: span(action.owner), sourceOffset: offsets(action.owner) },
      item: item(action.item),
    })),
  };
}
