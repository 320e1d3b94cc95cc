/**
 * The job summary ($GITHUB_STEP_SUMMARY): GitHub shows only a few annotations per step, so the summary
 * gives the whole picture (counts by rule and by file) and the first findings, each linked to its rule's page.
 */
import path from 'node:path';
import { plural } from '../cli/results.js';
import { DIRECTIVES_DOCS_URL, ruleDocsUrl } from '../engine/docs-url.js';
import type { ReportFile, Tally } from './report.js';

/** Enough to start on; the full list is in the annotations, the log or the SARIF report. */
export const FIRST_FINDINGS = 20;

export interface SummaryContext {
  /** Paths in the summary are relative to it. */
  workspace: string;
  /** `https://github.com/owner/repo/blob/<sha>/`, to link each finding to its line; absent outside GitHub. */
  blobUrl?: string;
}

export function formatSummary(report: ReportFile[], counts: Tally, context: SummaryContext): string {
  const relative = (filePath: string) => relativePath(filePath, context.workspace);
  const lines = ['## partnerlint', '', headline(counts), ''];
  if (counts.byFile.size === 0) return lines.join('\n');

  lines.push('### By rule', '', '| Rule | Errors | Warnings and infos |', '| --- | ---: | ---: |');
  for (const [ruleId, c] of sortByCounts(counts.byRule, (r) => [r.errors, r.others])) {
    lines.push(`| [${ruleId}](${docsUrl(ruleId)}) | ${c.errors} | ${c.others} |`);
  }

  lines.push('', '### By file', '', '| File | Errors | Warnings | Infos |', '| --- | ---: | ---: | ---: |');
  for (const [filePath, c] of sortByCounts(counts.byFile, (f) => [f.errors, f.warnings, f.infos])) {
    lines.push(`| ${code(relative(filePath))} | ${c.errors} | ${c.warnings} | ${c.infos} |`);
  }

  const findings = report.flatMap((file) => file.messages.map((message) => ({ file: relative(file.filePath), message })));
  const shown = findings.slice(0, FIRST_FINDINGS);
  lines.push('', shown.length < findings.length ? `### The first ${shown.length} of ${findings.length} findings` : '### Findings', '');
  lines.push('| Where | Severity | Finding | Rule |', '| --- | --- | --- | --- |');
  for (const { file, message } of shown) {
    const where = `${file}:${message.line}:${message.column}`;
    const place = context.blobUrl ? `[${code(where)}](${context.blobUrl}${encodeURI(file)}#L${message.line})` : code(where);
    const severity = message.severity === 2 ? 'error' : 'warning or info';
    lines.push(`| ${place} | ${severity} | ${cell(message.message)} | [${message.ruleId}](${docsUrl(message.ruleId)}) |`);
  }
  return `${lines.join('\n')}\n`;
}

function headline({ files, total }: Tally): string {
  const checked = files === 1 ? '1 file checked' : `${files} files checked`;
  if (total.errors + total.warnings + total.infos === 0) return `No problems found (${checked}).`;
  return `**${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${plural(total.infos, 'info')}** (${checked}).`;
}

/** Most errors first, then the next counts in turn, then by name, so the worst rule and file lead. */
function sortByCounts<T>(map: Map<string, T>, rank: (counts: T) => number[]): [string, T][] {
  return [...map].sort(([a, x], [b, y]) => {
    const [rx, ry] = [rank(x), rank(y)];
    const differing = rx.findIndex((value, i) => value !== ry[i]);
    return differing >= 0 ? ry[differing] - rx[differing] : a.localeCompare(b);
  });
}

function docsUrl(ruleId: string): string {
  return ruleId === 'unused-directive' ? DIRECTIVES_DOCS_URL : ruleDocsUrl(ruleId);
}

/** Forward slashes on every runner, as in the repository's web pages. */
function relativePath(filePath: string, workspace: string): string {
  return path.relative(workspace, filePath).split(path.sep).join('/');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A table cell: a pipe would end the cell, a line break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
