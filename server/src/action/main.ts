/**
 * Entry point of the GitHub Action (action.yml; bundled to out/action.js beside out/cli.js). It runs the
 * bundled command: once for the JSON report behind the job summary and the step's outputs, once in the
 * chosen format for the log (annotations, by default) and the step's result, and once more for SARIF if asked.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commonArgs, logArgs, readInputs } from './inputs.js';
import { tally, type ReportFile } from './report.js';
import { formatSummary } from './summary.js';

const CLI = path.join(__dirname, 'cli.js');
/** The command's exit code when something stopped the check (a bad option, a broken configuration). */
const STOPPED = 2;

process.exitCode = main(process.env);

function main(env: NodeJS.ProcessEnv): number {
  const inputs = readInputs(env);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const cli = (args: string[], options: SpawnSyncOptions) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, maxBuffer: 256 * 1024 * 1024, ...options });

  const json = cli(['--format', 'json', ...commonArgs(inputs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (json.status !== 0 && json.status !== 1) {
    // The log run below says what went wrong, in the command's own words.
    return cli(logArgs(inputs), { stdio: 'inherit' }).status ?? STOPPED;
  }
  const report = JSON.parse(json.stdout as string) as ReportFile[];
  const counts = tally(report);

  const log = cli(logArgs(inputs), { stdio: 'inherit' });

  if (inputs.sarif) {
    const sarif = cli(['--format', 'sarif', ...commonArgs(inputs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const target = path.resolve(workspace, inputs.sarif);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, sarif.stdout as string);
  }

  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, formatSummary(report, counts, { workspace, blobUrl: blobUrl(env) }));
  if (env.GITHUB_OUTPUT) {
    const { errors, warnings, infos } = counts.total;
    const outputs = { 'error-count': errors, 'warning-count': warnings, 'info-count': infos, 'sarif-file': inputs.sarif ?? '' };
    appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
  }
  return log.status ?? STOPPED;
}

function blobUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_SHA ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/` : undefined;
}
