/** The output formats of the command. Each turns the results into the text written to standard output. */
import type { FileResult } from '../results.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  cwd: string;
  /** Use ANSI colours (a terminal, and NO_COLOR not set). */
  color: boolean;
  version: string;
}

const formatters: Record<FormatName, (results: FileResult[], context: FormatContext) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

export function formatResults(name: FormatName, results: FileResult[], context: FormatContext): string {
  return formatters[name](results, context);
}
