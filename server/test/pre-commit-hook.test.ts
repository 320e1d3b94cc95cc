/**
 * The pre-commit hook (.pre-commit-hooks.yaml), run by pre-commit itself (Debian's package; .ci/run installs
 * it) with `try-repo` on a documents' repository that has the partnerlint npm package as a dev dependency.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeProjectFiles } from './cli-helpers.js';
import { NPM, npmEnv, packPartnerlint } from './support/npm-package.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../test-fixtures/examples/', import.meta.url));

let documents: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error('pre-commit is not installed: `apt-get install -y pre-commit` (see .ci/run).');

  const packed = await packPartnerlint(mkdtempSync(path.join(os.tmpdir(), 'partnerlint-pack-')));
  documents = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-precommit-'));
  writeProjectFiles(documents, {
    'package.json': { name: 'council-partnerships', private: true },
    '.partnerlintrc.json': { root: true },
    'weak-agreement.md': readFileSync(path.join(EXAMPLES, 'weak-agreement.md'), 'utf8'),
    'good-agreement.md': readFileSync(path.join(EXAMPLES, 'good-agreement.md'), 'utf8'),
  });
  env = { ...npmEnv, PRE_COMMIT_HOME: mkdtempSync(path.join(os.tmpdir(), 'partnerlint-precommit-home-')) };
  execFileSync(NPM, ['install', '--save-dev', packed.tarball], { cwd: documents, env, stdio: 'pipe' });
  execFileSync('git', ['init', '-q'], { cwd: documents });
  execFileSync('git', ['add', '.'], { cwd: documents });
}, 300_000);

/** `pre-commit try-repo` installs the hook from this repository (its committed state) and runs it on `file`. */
function tryHook(file: string) {
  return spawnSync('pre-commit', ['try-repo', REPO_ROOT, 'partnerlint', '--files', file], {
    cwd: documents,
    env,
    encoding: 'utf8',
    timeout: 300_000,
  });
}

describe('the pre-commit hook', () => {
  it('fails a weak agreement and shows why', () => {
    const run = tryHook('weak-agreement.md');
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^partnerlint\.+Failed$/m);
    expect(run.stdout).toContain('no-review-or-exit');
    expect(run.stdout).toContain('vague-aim');
  });

  it('passes a good agreement', () => {
    const run = tryHook('good-agreement.md');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^partnerlint\.+Passed$/m);
  });
});
