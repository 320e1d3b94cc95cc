/** Findings as LSP diagnostics: rule id as code, the rule's page as link, related places as related information. */
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Location, Severity } from '../engine/types.js';

export const DIAGNOSTIC_SOURCE = 'partnerlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((place) => ({
      location: { uri: document.uri, range: { start: position(place.start), end: position(place.end) } },
      message: place.message,
    }));
  }
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], document: TextDocument): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, document));
}

/** The engine counts lines and UTF-16 columns from 1, as LSP does from 0, and ends lines where LSP does. */
export function findingRange(finding: Finding): Range {
  return { start: position(finding.start), end: position(finding.end) };
}

function position(location: Location): Position {
  return { line: location.line - 1, character: location.column - 1 };
}

export function offsetRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The findings a client's diagnostic stands for (same rule and range), for code actions. */
export function findingsForDiagnostic(findings: readonly Finding[], diagnostic: Diagnostic): Finding[] {
  return findings.filter(
    (finding) => finding.ruleId === diagnostic.code && sameRange(findingRange(finding), diagnostic.range),
  );
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** Whether two ranges touch (a cursor at either end of a finding counts as on it). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
