/**
 * Where the real editors of the VS Code tests live, and the one step that installs them when missing
 * (client/test/setup/prepare-editors.sh: Debian packages and code-server in a cache outside the repo).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CODE_SERVER_DIR = process.env.PARTNERLINT_CODE_SERVER_DIR ?? join(homedir(), '.cache', 'partnerlint-code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const PREPARE_SCRIPT = join(REPO_ROOT, 'client', 'test', 'setup', 'prepare-editors.sh');

/**
 * Installs whatever is missing (the script decides, and takes a moment when nothing is); throws, so that
 * the tests fail rather than skip, when that is not possible.
 */
export function ensureEditors(): void {
  const run = spawnSync('bash', [PREPARE_SCRIPT], { encoding: 'utf8', env: { ...process.env, PARTNERLINT_CODE_SERVER_DIR: CODE_SERVER_DIR } });
  const missing = [CODE_SERVER_ENTRY, CHROMIUM].filter((path) => !existsSync(path));
  if (run.status !== 0 || missing.length > 0) {
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.slice(-6000);
    throw new Error(
      `The real-editor tests need code-server and Chromium; ${PREPARE_SCRIPT} could not provide them ` +
        `(exit ${run.status}, still missing: ${missing.join(', ') || 'nothing'}). Its output ends:\n${output}`,
    );
  }
}
