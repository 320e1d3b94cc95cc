import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import { allRules } from '../src/rules/index.js';
import { fixture, makeProject, parseJsonReport, runCli } from './cli-helpers.js';

const serverPackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const projects: string[] = [];
function project(files: Record<string, string | Buffer | object> = {}): string {
  const dir = makeProject({ 'agreement.md': fixture('discharge-agreement.md'), 'README.md': fixture('README.md'), ...files });
  projects.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every rule at one severity, so a test knows which exit code to expect whatever the rules find. */
const allRulesAt = (severity: string) => ({
  root: true,
  rules: Object.fromEntries(allRules.map((rule) => [rule.meta.id, severity])),
});

describe('help and usage', () => {
  it('prints help and the version', () => {
    const help = runCli(['--help'], { cwd: os.tmpdir() });
    expect(help.status).toBe(0);
    for (const flag of ['--format', '--fix', '--fix-dry-run', '--max-warnings', '--config', '--rule', '--stdin', '--print-config', '--quiet', '--verbose']) {
      expect(help.stdout).toContain(flag);
    }
    const version = runCli(['--version'], { cwd: os.tmpdir() });
    expect(version).toMatchObject({ status: 0, stdout: `${serverPackage.version}\n` });
  });

  it.each([
    [['--no-such-flag'], /--no-such-flag/],
    [['--format', 'xml'], /"xml" is not a format/],
    [['--rule', 'vage-aim:error'], /"vage-aim" is not a partnerlint rule/],
    [['--rule', 'buzzword'], /buzzword:SEVERITY/],
    [['--max-warnings', 'ten'], /"ten" is not a whole number/],
    [['--fix', '--fix-dry-run'], /--fix or --fix-dry-run/],
    [['--stdin', '--fix'], /use --fix-dry-run/],
    [['no-such-file.md'], /no files match "no-such-file\.md"/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const run = runCli(args, { cwd: project() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('formats', () => {
  it('stylish: a header per file, aligned finding lines, a summary, and no colour when not a terminal', () => {
    // Wide enough that no message wraps (wrapping is tested in cli-formats.test.ts).
    const run = runCli(['--rule', 'buzzword:error'], { cwd: project(), env: { COLUMNS: '400' } });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('agreement.md');
    expect(run.stdout).not.toContain('README.md');
    const findingLines = lines.filter((line) => /^\s+\d+:\d+\s/.test(line));
    expect(findingLines.length).toBeGreaterThan(0);
    for (const line of findingLines) expect(line).toMatch(/^\s+\d+:\d+\s+(error|warning|info)\s+\S.*\s{2}[a-z-]+$/);
    // Both buzzwords are on line 15, one finding for the line, an error at --rule buzzword:error.
    expect(findingLines.filter((line) => /^\s+15:\d+\s+error\s+.*buzzword$/.test(line))).toHaveLength(1);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?(, \d+ infos?)?\)/);
    expect(run.stdout).toMatch(/can be fixed with the `--fix` option/);
    expect(run.stdout).not.toContain('\u001b[');
    const coloured = runCli(['--rule', 'buzzword:error'], { cwd: project(), env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31merror');
  });

  it('stylish prints nothing for clean files', () => {
    const run = runCli(['README.md'], { cwd: project() });
    expect(run).toMatchObject({ status: 0, stdout: '' });
  });

  it('json: ESLint\'s shape, with counts that match the messages', () => {
    const dir = project();
    const report = parseJsonReport(runCli(['--format', 'json'], { cwd: dir }));
    expect(report.map((file) => file.filePath).sort()).toEqual([path.join(dir, 'README.md'), path.join(dir, 'agreement.md')]);
    const readme = report.find((file) => file.filePath.endsWith('README.md'));
    expect(readme).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    const agreement = report.find((file) => file.filePath.endsWith('agreement.md'))!;
    const text = readFileSync(path.join(dir, 'agreement.md'), 'utf8');
    expect(agreement.messages.length).toBeGreaterThan(0);
    for (const message of agreement.messages) {
      expect(Object.keys(message)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
      expect([1, 2]).toContain(message.severity);
      expect(message.endLine * 1e6 + message.endColumn).toBeGreaterThanOrEqual(message.line * 1e6 + message.column);
      if (message.fix) expect(message.fix.range[1]).toBeLessThanOrEqual(text.length);
      for (const suggestion of message.suggestions ?? []) expect(suggestion.desc).toEqual(expect.any(String));
    }
    expect(agreement.errorCount).toBe(agreement.messages.filter((m) => m.severity === 2).length);
    // Info findings are severity 1 as in ESLint, but, as for --max-warnings, they are counted apart.
    expect(agreement.warningCount + agreement.infoCount).toBe(agreement.messages.filter((m) => m.severity === 1).length);
    // "Going forward, the partners will find synergy ...": one finding for the line, one fix for both phrases.
    const [buzzwords] = agreement.messages.filter((m) => m.ruleId === 'buzzword');
    expect(text.slice(...buzzwords.fix!.range)).toBe('Going forward, the partners will find synergy');
    expect(buzzwords.fix!.text).toBe('From now on, the partners will find combined benefit');
    expect(agreement.fixableErrorCount + agreement.fixableWarningCount + agreement.fixableInfoCount).toBe(agreement.messages.filter((m) => m.fix).length);
  });

  it('json --quiet keeps errors only', () => {
    const report = parseJsonReport(runCli(['--format', 'json', '--quiet', '--rule', 'buzzword:error', '--rule', 'vague-aim:warning'], { cwd: project() }));
    const messages = report.flatMap((file) => file.messages);
    expect(messages.some((m) => m.ruleId === 'buzzword')).toBe(true);
    expect(messages.every((m) => m.severity === 2)).toBe(true);
    expect(messages.some((m) => m.ruleId === 'vague-aim')).toBe(false);
  });

  it('sarif: passes Microsoft\'s SARIF validator and carries rule metadata', () => {
    const dir = project({ 'plans/joint plan.md': fixture('discharge-agreement.md') });
    const run = runCli(['--format', 'sarif'], { cwd: dir });
    expect(run.status).toBe(1);
    const sarifFile = path.join(dir, 'out.sarif');
    writeFileSync(sarifFile, run.stdout);
    const multitool = path.resolve(__dirname, '../../node_modules/.bin/sarif-multitool');
    const validatorReport = path.join(dir, 'report.sarif');
    execFileSync(multitool, ['validate', sarifFile, '-o', validatorReport], { stdio: 'pipe', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    const problems = JSON.parse(readFileSync(validatorReport, 'utf8')).runs[0].results as { ruleId: string; level?: string; message: { text?: string } }[];
    // A result's level defaults to warning; the log must draw no error and no warning.
    expect(problems.map((p) => `${p.level ?? 'warning'} ${p.ruleId}: ${p.message.text}`)).toEqual([]);

    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'partnerlint', version: serverPackage.version, informationUri: expect.stringMatching(/^https:/) });
    for (const rule of allRules) {
      const descriptor = driver.rules.find((r: { id: string }) => r.id === rule.meta.id);
      expect(descriptor).toMatchObject({ shortDescription: { text: rule.meta.description }, helpUri: ruleDocsUrl(rule.meta.id) });
      expect(['error', 'warning', 'note']).toContain(descriptor.defaultConfiguration.level);
    }
    const results = log.runs[0].results as { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[]; fixes?: unknown[] }[];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(['agreement.md', 'plans/joint%20plan.md']).toContain(artifactLocation.uri);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region).toEqual({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
    }
    expect(results.some((result) => result.ruleId === 'buzzword' && result.fixes?.length)).toBe(true);
  });

  it('github: one workflow command per finding, with properties escaped', () => {
    const dir = project({ 'a,b: notes.md': fixture('discharge-agreement.md') });
    const run = runCli(['--format', 'github', 'a,b: notes.md', '--rule', 'buzzword:error'], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=a%2Cb%3A notes\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=partnerlint\([a-z-]+\)::\S/);
    }
    expect(lines.filter((line) => line.startsWith('::error') && line.includes('title=partnerlint(buzzword)'))).toHaveLength(1);
  });
});

describe('exit codes', () => {
  it('exits 0 when there are only warnings, and 1 when they exceed --max-warnings', () => {
    const dir = project({ '.partnerlintrc.json': allRulesAt('warning') });
    const relaxed = runCli(['--format', 'json'], { cwd: dir });
    expect(relaxed.status).toBe(0);
    const warnings = parseJsonReport(relaxed).reduce((sum, file) => sum + file.warningCount, 0);
    expect(warnings).toBeGreaterThan(0);
    expect(runCli(['--max-warnings', String(warnings)], { cwd: dir }).status).toBe(0);
    const strict = runCli(['--max-warnings', String(warnings - 1)], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`more than --max-warnings ${warnings - 1}`);
  });

  it('never counts info findings as warnings', () => {
    const dir = project({ '.partnerlintrc.json': allRulesAt('info') });
    expect(runCli(['--max-warnings', '0'], { cwd: dir }).status).toBe(0);
  });

  it('exits 1 on an error-level finding', () => {
    expect(runCli(['--rule', 'buzzword:error'], { cwd: project() }).status).toBe(1);
  });

  it('exits 0 with every rule turned off', () => {
    const run = runCli([], { cwd: project({ '.partnerlintrc.json': allRulesAt('off') }) });
    expect(run).toMatchObject({ status: 0, stdout: '' });
  });
});

describe('configuration', () => {
  it('exits 2 on a broken JSON configuration, naming the file', () => {
    const run = runCli([], { cwd: project({ '.partnerlintrc.json': '{ "root": true, "rules": { ' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.partnerlintrc\.json: is not valid JSON/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an invalid severity, naming the file and the key', () => {
    const run = runCli([], { cwd: project({ 'sub/.partnerlintrc.yaml': 'rules:\n  vague-aim: eror\n', 'sub/plan.md': fixture('discharge-agreement.md') }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sub/.partnerlintrc.yaml: rules.vague-aim: "eror" is not a severity (use off, info, warning or error)');
  });

  it('uses --config instead of discovered files, and --rule over both', () => {
    const dir = project({ 'team.json': allRulesAt('off') });
    expect(runCli(['--config', 'team.json'], { cwd: dir }).stdout).toBe('');
    const report = parseJsonReport(runCli(['--config', 'team.json', '--rule', 'buzzword:warning', '--format', 'json'], { cwd: dir }));
    expect(new Set(report.flatMap((f) => f.messages.map((m) => m.ruleId)))).toEqual(new Set(['buzzword']));
  });

  it('--print-config shows the settings that apply to a file', () => {
    const dir = project({
      '.partnerlintrc.json': { root: true, extends: 'strict', kinds: { 'agreements/*.md': 'agreement' }, partners: { 'Riverside County Council': ['RCC'] } },
    });
    const run = runCli(['--print-config', 'agreements/x.md', '--rule', 'vague-aim:off'], { cwd: dir });
    expect(run.status).toBe(0);
    const config = JSON.parse(run.stdout);
    expect(config).toMatchObject({
      ignored: false,
      configFiles: [path.join(dir, '.partnerlintrc.json')],
      settings: { kind: 'agreement', partners: { 'Riverside County Council': ['RCC'] } },
    });
    expect(config.settings.rules['vague-aim']).toEqual({ severity: 'off' });
    expect(config.settings.rules['no-review-or-exit']).toEqual({ severity: 'error' });
  });

  it('gives a document its kind from a configured glob', () => {
    const notes = '# Discharge notes\n\nGoing forward we will look for synergy.\n';
    const dir = project({ 'agreements/notes.md': notes, 'other/notes.md': notes, '.partnerlintrc.json': { root: true, kinds: { 'agreements/**': 'agreement' } } });
    const report = parseJsonReport(runCli(['--format', 'json'], { cwd: dir }));
    const byPath = (suffix: string) => report.find((file) => file.filePath.endsWith(suffix))!;
    expect(byPath(path.join('agreements', 'notes.md')).messages.some((m) => m.ruleId === 'buzzword')).toBe(true);
    expect(byPath(path.join('other', 'notes.md')).messages).toEqual([]);
  });
});

describe('standard input', () => {
  it('lints standard input under --stdin-filename', () => {
    const dir = project();
    const run = runCli(['--stdin', '--stdin-filename', 'drafts/plan.md', '--format', 'json'], { cwd: dir, input: fixture('discharge-agreement.md') });
    const report = parseJsonReport(run);
    expect(report).toHaveLength(1);
    expect(report[0].filePath).toBe(path.join(dir, 'drafts', 'plan.md'));
    expect(report[0].messages.some((m) => m.ruleId === 'buzzword')).toBe(true);
  });

  it('--fix-dry-run on standard input returns the fixed text as output', () => {
    const input = fixture('discharge-agreement.md');
    const report = parseJsonReport(runCli(['--stdin', '--fix-dry-run', '--format', 'json'], { cwd: project(), input }));
    expect(report[0].output).toBeDefined();
    expect(report[0].output).not.toMatch(/going forward|synergy/i);
    expect(report[0].messages.some((m) => m.ruleId === 'buzzword')).toBe(false);
  });

  it('applies the configuration the file name selects', () => {
    const dir = project({ '.partnerlintrc.json': { root: true, ignores: ['drafts/**'] } });
    const run = runCli(['--stdin', '--stdin-filename', 'drafts/plan.md', '--format', 'json'], { cwd: dir, input: fixture('discharge-agreement.md') });
    expect(run.status).toBe(0);
    expect(parseJsonReport(run)).toEqual([]);
    expect(run.stderr).toContain('skipped drafts/plan.md: excluded by the files/ignores settings');
  });
});

describe('--cache', () => {
  it('reuses findings of unchanged files, and checks again when the text or the settings change', () => {
    const dir = project();
    const first = runCli(['--cache', '--format', 'json'], { cwd: dir });
    const cacheFile = path.join(dir, '.partnerlintcache');
    // Mark every cached message, to see where the next report comes from.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const entry of Object.values(cache.entries) as { result: { findings: { message: string }[] } }[]) {
      for (const finding of entry.result.findings) finding.message = `cached: ${finding.message}`;
    }
    writeFileSync(cacheFile, JSON.stringify(cache));

    const second = parseJsonReport(runCli(['--cache', '--format', 'json'], { cwd: dir }));
    const messages = second.flatMap((file) => file.messages);
    expect(messages.length).toBe(parseJsonReport(first).flatMap((file) => file.messages).length);
    expect(messages.every((m) => m.message.startsWith('cached: '))).toBe(true);

    writeFileSync(path.join(dir, 'agreement.md'), `${fixture('discharge-agreement.md')}\nA new line.\n`);
    const edited = parseJsonReport(runCli(['--cache', '--format', 'json'], { cwd: dir }));
    expect(edited.flatMap((file) => file.messages).some((m) => m.message.startsWith('cached: '))).toBe(false);

    const reconfigured = parseJsonReport(runCli(['--cache', '--format', 'json', '--rule', 'buzzword:off'], { cwd: dir }));
    expect(reconfigured.flatMap((file) => file.messages).some((m) => m.ruleId === 'buzzword')).toBe(false);
  });

  it('treats a damaged cache file as empty', () => {
    const dir = project({ '.partnerlintcache': '{ not json' });
    const run = runCli(['--cache', '--rule', 'buzzword:error'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, '.partnerlintcache'), 'utf8')).entries).toBeTypeOf('object');
  });
});
