/** Configuration for organisations: extends of files and packages, comments in JSON, ESLint's severities. */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject, runCli } from './cli-helpers.js';

const projects: string[] = [];
function project(files: Record<string, string | object>): string {
  const dir = makeProject({ 'plan.md': '# Plan\n', ...files });
  projects.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Printed {
  settings: { rules: Record<string, { severity: string; options?: Record<string, unknown> }>; partners?: Record<string, string[]> };
  configFiles: string[];
}
function printConfig(dir: string, file = 'plan.md'): Printed {
  const run = runCli(['--print-config', file], { cwd: dir });
  if (run.status !== 0) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Printed;
}
const severities = (printed: Printed, ...ids: string[]) => ids.map((id) => printed.settings.rules[id].severity);

describe('extends', () => {
  it('starts from a shared file, in order, the file\'s own settings winning', () => {
    const dir = project({
      '.partnerlintrc.json': { root: true, extends: ['./area/shared.yaml', 'strict'], rules: { 'partner-sprawl': 'info' } },
      'area/shared.yaml': 'extends: ./base.json\nrules:\n  buzzword: "off"\n  vague-aim: info\npartners:\n  Northshire County Council: [NCC]\n',
      'area/base.json': { rules: { 'meetings-as-success': 'off' }, partners: { 'Northshire NHS Trust': ['the Trust'] } },
    });
    const printed = printConfig(dir);
    // strict comes after the shared file, so it sets vague-aim back to error; buzzword stays a warning under strict.
    expect(severities(printed, 'vague-aim', 'buzzword', 'meetings-as-success', 'partner-sprawl')).toEqual(['error', 'warning', 'error', 'info']);
    expect(printed.settings.partners).toEqual({ 'Northshire NHS Trust': ['the Trust'], 'Northshire County Council': ['NCC'] });
  });

  it('starts from an installed package: its main JSON file, its package.json key, or a file inside it', () => {
    const packages = {
      'node_modules/@northshire/partnerlint-config/package.json': { name: '@northshire/partnerlint-config', main: 'partnerlint.json' },
      'node_modules/@northshire/partnerlint-config/partnerlint.json': { rules: { buzzword: 'off' } },
      'node_modules/@northshire/partnerlint-config/lenient.yaml': 'rules:\n  vague-aim: warning\n',
      'node_modules/area-partnerlint/package.json': { name: 'area-partnerlint', partnerlint: { rules: { 'partner-sprawl': 'error' } } },
    };
    const dir = project({
      ...packages,
      '.partnerlintrc.json': { root: true, extends: ['@northshire/partnerlint-config', 'area-partnerlint', '@northshire/partnerlint-config/lenient.yaml'] },
      'teams/plan.md': '# Plan\n',
    });
    // Packages are found from the configuration's folder upward, as Node finds them.
    expect(severities(printConfig(dir, 'teams/plan.md'), 'buzzword', 'partner-sprawl', 'vague-aim')).toEqual(['off', 'error', 'warning']);
  });

  it('never runs a package\'s code, and says why', () => {
    const marker = 'ran.txt';
    const dir = project({
      'node_modules/sneaky-config/package.json': { name: 'sneaky-config', main: 'index.js' },
      'node_modules/sneaky-config/index.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};\n`,
      '.partnerlintrc.json': { root: true, extends: 'sneaky-config' },
    });
    const run = runCli(['plan.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.partnerlintrc.json: extends: "sneaky-config" has index.js as its main file, which is code');
    expect(existsSync(path.join(dir, marker))).toBe(false);
  });

  it('reports a loop, a missing file and an unknown package, naming the file and the key', () => {
    const loop = project({ '.partnerlintrc.json': { root: true, extends: './a.json' }, 'a.json': { extends: './b.json' }, 'b.json': { extends: ['recommended', './a.json'] } });
    expect(runCli([], { cwd: loop }).stderr).toContain('b.json: extends[1]: "./a.json" extends, directly or not, the file that extends it');
    const missing = project({ '.partnerlintrc.json': { root: true, extends: './shared/partnerlint.json' } });
    expect(runCli([], { cwd: missing }).stderr).toContain('.partnerlintrc.json: extends: "./shared/partnerlint.json" does not exist');
    const unknown = project({ '.partnerlintrc.json': { root: true, extends: ['recommended', 'lenient'] } });
    const run = runCli([], { cwd: unknown });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('extends[1]: "lenient" is not a preset (use recommended or strict), and no installed package is called "lenient"');
  });
});

describe('.partnerlintrc.json with comments (JSONC)', () => {
  it('reads line and block comments, and still reports broken JSON (a trailing comma) at the right line', () => {
    const commented = '// Settings for the area\'s partnership agreements\n{\n  "root": true,\n  /* Jargon is advice here. */\n  "rules": { "buzzword": "info" } // not an error\n}\n';
    expect(severities(printConfig(project({ '.partnerlintrc.json': commented })), 'buzzword')).toEqual(['info']);
    const broken = project({ '.partnerlintrc.json': '/* a\n   comment */\n{ "root": true, "rules": { "buzzword": "off", } }\n' });
    const run = runCli([], { cwd: broken });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.partnerlintrc\.json: is not valid JSON: .*line 3/);
  });
});

describe('ESLint\'s severities', () => {
  it('accepts "warn" and 0, 1, 2 in configuration and on the command line', () => {
    const dir = project({
      '.partnerlintrc.json': { root: true, rules: { buzzword: 'warn', 'vague-aim': 0, 'partner-sprawl': [2, { maxPartners: 3 }], 'meetings-as-success': { severity: 1 } } },
    });
    const printed = printConfig(dir);
    expect(severities(printed, 'buzzword', 'vague-aim', 'partner-sprawl', 'meetings-as-success')).toEqual(['warning', 'off', 'error', 'warning']);
    expect(printed.settings.rules['partner-sprawl'].options).toEqual({ maxPartners: 3 });
    const overridden = JSON.parse(runCli(['--print-config', 'plan.md', '--rule', 'buzzword:2', '--rule', 'vague-aim:warn'], { cwd: dir }).stdout) as Printed;
    expect(severities(overridden, 'buzzword', 'vague-aim')).toEqual(['error', 'warning']);
    const wrong = runCli([], { cwd: project({ '.partnerlintrc.json': { root: true, rules: { buzzword: 3 } } }) });
    expect(wrong.stderr).toContain('rules.buzzword: 3 is not a severity (use off, info, warning or error)');
  });
});
