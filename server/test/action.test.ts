/** The GitHub Action's entry point (out/action.js), run as GitHub runs a step: its inputs and files in the environment. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';
import { makeProject, parseJsonReport, runCli } from './cli-helpers.js';

const ACTION = fileURLToPath(new URL('../out/action.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../test-fixtures/examples/', import.meta.url));
const example = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');

interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs the step in `workspace` with `inputs` as GitHub passes them (INPUT_<NAME>), and reads back what it wrote. */
function runStep(workspace: string, inputs: Record<string, string>): StepRun {
  const files = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-runner-'));
  const summaryFile = path.join(files, 'step_summary');
  const outputFile = path.join(files, 'output');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB|INPUT)_/.test(name)));
  const run = spawnSync(process.execPath, [ACTION], {
    cwd: files, // GitHub starts steps in the workspace; the entry point must not rely on that
    encoding: 'utf8',
    env: {
      ...inherited,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'northshire/partnerships',
      GITHUB_SHA: '0123abc',
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    },
    timeout: 120_000,
  });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const outputs = Object.fromEntries(
    read(outputFile)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('=', 2) as [string, string]),
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary: read(summaryFile), outputs };
}

describe('the GitHub Action', () => {
  it('annotates findings, fails the step on errors, and sums them up by rule and by file', () => {
    const workspace = makeProject({
      'Partnership agreements/weak-agreement.md': example('weak-agreement.md'),
      'strategies/good-strategy.md': example('good-strategy.md'),
      'notes/weak-strategy.md': example('weak-strategy.md'),
    });
    const run = runStep(workspace, { paths: 'Partnership agreements\nstrategies\n' });

    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^::error file=Partnership agreements\/weak-agreement\.md,line=\d+,.*title=partnerlint\(vague-aim\)::/m);
    expect(run.stdout).not.toContain('notes/');

    const report = parseJsonReport(runCli(['--format', 'json', 'Partnership agreements', 'strategies'], { cwd: workspace }));
    const errors = sum(report.map((file) => file.errorCount));
    const warnings = sum(report.map((file) => file.warningCount));
    const infos = sum(report.map((file) => file.messages.length)) - errors - warnings;
    expect(errors).toBeGreaterThan(0);
    expect(infos).toBeGreaterThan(0);
    expect(run.outputs).toEqual({ 'error-count': `${errors}`, 'warning-count': `${warnings}`, 'info-count': `${infos}`, 'sarif-file': '' });

    expect(run.summary).toContain(`**${errors} errors, ${warnings} warnings, ${infos} infos** (2 files checked).`);
    expect(run.summary).toContain('### By rule');
    expect(run.summary).toMatch(/^\| \[vague-aim\]\(https:\/\/github\.com\/partnerlint\/partnerlint\/blob\/main\/docs\/rules\/vague-aim\.md\) \| 2 \| 0 \|$/m);
    expect(run.summary).toMatch(/^\| `Partnership agreements\/weak-agreement\.md` \| \d+ \| \d+ \| \d+ \|$/m);
    expect(run.summary).not.toContain('good-strategy.md');
    // Each finding links to its line at the commit checked.
    expect(run.summary).toContain(
      '(https://github.com/northshire/partnerships/blob/0123abc/Partnership%20agreements/weak-agreement.md#L16) | error | This aim rests on the slogan',
    );
  });

  it('lists only the first findings when there are many', () => {
    const workspace = makeProject({ 'weak-agreement.md': example('weak-agreement.md'), 'weak-strategy.md': example('weak-strategy.md') });
    const run = runStep(workspace, {});
    const total = findingsCount(run);
    expect(total).toBeGreaterThan(20);
    expect(run.summary).toContain(`### The first 20 of ${total} findings`);
    expect(run.summary.match(/^\| \[`weak-/gm)).toHaveLength(20);
  });

  it('passes a clean repository, and says so', () => {
    const workspace = makeProject({ 'good-agreement.md': example('good-agreement.md'), 'good-strategy.md': example('good-strategy.md') });
    const run = runStep(workspace, {});
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain('No problems found (2 files checked).');
    expect(run.outputs).toMatchObject({ 'error-count': '0', 'warning-count': '0', 'info-count': '0' });
  });

  it('fails on warnings only beyond max-warnings, and prints the chosen format', () => {
    const workspace = makeProject({ 'weak-agreement.md': example('weak-agreement.md'), '.partnerlintrc.json': { root: true, extends: 'recommended', rules: allErrorsOff() } });
    expect(runStep(workspace, {}).status).toBe(0);
    const strict = runStep(workspace, { 'max-warnings': '0', format: 'stylish' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('weak-agreement.md');
    expect(strict.stdout).not.toContain('::warning');
  });

  it('writes a SARIF report where asked', () => {
    const workspace = makeProject({ 'weak-agreement.md': example('weak-agreement.md') });
    const run = runStep(workspace, { sarif: 'reports/partnerlint.sarif' });
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports', 'partnerlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(findingsCount(run));
    expect(run.outputs['sarif-file']).toBe('reports/partnerlint.sarif');
  });

  it('stops with the command’s own message when the configuration cannot be used', () => {
    const workspace = makeProject({ 'weak-agreement.md': example('weak-agreement.md') });
    const run = runStep(workspace, { config: 'missing.json' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.json');
    expect(run.summary).toBe('');
  });
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function findingsCount(run: StepRun): number {
  return sum(['error-count', 'warning-count', 'info-count'].map((name) => Number(run.outputs[name])));
}

/** Every rule whose findings are errors by default turned down to a warning, so only warnings remain. */
function allErrorsOff(): Record<string, string> {
  return Object.fromEntries(allRules.filter((rule) => rule.meta.defaultSeverity === 'error').map((rule) => [rule.meta.id, 'warning']));
}
