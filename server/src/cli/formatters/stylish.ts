/** The human format, laid out like ESLint's "stylish": a header per file, one aligned line per finding, a summary. */
import type { Finding, Severity } from '../../engine/types.js';
import { displayPath, totalCounts, type FileResult } from '../results.js';
import { printable } from '../printable.js';
import type { FormatContext } from './index.js';

const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;

export function formatStylish(results: FileResult[], context: FormatContext): string {
  const paint = (style: Style, text: string): string => (context.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  let out = '';
  for (const result of results.filter((r) => r.findings.length)) {
    out += `\n${paint('underline', printable(displayPath(result.filePath, context.cwd)))}\n`;
    const rows = result.findings.map((finding) => row(finding));
    const width = (column: (r: Row) => string): number => Math.max(...rows.map((r) => column(r).length));
    const [lineWidth, columnWidth, severityWidth, messageWidth] = [
      width((r) => r.line),
      width((r) => r.column),
      width((r) => r.severity),
      width((r) => r.message),
    ];
    for (const r of rows) {
      const place = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`;
      out += `  ${paint('dim', place)}  ${paint(severityStyle[r.severity], r.severity.padEnd(severityWidth))}  ${r.message.padEnd(messageWidth)}  ${paint('dim', r.ruleId)}\n`;
    }
  }
  const counts = totalCounts(results);
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return out;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos) parts.push(plural(counts.infos, 'info', 'infos'));
  const mark = counts.errors ? paint('red', '✖') : counts.warnings ? paint('yellow', '⚠') : paint('blue', 'ℹ');
  out += `\n${mark} ${paint('bold', `${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
  const fixable = counts.fixableErrors + counts.fixableOthers;
  if (fixable) out += `  ${plural(fixable, 'problem')} can be fixed with the \`--fix\` option.\n`;
  return out;
}

interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

function row(finding: Finding): Row {
  return {
    line: String(finding.start.line),
    column: String(finding.start.column),
    severity: finding.severity,
    message: printable(finding.message.replace(/\s*\n\s*/g, ' ')),
    ruleId: finding.ruleId,
  };
}

function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : many}`;
}
