/**
 * Where "disable this rule" comments go. Markdown hides HTML comments, but a comment line dropped into
 * the middle of a paragraph, list item or table splits it; so a comment goes on its own line only above
 * a line that starts a block, and is appended to the end of the line (`disable-line`) everywhere else.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types.js';
import type { Directive, PartnershipDocument, Span } from '../model/types.js';

const LIST_ITEM_START = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/** The edit that silences `finding`'s rule on its line, or null when the line cannot hold a comment (frontmatter). */
export function disableLineEdit(model: PartnershipDocument, document: TextDocument, finding: Finding): TextEdit | null {
  const line = finding.start.line;
  if (model.frontmatterSpan && contains(model.frontmatterSpan, finding.start.offset)) return null;
  const existing =
    findDirective(model, 'disable-line', line) ?? findDirective(model, 'disable-next-line', line - 1);
  if (existing) return extendDirective(document, existing, finding.ruleId);

  const current = lineSpan(model, line);
  const text = model.text.slice(current.start, current.end);
  if (startsBlock(model, line, text) && !insideTable(model, current) && !insideList(model, current, text)) {
    const indent = /^ {0,3}/.exec(text)![0];
    const comment = `${indent}<!-- partnerlint-disable-next-line ${finding.ruleId} -->${lineBreak(model.text)}`;
    return insert(document, current.start, comment);
  }
  // Before any trailing spaces, so a two-space hard line break still ends the line.
  return insert(document, current.start + text.trimEnd().length, ` <!-- partnerlint-disable-line ${finding.ruleId} -->`);
}

/** The edit that silences `ruleId` in the whole file: a comment just below the frontmatter, or at the top. */
export function disableFileEdit(model: PartnershipDocument, document: TextDocument, ruleId: string): TextEdit {
  const existing = model.directives.find((directive) => directive.command === 'disable-file');
  if (existing && existing.ruleIds.length > 0) return extendDirective(document, existing, ruleId);
  const eol = lineBreak(model.text);
  const comment = `<!-- partnerlint-disable-file ${ruleId} -->`;
  if (!model.frontmatterSpan) return insert(document, 0, comment + eol);
  const closingLine = model.locate(Math.max(model.frontmatterSpan.end - 1, 0)).line;
  const after = lineSpan(model, closingLine).end;
  if (after >= model.text.length) return insert(document, model.text.length, eol + comment + eol);
  const nextLineStart = model.text.indexOf('\n', after) + 1;
  return insert(document, nextLineStart, comment + eol);
}

function findDirective(model: PartnershipDocument, command: Directive['command'], line: number): Directive | undefined {
  return model.directives.find((d) => d.command === command && d.line === line && d.ruleIds.length > 0);
}

/** Adds a rule to an existing directive instead of stacking a second comment, keeping its reason. */
function extendDirective(document: TextDocument, directive: Directive, ruleId: string): TextEdit {
  const ids = directive.ruleIds.includes(ruleId) ? directive.ruleIds : [...directive.ruleIds, ruleId];
  const reason = directive.reason ? ` -- ${directive.reason}` : '';
  return {
    range: { start: document.positionAt(directive.span.start), end: document.positionAt(directive.span.end) },
    newText: `<!-- partnerlint-${directive.command} ${ids.join(', ')}${reason} -->`,
  };
}

/** True when a comment line above `line` would not cut a paragraph in two. */
function startsBlock(model: PartnershipDocument, line: number, text: string): boolean {
  if (line <= 1 || ATX_HEADING.test(text)) return true;
  const previous = lineSpan(model, line - 1);
  const previousText = model.text.slice(previous.start, previous.end);
  if (previousText.trim() === '' || ATX_HEADING.test(previousText) || COMMENT_LINE.test(previousText)) return true;
  // The previous line closes the frontmatter.
  return model.frontmatterSpan !== null && contains(model.frontmatterSpan, previous.start);
}

function insideTable(model: PartnershipDocument, line: Span): boolean {
  return model.tables.some((table) => overlaps(table.span, line));
}

function insideList(model: PartnershipDocument, line: Span, text: string): boolean {
  return LIST_ITEM_START.test(text) || model.items.some((item) => item.kind === 'listItem' && overlaps(item.span, line));
}

/** Line `line` (1-based) without its line break. */
function lineSpan(model: PartnershipDocument, line: number): Span {
  const start = model.lineStart(line);
  const newline = model.text.indexOf('\n', start);
  let end = newline === -1 ? model.text.length : newline;
  if (end > start && model.text[end - 1] === '\r') end -= 1;
  return { start, end };
}

/** The document's own line ending, so an inserted line matches the rest. */
export function lineBreak(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

export function insert(document: TextDocument, offset: number, newText: string): TextEdit {
  const at = document.positionAt(offset);
  return { range: { start: at, end: at }, newText };
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start < a.end;
}
