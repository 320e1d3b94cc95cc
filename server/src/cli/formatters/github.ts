/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
import type { Finding } from '../../engine/types.js';
import { displayPath, type FileResult } from '../results.js';
import { printable } from '../printable.js';
import type { FormatContext } from './index.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(results: FileResult[], context: FormatContext): string {
  const lines = results.flatMap((result) =>
    result.findings.map((finding) => annotation(printable(displayPath(result.filePath, context.cwd)), finding)),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function annotation(file: string, finding: Finding): string {
  const properties = [
    ['file', file],
    ['line', finding.start.line],
    ['col', finding.start.column],
    ['endLine', finding.end.line],
    ['endColumn', finding.end.column],
    ['title', `partnerlint(${finding.ruleId})`],
  ]
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${COMMAND[finding.severity]} ${properties}::${escapeData(printable(finding.message))}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
