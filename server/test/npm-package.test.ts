/**
 * The `partnerlint` npm package as a user gets it: packed as `npm publish` would pack it, installed from
 * the tarball into an empty project with no registry to reach, and run with `npx`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeProjectFiles } from './cli-helpers.js';
import { NPM, npmEnv, packPartnerlint } from './support/npm-package.js';
import { LspTestClient } from './support/lsp-client.js';

const SERVER = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../test-fixtures/examples/', import.meta.url));
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let packedFiles: string[];
let project: string;

beforeAll(async () => {
  const packed = await packPartnerlint(mkdtempSync(path.join(os.tmpdir(), 'partnerlint-pack-')));
  packedFiles = packed.files;

  project = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-user-'));
  writeProjectFiles(project, {
    'package.json': { name: 'council-partnerships', private: true },
    '.partnerlintrc.json': { root: true },
    'weak/weak-agreement.md': readFileSync(path.join(EXAMPLES, 'weak-agreement.md'), 'utf8'),
    'good/good-agreement.md': readFileSync(path.join(EXAMPLES, 'good-agreement.md'), 'utf8'),
  });
  execFileSync(NPM, ['install', '--save-dev', packed.tarball], { cwd: project, env: npmEnv, stdio: 'pipe' });
}, 300_000);

function npx(...args: string[]) {
  return npxIn(project, ...args);
}

function npxIn(cwd: string, ...args: string[]) {
  return spawnSync(NPX, ['partnerlint', ...args], { cwd, env: npmEnv, encoding: 'utf8', timeout: 120_000 });
}

describe('the npm package', () => {
  it('ships only what runs: the bundles, the configuration schema, README, LICENSE and CHANGELOG', () => {
    expect(packedFiles).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/partnerlint.js',
      'out/cli.js',
      'out/server.js',
      'package.json',
      'schema/package-json.schema.json',
      'schema/partnerlintrc.schema.json',
    ]);
  });

  it('installs without a registry, because it depends on nothing', () => {
    const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', 'partnerlint', 'package.json'), 'utf8'));
    expect(manifest.name).toBe('partnerlint');
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ partnerlint: 'bin/partnerlint.js' });
    expect(manifest.dependencies ?? {}).toEqual({});
    const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/partnerlint']);
  });

  it('finds the weaknesses of a weak agreement and fails', () => {
    const run = npx('--format', 'json', 'weak');
    expect(run.status, run.stderr).toBe(1);
    const [file] = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(file.filePath).toBe(path.join(project, 'weak', 'weak-agreement.md'));
    expect(file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['vague-aim', 'no-review-or-exit', 'fifty-fifty-everything']));
  });

  it('passes a good agreement', () => {
    const run = npx('good');
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('is what `npx partnerlint` runs in this repository too (npm ci links it, and builds it in the root prepare script)', () => {
    const run = npxIn(path.join(SERVER, '..'), '--version');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(SERVER, 'package.json'), 'utf8')).version);
  });

  it('serves diagnostics from the language server it ships', async () => {
    const client = await LspTestClient.start({ folder: project, serverPath: path.join(project, 'node_modules', 'partnerlint', 'out', 'server.js') });
    try {
      const uri = client.uri('weak/weak-agreement.md');
      const published = client.nextDiagnostics(uri, (params) => params.diagnostics.length > 0);
      await client.open(uri, readFileSync(path.join(project, 'weak', 'weak-agreement.md'), 'utf8'));
      expect((await published).diagnostics.map((d) => d.code)).toContain('vague-aim');
    } finally {
      await client.stop();
    }
  });
});
