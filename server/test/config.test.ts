import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, CONFIG_FILE_NAMES, clearConfigCache, loadConfigForFile } from '../src/config/index.js';
import { allRules } from '../src/rules/index.js';

let root: string;

/** Writes files under the temp root; objects are written as JSON. */
function write(files: Record<string, string | object>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
}

const at = (name: string): string => path.join(root, name);

function configError(name: string): ConfigError {
  try {
    loadConfigForFile(at(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${name}`);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-config-'));
  // Everything here sits under a root config so the machine's own folders above never leak in.
  write({ '.partnerlintrc.json': { root: true } });
  clearConfigCache();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('discovery', () => {
  it('gives every rule its default severity when the configuration sets nothing', () => {
    const { settings, ignored, configFiles } = loadConfigForFile(at('plan.md'));
    expect(ignored).toBe(false);
    expect(configFiles).toEqual([at('.partnerlintrc.json')]);
    for (const rule of allRules) expect(settings.rules?.[rule.meta.id]).toEqual({ severity: rule.meta.defaultSeverity });
    expect(settings.kind).toBeUndefined();
  });

  it('merges from the farthest file to the nearest, the nearest winning', () => {
    write({
      '.partnerlintrc.json': { root: true, rules: { buzzword: 'error', 'vague-aim': 'off' } },
      'teams/.partnerlintrc.yaml': 'rules:\n  buzzword: warning\n',
    });
    const config = loadConfigForFile(at('teams/plan.md'));
    expect(config.configFiles).toEqual([at('.partnerlintrc.json'), at('teams/.partnerlintrc.yaml')]);
    expect(config.settings.rules?.buzzword.severity).toBe('warning');
    expect(config.settings.rules?.['vague-aim'].severity).toBe('off');
  });

  it('stops at a configuration marked root', () => {
    write({
      '.partnerlintrc.json': { root: true, rules: { buzzword: 'error' } },
      'teams/.partnerlintrc.yml': 'root: true\nrules:\n  vague-aim: info\n',
    });
    const config = loadConfigForFile(at('teams/deep/plan.md'));
    expect(config.configFiles).toEqual([at('teams/.partnerlintrc.yml')]);
    expect(config.settings.rules?.buzzword.severity).toBe(allRules.find((r) => r.meta.id === 'buzzword')?.meta.defaultSeverity);
  });

  it('reads the partnerlint key of package.json and passes over a package.json without one', () => {
    write({
      'a/package.json': { name: 'a', partnerlint: { rules: { buzzword: 'off' } } },
      'b/package.json': { name: 'b' },
    });
    expect(loadConfigForFile(at('a/x.md')).configFiles).toEqual([at('.partnerlintrc.json'), at('a/package.json')]);
    expect(loadConfigForFile(at('a/x.md')).settings.rules?.buzzword.severity).toBe('off');
    expect(loadConfigForFile(at('b/x.md')).configFiles).toEqual([at('.partnerlintrc.json')]);
  });

  it('prefers .partnerlintrc.json over the other names in one folder', () => {
    expect(CONFIG_FILE_NAMES[0]).toBe('.partnerlintrc.json');
    write({ 'c/.partnerlintrc.json': { rules: { buzzword: 'error' } }, 'c/.partnerlintrc.yaml': 'rules:\n  buzzword: off\n' });
    expect(loadConfigForFile(at('c/x.md')).settings.rules?.buzzword.severity).toBe('error');
  });

  it('uses a named configuration file instead of discovery', () => {
    write({ 'shared/team.yaml': 'rules:\n  buzzword: error\n', 'docs/.partnerlintrc.json': { rules: { buzzword: 'off' } } });
    const config = loadConfigForFile(at('docs/plan.md'), { configFile: at('shared/team.yaml') });
    expect(config.configFiles).toEqual([at('shared/team.yaml')]);
    expect(config.settings.rules?.buzzword.severity).toBe('error');
  });

  it('keeps parsed configuration until the cache is cleared', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { buzzword: 'error' } } });
    expect(loadConfigForFile(at('x.md')).settings.rules?.buzzword.severity).toBe('error');
    write({ '.partnerlintrc.json': { root: true, rules: { buzzword: 'off' } } });
    expect(loadConfigForFile(at('x.md')).settings.rules?.buzzword.severity).toBe('error');
    clearConfigCache();
    expect(loadConfigForFile(at('x.md')).settings.rules?.buzzword.severity).toBe('off');
  });
});

describe('settings', () => {
  it('applies the strict preset: every rule an error except buzzword, a warning', () => {
    write({ '.partnerlintrc.json': { root: true, extends: 'strict' } });
    const rules = loadConfigForFile(at('x.md')).settings.rules ?? {};
    for (const rule of allRules) expect(rules[rule.meta.id].severity).toBe(rule.meta.id === 'buzzword' ? 'warning' : 'error');
  });

  it('lets the file\'s own rules win over the preset it extends', () => {
    write({ '.partnerlintrc.json': { root: true, extends: ['strict'], rules: { 'vague-aim': 'info' } } });
    expect(loadConfigForFile(at('x.md')).settings.rules?.['vague-aim'].severity).toBe('info');
  });

  it('reads the three ways of writing a rule, and a bare severity keeps options set further up', () => {
    write({
      '.partnerlintrc.json': {
        root: true,
        rules: {
          'vague-aim': ['error', { extraSlogans: ['make a difference'] }],
          'partner-sprawl': { severity: 'warning', options: {} },
          buzzword: 'info',
        },
      },
      'sub/.partnerlintrc.json': { rules: { 'vague-aim': 'warning' } },
    });
    const rules = loadConfigForFile(at('sub/x.md')).settings.rules ?? {};
    expect(rules['vague-aim']).toEqual({ severity: 'warning', options: { extraSlogans: ['make a difference'] } });
    expect(rules['partner-sprawl']).toEqual({ severity: 'warning', options: {} });
    expect(rules.buzzword).toEqual({ severity: 'info' });
  });

  it('applies command-line severities last', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { 'vague-aim': ['error', { extraSlogans: ['x'] }] } } });
    const rules = loadConfigForFile(at('x.md'), { ruleOverrides: { 'vague-aim': 'off' } }).settings.rules ?? {};
    expect(rules['vague-aim']).toEqual({ severity: 'off', options: { extraSlogans: ['x'] } });
  });

  it('sets the kind from globs relative to the configuration\'s folder, the nearer file winning', () => {
    write({
      '.partnerlintrc.json': { root: true, kinds: { 'agreements/**/*.md': 'agreement', '**/*.md': 'strategy' } },
      'teams/.partnerlintrc.json': { kinds: { 'mou.md': 'agreement' } },
    });
    expect(loadConfigForFile(at('agreements/2026/a.md')).settings.kind).toBe('agreement');
    expect(loadConfigForFile(at('plans/p.md')).settings.kind).toBe('strategy');
    expect(loadConfigForFile(at('teams/mou.md')).settings.kind).toBe('agreement');
    expect(loadConfigForFile(at('teams/plan.md')).settings.kind).toBe('strategy');
  });

  it('merges partner aliases and reportUnusedDirectives', () => {
    write({
      '.partnerlintrc.json': { root: true, partners: { 'Northshire County Council': ['NCC'] }, reportUnusedDirectives: true },
      'sub/.partnerlintrc.yaml': 'partners:\n  Northshire Health Trust: [the Trust]\nreportUnusedDirectives: false\n',
    });
    const { settings } = loadConfigForFile(at('sub/x.md'));
    expect(settings.partners).toEqual({ 'Northshire County Council': ['NCC'], 'Northshire Health Trust': ['the Trust'] });
    expect(settings.reportUnusedDirectives).toBe(false);
    expect(loadConfigForFile(at('x.md')).settings.reportUnusedDirectives).toBe(true);
  });

  it('marks files matched by ignores, or not matched by files, as ignored', () => {
    write({
      '.partnerlintrc.json': { root: true, files: ['**/*.md'], ignores: ['drafts/**'] },
      'archive/.partnerlintrc.json': { ignores: ['*.md'] },
    });
    expect(loadConfigForFile(at('plans/a.md')).ignored).toBe(false);
    expect(loadConfigForFile(at('drafts/a.md')).ignored).toBe(true);
    expect(loadConfigForFile(at('plans/a.txt')).ignored).toBe(true);
    // ignores in archive/ are relative to archive/: the file directly inside is ignored, a deeper one is not.
    expect(loadConfigForFile(at('archive/old.md')).ignored).toBe(true);
    expect(loadConfigForFile(at('archive/2020/old.md')).ignored).toBe(false);
  });
});

describe('errors name the file and the key', () => {
  it('reports an invalid severity with the allowed ones', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { 'vague-aim': 'eror' } } });
    const error = configError('x.md');
    expect(error.file).toBe(at('.partnerlintrc.json'));
    expect(error.key).toBe('rules.vague-aim');
    expect(error.message).toBe(`${at('.partnerlintrc.json')}: rules.vague-aim: "eror" is not a severity (use off, info, warning or error)`);
  });

  it('reports an invalid severity inside the object and list forms', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { buzzword: { severity: 'loud' } } } });
    expect(configError('x.md').key).toBe('rules.buzzword.severity');
    write({ '.partnerlintrc.json': { root: true, rules: { buzzword: ['loud', {}] } } });
    clearConfigCache();
    expect(configError('x.md').key).toBe('rules.buzzword[0]');
    expect(configError('x.md').message).toContain('"loud" is not a severity');
  });

  it('reports rule options that are not an object', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { 'partner-sprawl': ['warning', 8] } } });
    const error = configError('x.md');
    expect(error.key).toBe('rules.partner-sprawl[1]');
    expect(error.message).toContain('must be an object (found 8)');
  });

  it('checks options against the rule\'s own schema', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { 'vague-aim': ['error', { extraSlogans: 'make a difference' }] } } });
    const error = configError('x.md');
    expect(error.key).toBe('rules.vague-aim[1].extraSlogans');
    expect(error.message).toContain('must be a list (found "make a difference")');
  });

  it('reports an unknown rule id, suggesting the one meant', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { 'vage-aim': 'error' } } });
    const error = configError('x.md');
    expect(error.key).toBe('rules.vage-aim');
    expect(error.message).toContain('is not a partnerlint rule (did you mean "vague-aim"?)');
  });

  it('reports a rule setting of the wrong type', () => {
    write({ '.partnerlintrc.json': { root: true, rules: { buzzword: true } } });
    expect(configError('x.md').message).toContain('rules.buzzword: must be a string, a whole number, a list or an object (found true)');
  });

  it('reports unknown settings, unknown presets and unknown kinds', () => {
    write({ '.partnerlintrc.json': { root: true, ruels: {} } });
    expect(configError('x.md').message).toContain('ruels: is not a known setting (did you mean "rules"?)');
    write({ '.partnerlintrc.json': { root: true, extends: ['recommended', 'lenient'] } });
    clearConfigCache();
    expect(configError('x.md').message).toContain('extends[1]: "lenient" is not a preset (use recommended or strict)');
    write({ '.partnerlintrc.json': { root: true, kinds: { 'a/*.md': 'contract' } } });
    clearConfigCache();
    expect(configError('x.md').message).toContain('kinds.a/*.md: "contract" is not a document kind (use strategy or agreement)');
  });

  it('reports broken JSON with where it broke', () => {
    write({ '.partnerlintrc.json': '{\n  "root": true,\n  "rules": { "buzzword": "off", }\n}\n' });
    const error = configError('x.md');
    expect(error.file).toBe(at('.partnerlintrc.json'));
    expect(error.key).toBeUndefined();
    expect(error.message).toMatch(/\.partnerlintrc\.json: is not valid JSON: .*line 3/);
  });

  it('reports broken YAML', () => {
    write({ 'y/.partnerlintrc.yaml': 'rules:\n  buzzword: [off\n' });
    expect(configError('y/x.md').message).toMatch(/\.partnerlintrc\.yaml: is not valid YAML: /);
  });

  it('prefixes keys inside package.json with partnerlint', () => {
    write({ 'p/package.json': { name: 'p', partnerlint: { rules: { buzzword: 'eror' } } } });
    expect(configError('p/x.md').key).toBe('partnerlint.rules.buzzword');
  });

  it('reports a named configuration file that does not exist', () => {
    expect(() => loadConfigForFile(at('x.md'), { configFile: at('missing.json') })).toThrow(/missing\.json: does not exist/);
  });
});
