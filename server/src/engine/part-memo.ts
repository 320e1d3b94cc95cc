/**
 * Rules' part checks (see `Rule.checkPart`), run part by part and remembered between versions of one
 * document: a part whose text and context are unchanged keeps its findings, moved to where the part
 * now starts. This is what keeps a keystroke in a long agreement cheap in the editor.
 */
import { KeptPerVersion } from '../model/kept-per-version.js';
import { partDocument } from '../model/parts.js';
import type { PartnershipDocument, Span } from '../model/types.js';
import type { Report } from '../rules/types.js';

/** One part of the document as a part check sees it. */
export interface PartView {
  span: Span;
  /** The document with only this part's sections, sentences, items, tables, aims and actions. */
  doc: PartnershipDocument;
  /** See `Part.key`: it names everything a part check may read but the rule's own context. */
  key: string;
}

export function partViews(doc: PartnershipDocument): PartView[] {
  return doc.parts.map((part) => ({ span: part.span, doc: partDocument(doc, part), key: part.key }));
}

interface Kept {
  part: Span;
  reports: Report[];
}

export class PartFindingsMemo {
  /** Part key -> rule key -> findings. */
  private readonly kept = new KeptPerVersion<Map<string, Kept>>();

  /** Call once per lint. */
  startLint(): void {
    this.kept.nextVersion();
  }

  /**
   * The findings of one rule's part check on `view`: remembered ones when the part and the rule's
   * context (`ruleKey`: options, kind, partners) are unchanged, else `check`'s.
   */
  findings(view: PartView, ruleKey: string, stable: ReadonlySet<number>, check: () => Report[]): Report[] {
    let byRule = this.kept.get(view.key);
    if (!byRule) this.kept.set(view.key, (byRule = new Map()));
    const kept = byRule.get(ruleKey);
    if (kept) {
      const delta = view.span.start - kept.part.start;
      return delta === 0 ? kept.reports : kept.reports.map((report) => mapOffsets(report, (offset) => (within(kept.part, offset) ? offset + delta : offset)));
    }
    const reports = check();
    // A finding that points elsewhere than this part or a partner's listing could go stale unseen.
    if (reports.every((report) => report.span !== null && offsetsOf(report).every((offset) => within(view.span, offset) || stable.has(offset)))) {
      byRule.set(ruleKey, { part: view.span, reports });
    }
    return reports;
  }
}

/** Offsets that do not move when other parts change: where the partners are listed (part of every rule key). */
export function stableOffsets(doc: PartnershipDocument): Set<number> {
  return new Set(doc.partners.flatMap((partner) => [partner.span.start, partner.span.end]));
}

function within(part: Span, offset: number): boolean {
  return offset >= part.start && offset <= part.end;
}

function offsetsOf(report: Report): number[] {
  const spans = [report.span, report.anchor, ...(report.related ?? []).map((place) => place.span)].filter((s): s is Span => !!s);
  const ranges = [report.fix, ...(report.suggestions ?? [])].filter((fix) => !!fix).map((fix) => fix!.range);
  return [...spans.flatMap((s) => [s.start, s.end]), ...ranges.flat()];
}

/** A copy of `report` with every source offset passed through `move`. */
function mapOffsets(report: Report, move: (offset: number) => number): Report {
  const span = (s: Span): Span => ({ start: move(s.start), end: move(s.end) });
  const range = (r: [number, number]): [number, number] => [move(r[0]), move(r[1])];
  return {
    ...report,
    span: report.span && span(report.span),
    ...(report.anchor ? { anchor: span(report.anchor) } : {}),
    ...(report.fix ? { fix: { ...report.fix, range: range(report.fix.range) } } : {}),
    ...(report.suggestions ? { suggestions: report.suggestions.map((fix) => ({ ...fix, range: range(fix.range) })) } : {}),
    ...(report.related ? { related: report.related.map((place) => ({ ...place, span: span(place.span) })) } : {}),
  };
}
