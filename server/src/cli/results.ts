/** What the command learnt about each checked file, as every output format reads it. */
import path from 'node:path';
import type { Finding } from '../engine/types.js';

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Sorted by position, offsets into `source`. */
  findings: Finding[];
  /** The text the findings refer to (after fixes, when fixing). */
  source: string;
  /** The fixed text, present only when fixing changed the file. */
  output?: string;
  /** The text before fixing, present with `output`. */
  original?: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixableInfos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixableInfos: 0 };
  const [total, fixable] = [
    { error: 'errors', warning: 'warnings', info: 'infos' },
    { error: 'fixableErrors', warning: 'fixableWarnings', info: 'fixableInfos' },
  ] as const;
  for (const finding of findings) {
    counts[total[finding.severity]]++;
    if (finding.fix) counts[fixable[finding.severity]]++;
  }
  return counts;
}

export function totalCounts(results: readonly FileResult[]): Counts {
  return countFindings(results.flatMap((result) => result.findings));
}

/** Paths as a person reads them: relative to the working folder when inside it, with `/`. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return inside ? relative.split(path.sep).join('/') : filePath;
}

/** "1 warning", "2 warnings". */
export function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : many}`;
}
