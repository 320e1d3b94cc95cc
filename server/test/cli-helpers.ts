/** Runs the built `partnerlint` command on real temporary folders. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../out/cli.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../test-fixtures/cli/', import.meta.url));

export const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    // No COLUMNS: the stylish format wraps to 80 columns, as in a CI log, unless a test sets it.
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    // A run that hangs fails its test (status null) instead of blocking the whole test run.
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temporary project: a git root (so ignore files above it don't apply) with a root configuration
 * (so configuration above it doesn't either), plus `files` (objects are written as JSON).
 */
export function makeProject(files: Record<string, string | Buffer | object>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-cli-'));
  mkdirSync(path.join(dir, '.git'));
  writeProjectFiles(dir, { '.partnerlintrc.json': { root: true }, ...files });
  return dir;
}

export function writeProjectFiles(dir: string, files: Record<string, string | Buffer | object>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    const data = typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2);
    writeFileSync(file, data);
  }
}

/** The ESLint-shaped JSON report. */
export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}
export interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  infoCount: number;
  fixableInfoCount: number;
  output?: string;
}

export function parseJsonReport(run: CliRun): JsonFile[] {
  try {
    return JSON.parse(run.stdout) as JsonFile[];
  } catch {
    throw new Error(`not a JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}
