/**
 * Inline control comments: `<!-- partnerlint-disable rule-a, rule-b -- reason -->` and friends.
 * Parsing happens in the model (they are HTML comments); this module decides what they suppress.
 */
import type { Directive } from '../model/types.js';
import type { Finding } from './types.js';

const DIRECTIVE = /^<!--\s*partnerlint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->$/;

/** A directive as read from its comment; its line is added once its place in the document is known. */
export type ParsedDirective = Omit<Directive, 'line'>;

/** Reads one HTML comment as a directive, or null when it is an ordinary comment. */
export function parseDirective(comment: string, span: { start: number; end: number }): ParsedDirective | null {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return null;
  const [body, reason] = splitReason(match[2]);
  const ruleIds = body
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  return { command: match[1] as Directive['command'], ruleIds, reason, span };
}

function splitReason(rest: string): [string, string | null] {
  const at = rest.indexOf('--');
  if (at === -1) return [rest, null];
  return [rest.slice(0, at), rest.slice(at + 2).trim() || null];
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

/** The directives that silence a finding on `line` from `ruleId`, in source order. */
function suppressors(directives: readonly Directive[], ruleId: string, line: number): Directive[] {
  const found: Directive[] = [];
  // disable/enable pairs: the latest one before the line decides.
  let blockDisable: Directive | null = null;
  for (const directive of directives) {
    if (!names(directive, ruleId)) continue;
    switch (directive.command) {
      case 'disable-file':
        found.push(directive);
        break;
      case 'disable-line':
        if (directive.line === line) found.push(directive);
        break;
      case 'disable-next-line':
        if (directive.line + 1 === line) found.push(directive);
        break;
      case 'disable':
        if (directive.line <= line) blockDisable = directive;
        break;
      case 'enable':
        if (directive.line <= line) blockDisable = null;
        break;
    }
  }
  if (blockDisable) found.push(blockDisable);
  return found;
}

export interface Suppression {
  kept: Finding[];
  /** Directives that suppressed nothing (only `disable*` ones can be unused). */
  unused: Directive[];
}

export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[]): Suppression {
  const used = new Set<Directive>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const silencing = suppressors(directives, finding.ruleId, finding.start.line);
    if (silencing.length === 0) kept.push(finding);
    for (const directive of silencing) used.add(directive);
  }
  const unused = directives.filter((d) => d.command !== 'enable' && !used.has(d));
  return { kept, unused };
}

/**
 * The edit that removes a directive: its whole line (with that line's own ending) when the comment stands
 * alone on it, else the comment only. No removal may bring a lone `\r` next to a `\n`: the two would read
 * as one `\r\n` and the document would lose a line, so there the `\r` before becomes a `\r\n` of its own.
 */
export function directiveRemoval(text: string, span: { start: number; end: number }): { range: [number, number]; text: string } {
  let lineStart = span.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = span.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const blank = (from: number, to: number): boolean => /^[ \t]*$/.test(text.slice(from, to));
  const alone = blank(lineStart, span.start) && blank(span.end, lineEnd);
  let [start, end] = alone ? [lineStart, lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < text.length ? 1 : 0)] : [span.start, span.end];
  // The last line has no ending of its own: take the one before it.
  if (alone && end === text.length && start > 0) start -= start >= 2 && text.startsWith('\r\n', start - 2) ? 2 : 1;
  if (text[start - 1] === '\r' && text[end] === '\n') return { range: [start - 1, end], text: '\r\n' };
  return { range: [start, end], text: '' };
}
