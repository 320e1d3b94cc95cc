/** The output formats of the command. Each turns the results into the text of a report. */
import type { FileResult } from '../results.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  cwd: string;
  /** Use ANSI colours (a terminal, and NO_COLOR not set). */
  color: boolean;
  version: string;
  /** Columns to wrap the stylish format to. */
  width: number;
  /** Show what fixing changed, as a diff (--fix-dry-run in the stylish format). */
  showFixes: boolean;
}

const formatters: Record<FormatName, (results: FileResult[], context: FormatContext) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  junit: formatJunit,
};

export function formatResults(name: FormatName, results: FileResult[], context: FormatContext): string {
  return formatters[name](results, context);
}
