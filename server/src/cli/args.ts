/** Reads the command line into options; anything wrong is a UsageError (exit code 2). */
import { parseArgs } from 'node:util';
import type { SeveritySetting } from '../engine/types.js';
import { normalizeSeverity, SEVERITIES } from '../config/index.js';
import { findRule } from '../rules/index.js';
import { FORMAT_NAMES, type FormatName } from './formatters/index.js';

export class UsageError extends Error {}

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  /** Undefined: no limit. */
  maxWarnings: number | undefined;
  /** Write the report in `format` to this file; the terminal then gets the stylish report. */
  outputFile: string | undefined;
  suppressAll: boolean;
  suppressRules: string[];
  pruneSuppressions: boolean;
  passOnUnprunedSuppressions: boolean;
  suppressionsLocation: string | undefined;
  config: string | undefined;
  ruleOverrides: Record<string, SeveritySetting>;
  stdin: boolean;
  stdinFilename: string | undefined;
  printConfig: string | undefined;
  quiet: boolean;
  verbose: boolean;
  cache: boolean;
  /** The cache file, or a folder to keep .partnerlintcache in (default: the current folder). */
  cacheLocation: string | undefined;
  help: boolean;
  version: boolean;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        'suppress-all': { type: 'boolean', default: false },
        'suppress-rule': { type: 'string', multiple: true, default: [] },
        'prune-suppressions': { type: 'boolean', default: false },
        'pass-on-unpruned-suppressions': { type: 'boolean', default: false },
        'suppressions-location': { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true, default: [] },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        verbose: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    patterns: positionals,
    format: parseFormat(values.format),
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    outputFile: values['output-file'],
    suppressAll: values['suppress-all'],
    suppressRules: values['suppress-rule'].map((id) => parseRuleId(id, '--suppress-rule')),
    pruneSuppressions: values['prune-suppressions'],
    passOnUnprunedSuppressions: values['pass-on-unpruned-suppressions'],
    suppressionsLocation: values['suppressions-location'],
    config: values.config,
    ruleOverrides: Object.fromEntries(values.rule.map(parseRuleOverride)),
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
    printConfig: values['print-config'],
    quiet: values.quiet,
    verbose: values.verbose,
    cache: values.cache,
    cacheLocation: values['cache-location'],
    help: values.help,
    version: values.version,
  };
  checkCombinations(options);
  return options;
}

/**
 * `--max-warnings -1` means no limit, as in ESLint; parseArgs would read "-1" as an option of its own,
 * so the pair is joined into `--max-warnings=-1` first.
 */
function joinNegativeValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...joined, ...argv.slice(i)];
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) joined.push(`--max-warnings=${argv[++i]}`);
    else joined.push(argv[i]);
  }
  return joined;
}

function parseFormat(value: string): FormatName {
  if ((FORMAT_NAMES as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError(`--format: "${value}" is not a format (use ${FORMAT_NAMES.join(', ')})`);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined || value === '-1') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings: "${value}" is not a whole number (use -1 for no limit)`);
  return Number(value);
}

/** "vague-aim:error" -> ["vague-aim", "error"]; ESLint's "warn", 0, 1 and 2 are accepted as in configuration. */
function parseRuleOverride(value: string): [string, SeveritySetting] {
  const at = value.lastIndexOf(':');
  const [id, severity] = at === -1 ? [value, ''] : [value.slice(0, at).trim(), value.slice(at + 1).trim()];
  parseRuleId(id, `--rule ${value}`);
  const normal = normalizeSeverity(severity);
  if (!(SEVERITIES as readonly string[]).includes(normal)) {
    throw new UsageError(`--rule ${value}: write it as ${id}:SEVERITY, with off, info, warning or error`);
  }
  return [id, normal];
}

function parseRuleId(id: string, option: string): string {
  if (!findRule(id)) throw new UsageError(`${option}: "${id}" is not a partnerlint rule`);
  return id;
}

function checkCombinations(options: CliOptions): void {
  if (options.fix && options.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (options.stdin && options.patterns.length) throw new UsageError('--stdin reads one document: give no paths with it');
  if (options.cacheLocation !== undefined && !options.cache) throw new UsageError('--cache-location needs --cache');
  if (options.stdin && options.fix) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run');
  const suppressing = [
    options.suppressAll && '--suppress-all',
    options.suppressRules.length > 0 && '--suppress-rule',
    options.pruneSuppressions && '--prune-suppressions',
  ].filter((flag): flag is string => Boolean(flag));
  if (suppressing.length > 1) throw new UsageError(`use one of ${suppressing.join(', ')} at a time`);
  if (suppressing.length && options.stdin) throw new UsageError(`${suppressing[0]} records the findings of files: it cannot be used with --stdin`);
}
