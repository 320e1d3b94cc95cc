/** The engine's public types: what goes in (settings) and what comes out (findings). */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type DocumentKind = 'strategy' | 'agreement';

/** A place in the source: 1-based line and column (column counts UTF-16 code units), 0-based offset. */
export interface Location {
  line: number;
  column: number;
  offset: number;
}

/** One text replacement: source offsets [start, end) become `text`. */
export interface Edit {
  range: [number, number];
  text: string;
}

/** A fix or suggestion: a single edit with a sentence saying what it changes. */
export interface Fix extends Edit {
  description: string;
}

export interface RelatedPlace {
  message: string;
  start: Location;
  end: Location;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: Location;
  end: Location;
  /** True for document-level findings ("the agreement has no review date"): placed on a sensible line. */
  documentLevel: boolean;
  /** A safe fix, applied by --fix and "fix all". */
  fix?: Fix;
  /** Edits the author should look at before accepting (they insert templates to fill in). */
  suggestions?: Fix[];
  related?: RelatedPlace[];
  docsUrl: string;
}

/** Per-rule setting after configuration has been resolved. */
export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface LintSettings {
  /** Rule settings by id; a rule that is not named runs at its default severity with default options. */
  rules?: Record<string, RuleSetting>;
  /** Kind forced by configuration (a `kinds` glob); frontmatter still wins. */
  kind?: DocumentKind;
  /** Extra names for partners: canonical name -> aliases. */
  partners?: Record<string, string[]>;
  /** Report `partnerlint-disable` comments that suppressed nothing. */
  reportUnusedDirectives?: boolean;
}

export interface DocumentVerdict {
  kind: DocumentKind | null;
  /** Why this kind (or why the file is not treated as a partnership document). */
  reason: string;
}

/** A rule that threw: the other rules' findings still stand. */
export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface LintResult {
  /** Sorted by position. */
  findings: Finding[];
  document: DocumentVerdict;
  ruleFailures: RuleFailure[];
}
