/** The CI formats (GitLab Code Quality, JUnit), --output-file, and how the terminal report reads. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, makeProject, parseJsonReport, runCli } from './cli-helpers.js';

const projects: string[] = [];
function project(files: Record<string, string | Buffer | object> = {}): string {
  const dir = makeProject({ 'agreement.md': fixture('discharge-agreement.md'), 'README.md': fixture('README.md'), ...files });
  projects.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}
const gitlabReport = (dir: string): CodeQualityIssue[] => JSON.parse(runCli(['--format', 'gitlab'], { cwd: dir }).stdout) as CodeQualityIssue[];

describe('--format gitlab', () => {
  it('writes a Code Quality report whose fingerprints survive a second run and lines moving', () => {
    const dir = project();
    const first = gitlabReport(dir);
    expect(first.length).toBeGreaterThan(0);
    for (const issue of first) {
      expect(issue).toMatchObject({ location: { path: 'agreement.md', lines: { begin: expect.any(Number) } } });
      expect(issue.description).toEqual(expect.any(String));
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
    }
    expect(first.find((issue) => issue.check_name === 'vague-aim')).toMatchObject({ severity: 'major', location: { lines: { begin: 19 } } });
    // Two vague aims, with different slogans: two different fingerprints.
    expect(new Set(first.map((issue) => issue.fingerprint)).size).toBe(first.length);
    expect(gitlabReport(dir)).toEqual(first);

    const text = readFileSync(path.join(dir, 'agreement.md'), 'utf8');
    writeFileSync(path.join(dir, 'agreement.md'), text.replace('## Purpose', 'Signed at the board meeting.\n\n## Purpose'));
    const moved = gitlabReport(dir);
    expect(moved.find((issue) => issue.check_name === 'vague-aim')!.location.lines.begin).toBe(21);
    expect(moved.map((issue) => issue.fingerprint).sort()).toEqual(first.map((issue) => issue.fingerprint).sort());
  });
});

describe('--format junit', () => {
  it('passes the JUnit schema GitLab and Jenkins read: one suite per file, one failed case per finding', async () => {
    const dir = project();
    const run = runCli(['--format', 'junit'], { cwd: dir });
    expect(run.status).toBe(1);
    const schema = readFileSync(path.join(__dirname, 'support/junit.xsd'), 'utf8');
    const validation = await validateXML({ xml: [{ fileName: 'report.xml', contents: run.stdout }], schema: [schema] });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    const suites = [...run.stdout.matchAll(/<testsuite [^>]* name="([^"]+)"[^>]* tests="(\d+)" failures="(\d+)"/g)];
    expect(suites.map((suite) => suite[1]).sort()).toEqual(['README.md', 'agreement.md']);
    const agreement = suites.find((suite) => suite[1] === 'agreement.md')!;
    const findings = parseJsonReport(runCli(['--format', 'json', 'agreement.md'], { cwd: dir }))[0].messages.length;
    expect([Number(agreement[2]), Number(agreement[3])]).toEqual([findings, findings]);
    // A clean file is one passing case; the quotes of a buzzword message are escaped, not dropped.
    expect(run.stdout).toMatch(/<testcase name="no problems" classname="README.md" time="0"\/>/);
    expect(run.stdout).toContain('&quot;synergy&quot;');
  });
});

describe('--output-file', () => {
  it('writes the chosen format to the file and the stylish report to the terminal', () => {
    const dir = project();
    const run = runCli(['--format', 'gitlab', '-o', 'reports/gl-code-quality.json'], { cwd: dir });
    expect(run.status).toBe(1);
    const written = JSON.parse(readFileSync(path.join(dir, 'reports/gl-code-quality.json'), 'utf8')) as CodeQualityIssue[];
    expect(written).toEqual(gitlabReport(dir));
    expect(run.stdout).toMatch(/^\nagreement\.md\n/);
    expect(run.stdout).toMatch(/✖ \d+ problems/);
  });

  it('exits 2 when the report cannot be written', () => {
    const dir = project({ 'taken/file': 'a file where a folder is needed' });
    const run = runCli(['--format', 'json', '--output-file', 'taken/file/report.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/could not write the report to taken\/file\/report\.json/);
  });
});

describe('the stylish format in a CI log', () => {
  it('wraps messages to 80 columns, or to COLUMNS, with no padding after them', () => {
    const dir = project();
    const narrow = runCli([], { cwd: dir }).stdout.split('\n');
    expect(Math.max(...narrow.map((line) => line.length))).toBeLessThanOrEqual(80);
    for (const line of narrow) expect(line).not.toMatch(/\s$/);
    // A continuation line lines up under its message.
    const first = narrow.findIndex((line) => /^\s+6:\d+\s+error\s+/.test(line));
    const messageColumn = narrow[first].search(/error\s+\S/) + narrow[first].slice(narrow[first].search(/error/)).search(/\s\S/) + 1;
    expect(narrow[first + 1].search(/\S/)).toBe(messageColumn);

    const wide = runCli([], { cwd: dir, env: { COLUMNS: '200' } }).stdout.split('\n');
    expect(Math.max(...wide.map((line) => line.length))).toBeGreaterThan(80);
    expect(wide.length).toBeLessThan(narrow.length);
  });

  it('--fix-dry-run shows what --fix would change, as a diff, and writes nothing', () => {
    const dir = project();
    const before = readFileSync(path.join(dir, 'agreement.md'), 'utf8');
    const run = runCli(['--fix-dry-run'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'agreement.md'), 'utf8')).toBe(before);
    expect(run.stdout).toContain('  --- agreement.md\n  +++ agreement.md (with the fixes)\n  @@ ');
    expect(run.stdout).toContain('  -Going forward, the partners will find synergy in how people leave hospital.\n');
    expect(run.stdout).toContain('  +From now on, the partners will find combined benefit in how people leave hospital.\n');
  });
});

describe('command-line details', () => {
  it('--max-warnings -1 means no limit, as in ESLint; other negative numbers are refused in plain words', () => {
    const dir = project({ '.partnerlintrc.json': { root: true, rules: { 'vague-aim': 'warning', 'missing-accountability': 'off', 'decision-making-unclear': 'off', 'no-outcome-measures': 'off', 'no-review-or-exit': 'off', 'no-user-involvement': 'off' } } });
    expect(runCli(['--max-warnings', '-1'], { cwd: dir }).status).toBe(0);
    expect(runCli(['--max-warnings=-1'], { cwd: dir }).status).toBe(0);
    const refused = runCli(['--max-warnings', '-2'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('"-2" is not a whole number (use -1 for no limit)');
  });

  it('says "1 warning", not "1 warnings", and counts warnings in JSON as --max-warnings does', () => {
    const only = (rule: string) => ({ root: true, rules: Object.fromEntries(['decision-making-unclear', 'frontline-staff-not-engaged', 'missing-accountability', 'no-outcome-measures', 'no-review-or-exit', 'no-user-involvement', 'resources-only-money', 'vague-aim', 'buzzword'].map((id) => [id, id === rule ? 'warning' : 'info'])) });
    const dir = project({ '.partnerlintrc.json': only('resources-only-money') });
    const run = runCli(['--max-warnings', '0'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 warning found, more than --max-warnings 0 allows');
    expect(run.stdout).toMatch(/\(0 errors, 1 warning, \d+ infos\)/);
    const [agreement] = parseJsonReport(runCli(['--format', 'json', 'agreement.md'], { cwd: dir }));
    expect(agreement.warningCount).toBe(1);
    expect(agreement.infoCount).toBeGreaterThan(0);
    expect(runCli(['--max-warnings', String(agreement.warningCount)], { cwd: dir }).status).toBe(0);
  });

  it('explains a wrong option type in plain words', () => {
    const dir = project({ '.partnerlintrc.json': { root: true, rules: { 'partner-sprawl': ['warning', { maxPartners: 'several' }] } } });
    const run = runCli([], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('rules.partner-sprawl[1].maxPartners: must be a whole number or null (found "several")');
  });
});
