/** The command from start to exit code: choose files, load their settings, lint (and fix), report. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfigForFile, type LoadOptions } from '../config/index.js';
import { parseCliArgs, UsageError, type CliOptions } from './args.js';
import { checkSource, type CheckOutcome, type CheckTask } from './check-file.js';
import { findFiles } from './find-files.js';
import { formatResults } from './formatters/index.js';
import { helpText } from './help.js';
import { checkFiles } from './pool.js';
import { cacheFilePath, ResultCache } from './cache.js';
import { cacheSecret } from './cache-secret.js';
import { decodeSource, readSourceFile } from './read-source.js';
import { displayPath, plural, totalCounts, type FileResult } from './results.js';
import {
  applySuppressions,
  pruneSuppressions,
  readSuppressions,
  recordFindings,
  SUPPRESSIONS_FILE_NAME,
  SuppressionsError,
  writeSuppressions,
} from './suppressions.js';
import { writeFileAtomic } from './write-atomic.js';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  /** Colours in the stylish format. */
  color: boolean;
  version: string;
  /** The bundle's own path: worker threads run it too (see pool.ts). */
  workerScript: string;
  /** Worker threads to use; undefined lets the pool decide from the number of files and cores. */
  workers?: number;
  /** The terminal's width, to wrap the stylish format to (80 when unknown, as in a CI log). */
  columns?: number;
}

export const EXIT = { clean: 0, findings: 1, trouble: 2 } as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return print(io, helpText(io.version));
    if (options.version) return print(io, `${io.version}\n`);
    if (options.printConfig !== undefined) {
      const config = loadConfigForFile(path.resolve(io.cwd, options.printConfig), loadOptionsOf(options));
      return print(io, `${JSON.stringify(config, null, 2)}\n`);
    }
    return await lintCommand(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`partnerlint: ${error.message}\nRun "partnerlint --help" to see the options.\n`);
    } else if (error instanceof SuppressionsError) {
      io.stderr(`partnerlint: ${error.message}\n`);
    } else if (error instanceof ConfigError) {
      io.stderr(`partnerlint: configuration error in ${error.message}\n`);
    } else {
      io.stderr(`partnerlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT.trouble;
  }
}

/** Notes on standard error; `trouble` remembers whether any of them must turn the exit code to 2. */
class Notes {
  trouble = false;
  constructor(
    private readonly io: CliIo,
    private readonly verboseOn: boolean,
  ) {}
  say(text: string): void {
    this.io.stderr(`partnerlint: ${text}\n`);
  }
  verbose(text: string): void {
    if (this.verboseOn) this.say(text);
  }
  /** A skipped file that was named on the command line deserves a word even without --verbose. */
  skipped(text: string, explicit: boolean): void {
    if (explicit) this.say(text);
    else this.verbose(text);
  }
  problem(text: string): void {
    this.say(text);
    this.trouble = true;
  }
}

/** One document to check: a file, or standard input under a chosen name. */
interface Target {
  filePath: string;
  explicit: boolean;
}

async function lintCommand(options: CliOptions, io: CliIo): Promise<number> {
  const notes = new Notes(io, options.verbose);
  const shown = (file: string): string => displayPath(file, io.cwd);
  const targets = await chooseTargets(options, io, notes);
  const checks = planChecks(targets, options, notes, shown);
  const outcomes = await checkAll(checks, options, io, notes);
  const checked = checks.flatMap((task, index) => collect(task, outcomes[index], options, notes, shown(task.filePath)));
  const results = suppress(checked, options, io, notes);
  report(results, options, io, notes);
  notes.verbose(`checked ${results.length} of ${plural(targets.length, 'file')}`);
  return exitCode(results, options, notes);
}

/**
 * Records findings in, or prunes, the suppressions file when asked; then leaves out the findings it
 * accepts. Entries that accept more than a file has left fail the run, as in ESLint, so that a fixed
 * finding cannot come back unnoticed.
 */
function suppress(results: FileResult[], options: CliOptions, io: CliIo, notes: Notes): FileResult[] {
  const file = path.resolve(io.cwd, options.suppressionsLocation ?? SUPPRESSIONS_FILE_NAME);
  const baseDir = io.cwd;
  let suppressions = readSuppressions(file);
  const recording = options.suppressAll || options.suppressRules.length > 0;
  if (recording || options.pruneSuppressions) {
    suppressions = recording
      ? recordFindings(suppressions, results, baseDir, options.suppressAll ? undefined : options.suppressRules)
      : pruneSuppressions(suppressions, results, baseDir);
    writeSuppressions(file, suppressions);
    notes.say(`updated ${displayPath(file, io.cwd)}: commit it so that only new findings fail`);
  }
  const applied = applySuppressions(results, suppressions, baseDir);
  if (applied.suppressedCount) notes.verbose(`${plural(applied.suppressedCount, 'finding')} left out, as ${displayPath(file, io.cwd)} accepts them`);
  // With --quiet the warnings were never counted, so an entry for them would look unused.
  if (applied.unused.length && !options.quiet && !options.passOnUnprunedSuppressions) {
    notes.problem(
      `${displayPath(file, io.cwd)} accepts findings that are gone (${applied.unused.join('; ')}); run partnerlint --prune-suppressions to record that they were fixed`,
    );
  }
  return applied.results;
}

/** The report goes to standard output, or to --output-file; then the terminal gets the stylish report, so a CI log stays readable. */
function report(results: FileResult[], options: CliOptions, io: CliIo, notes: Notes): void {
  const context = {
    cwd: io.cwd,
    color: io.color,
    version: io.version,
    width: io.columns ?? 80,
    showFixes: options.fixDryRun,
  };
  if (!options.outputFile) {
    io.stdout(formatResults(options.format, results, context));
    return;
  }
  const file = path.resolve(io.cwd, options.outputFile);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, formatResults(options.format, results, { ...context, color: false }));
  } catch (error) {
    notes.problem(`could not write the report to ${displayPath(file, io.cwd)} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  io.stdout(formatResults('stylish', results, context));
}

async function chooseTargets(options: CliOptions, io: CliIo, notes: Notes): Promise<Target[]> {
  if (options.stdin) return [{ filePath: path.resolve(io.cwd, options.stdinFilename ?? '<stdin>'), explicit: true }];
  const found = await findFiles(options.patterns, io.cwd);
  for (const { file, ignoreFile, explicit } of found.ignored) {
    notes.skipped(`skipped ${displayPath(file, io.cwd)}: excluded by ${displayPath(ignoreFile, io.cwd)}`, explicit);
  }
  for (const { file, target } of found.outside) {
    notes.problem(
      `skipped ${displayPath(file, io.cwd)}: it is a symbolic link to ${target}, outside the folders being checked; name that file itself to check it`,
    );
  }
  return found.files.map(({ file, explicit }) => ({ filePath: file, explicit }));
}

/** Settings for each file; files the configuration's `files`/`ignores` leave out are dropped here. */
function planChecks(targets: Target[], options: CliOptions, notes: Notes, shown: (file: string) => string): CheckTask[] {
  const tasks: CheckTask[] = [];
  for (const { filePath, explicit } of targets) {
    const config = loadConfigForFile(filePath, loadOptionsOf(options));
    if (config.ignored) {
      const where = config.configFiles.map(shown).join(', ');
      notes.skipped(`skipped ${shown(filePath)}: excluded by the files/ignores settings in ${where}`, explicit);
      continue;
    }
    tasks.push({
      filePath,
      settings: config.settings,
      fix: options.fix || options.fixDryRun,
      write: options.fix,
      errorsOnly: options.quiet,
    });
  }
  return tasks;
}

async function checkAll(tasks: CheckTask[], options: CliOptions, io: CliIo, notes: Notes): Promise<CheckOutcome[]> {
  if (options.stdin) return Promise.all(tasks.map(async (task) => checkSource(task, decodeSource(await io.readStdin()))));
  // Fixing always works on the file itself, so the cache serves plain checks only.
  if (!options.cache || options.fix || options.fixDryRun) return checkFiles(tasks, io.workerScript, io.workers);

  const cacheFile = cacheFilePath(options.cacheLocation, io.cwd);
  const opened = ResultCache.open(cacheFile, io.workerScript, cacheSecret());
  if ('problem' in opened) {
    notes.say(`not using the cache ${displayPath(cacheFile, io.cwd)}: it ${opened.problem}`);
    return checkFiles(tasks, io.workerScript, io.workers);
  }
  const { cache } = opened;
  const outcomes = tasks.map((task): CheckOutcome | undefined => {
    const read = readSourceFile(task.filePath);
    if ('problem' in read) return { checked: false, problem: read.problem };
    const { text } = read.source;
    const cached = cache.get(task.filePath, cache.key(text, task.settings, task.errorsOnly));
    return cached && { checked: true, ...cached, ruleFailures: [], source: text };
  });
  const missed = outcomes.flatMap((outcome, index) => (outcome ? [] : [index]));
  const fresh = await checkFiles(missed.map((index) => tasks[index]), io.workerScript, io.workers);
  fresh.forEach((outcome, i) => {
    const task = tasks[missed[i]];
    outcomes[missed[i]] = outcome;
    // A rule that failed may not fail next time, and broken frontmatter must be reported every time: only clean results are kept.
    if (outcome.checked && !outcome.ruleFailures.length && !outcome.frontmatterProblem) {
      const key = cache.key(outcome.source, task.settings, task.errorsOnly);
      cache.set(task.filePath, key, { findings: outcome.findings, verdict: outcome.verdict });
    }
  });
  try {
    cache.save();
  } catch (error) {
    notes.say(`could not save the cache ${displayPath(cacheFile, io.cwd)} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return outcomes as CheckOutcome[];
}

/** Turns one file's outcome into its report entry (none when it could not be read) and its notes. */
function collect(task: CheckTask, outcome: CheckOutcome, options: CliOptions, notes: Notes, name: string): FileResult[] {
  if (!outcome.checked) {
    notes.problem(`skipped ${name}: it ${outcome.problem}`);
    return [];
  }
  if (outcome.verdict.kind === null) {
    const reason = outcome.verdict.reason.replace(/^not a partnership document\W*/i, '');
    notes.verbose(`skipped ${name}: not a partnership document (${reason})`);
  } else {
    notes.verbose(`checked ${name} as a partnership ${outcome.verdict.kind} (${outcome.verdict.reason})`);
  }
  if (outcome.frontmatterProblem) {
    notes.problem(
      `${name}: its frontmatter is not valid YAML (${outcome.frontmatterProblem}), so nothing in it was read, not even its type; correct the frontmatter`,
    );
  }
  for (const failure of outcome.ruleFailures) {
    const detail = options.verbose ? failure.error : failure.error.split('\n')[0];
    notes.problem(`rule ${failure.ruleId} failed on ${name}: ${detail}`);
  }
  if (outcome.writeError) notes.problem(`could not write the fixes to ${name}: ${outcome.writeError}`);
  const { findings, source, output, original } = outcome;
  return [{ filePath: task.filePath, findings, source, ...(output !== undefined ? { output, original } : {}) }];
}

function exitCode(results: FileResult[], options: CliOptions, notes: Notes): number {
  if (notes.trouble) return EXIT.trouble;
  const counts = totalCounts(results);
  if (counts.errors) return EXIT.findings;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    notes.say(`${plural(counts.warnings, 'warning')} found, more than --max-warnings ${options.maxWarnings} allows`);
    return EXIT.findings;
  }
  return EXIT.clean;
}

function loadOptionsOf(options: CliOptions): LoadOptions {
  return { configFile: options.config, ruleOverrides: options.ruleOverrides };
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return EXIT.clean;
}
