/** What a rule is: its metadata beside one check that reads the document model. */
import type { DocumentKind, Fix, Severity } from '../engine/types.js';
import type { PartnershipDocument, Span } from '../model/types.js';

export interface RuleMeta {
  id: string;
  /** One line, shown in rule lists, SARIF and the settings UI. */
  description: string;
  defaultSeverity: Severity;
  kinds: DocumentKind[];
  /** `line`: findings point at the words at fault; `document`: something is missing from the whole document. */
  level: 'line' | 'document' | 'both';
  tags: string[];
  /** `fix`: offers safe fixes; `suggestion`: offers templates to fill in; null: neither. */
  fixable: 'fix' | 'suggestion' | null;
  /** JSON Schema of the rule's options (an object), used by the config validator. */
  optionsSchema?: Record<string, unknown>;
  /** What a partnership adviser would add to each finding; the editor's hover shows it. */
  guidance: RuleGuidance;
}

export interface RuleGuidance {
  /** Why the problem matters, with the evidence behind it. */
  why: string;
  /** What to change. */
  howToFix: string;
  /** A short passage that does it well. */
  goodExample: string;
}

export interface Report {
  message: string;
  /** Words at fault; null for a document-level finding (the engine places it on the title). */
  span: Span | null;
  /** For a document-level finding: the place the missing content belongs (a section heading), if any. */
  anchor?: Span;
  fix?: Fix;
  suggestions?: Fix[];
  related?: { message: string; span: Span }[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** In `checkPart`, the document with only the part's sentences, items, tables, aims and actions. */
  doc: PartnershipDocument;
  /** The text being checked: one part in `checkPart`, the whole document in `check`. */
  part: Span;
  options: Options;
  report(report: Report): void;
}

/** A rule has a part check, a document check, or both. */
export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /** Options used when the configuration gives none; configured options are merged over them. */
  defaultOptions: Options;
  /**
   * Checks one part of the document (see `PartnershipDocument.parts`). Its findings may depend only
   * on the part's text, its sections' meanings, its aims' context, and the document's kind, partners
   * and the rule's options, and may point only inside the part or at a partner's listing. The editor
   * then re-checks just the part an edit touched; the CLI runs it once over the whole document.
   */
  checkPart?(context: RuleContext<Options>): void;
  /** Checks what depends on the whole document. */
  check?(context: RuleContext<Options>): void;
}

/** Identity helper that keeps each rule file's option type checked. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
