/**
 * The human format, laid out like ESLint's "stylish": a header per file, a line per finding, a summary.
 * Messages wrap to the terminal's width (80 columns in a CI log) instead of being padded to the longest,
 * so a long message never pushes the rule id off the screen.
 */
import wrapAnsi from 'wrap-ansi';
import type { Finding, Severity } from '../../engine/types.js';
import { displayPath, plural, totalCounts, type FileResult } from '../results.js';
import { fixDiff } from './fix-diff.js';
import { printable } from '../printable.js';
import type { FormatContext } from './index.js';

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;
type Paint = (style: Style, text: string) => string;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
/** Narrower than this, wrapping would leave a word or two per line: long lines are better. */
const MIN_MESSAGE_WIDTH = 30;

export function formatStylish(results: FileResult[], context: FormatContext): string {
  const paint: Paint = (style, text) => (context.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  let out = '';
  for (const result of results) {
    const diff = context.showFixes && result.output !== undefined && result.original !== undefined;
    if (!result.findings.length && !diff) continue;
    const name = printable(displayPath(result.filePath, context.cwd));
    out += `\n${paint('underline', name)}\n`;
    out += findingLines(result.findings, context.width, paint);
    if (diff) out += diffLines(fixDiff(name, result.original!, result.output!), paint);
  }
  return out + summary(results, paint);
}

/** `  12:3   error    The message, wrapped …  rule-id`, with places and severities aligned within the file. */
function findingLines(findings: Finding[], width: number, paint: Paint): string {
  const widest = (text: (finding: Finding) => string): number => Math.max(...findings.map((finding) => text(finding).length));
  const lineWidth = widest((finding) => String(finding.start.line));
  const columnWidth = widest((finding) => String(finding.start.column));
  const severityWidth = widest((finding) => finding.severity);
  const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
  const messageWidth = Math.max(MIN_MESSAGE_WIDTH, width - indent);
  return findings
    .map((finding) => {
      const place = `${String(finding.start.line).padStart(lineWidth)}:${String(finding.start.column).padEnd(columnWidth)}`;
      const lines = wrapAnsi(printable(finding.message.replace(/\s*\n\s*/g, ' ')), messageWidth, { hard: true }).split('\n');
      const last = lines[lines.length - 1];
      // The rule id ends the last line when it fits, else it gets a line of its own.
      if (last.length + 2 + finding.ruleId.length <= messageWidth) lines[lines.length - 1] = `${last}  ${paint('dim', finding.ruleId)}`;
      else lines.push(paint('dim', finding.ruleId));
      const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(severityWidth));
      return `  ${paint('dim', place)}  ${severity}  ${lines.join(`\n${' '.repeat(indent)}`)}\n`;
    })
    .join('');
}

function diffLines(diff: string[], paint: Paint): string {
  const style = (line: string): Style | undefined =>
    line.startsWith('+') ? 'green' : line.startsWith('-') ? 'red' : line.startsWith('@@') ? 'dim' : undefined;
  // The diff quotes the document, so it is made printable like the messages.
  return diff.map((line) => `  ${style(line) ? paint(style(line)!, printable(line)) : printable(line)}\n`).join('');
}

function summary(results: FileResult[], paint: Paint): string {
  const counts = totalCounts(results);
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return '';
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos) parts.push(plural(counts.infos, 'info', 'infos'));
  const mark = counts.errors ? paint('red', '✖') : counts.warnings ? paint('yellow', '⚠') : paint('blue', 'ℹ');
  let out = `\n${mark} ${paint('bold', `${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
  const fixable = counts.fixableErrors + counts.fixableWarnings + counts.fixableInfos;
  if (fixable) out += `  ${plural(fixable, 'problem')} can be fixed with the \`--fix\` option.\n`;
  return out;
}
