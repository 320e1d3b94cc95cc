/** Builds the extension and packs it as `npm run package` does, into a folder of the test's own. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withBuildLock } from '../../../server/test/support/build-lock.js';
import { REPO_ROOT } from './editors.js';

const SERVER_BUNDLE = join(REPO_ROOT, 'server', 'out', 'server.js');

/**
 * The server bundle comes from `npm run build` (which `npm test` runs first): rebuilding it here could
 * swap the file under other tests that are running it. The client bundle is rebuilt, one test file at a time.
 */
export async function packageVsix(outDir: string): Promise<string> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first.`);
  mkdirSync(outDir, { recursive: true });
  const vsixPath = join(outDir, 'partnerlint.vsix');
  await withBuildLock('partnerlint-vsix-build', () => {
    const run = (script: string, ...args: string[]) =>
      execFileSync(process.execPath, [join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
    run('client/build.mjs');
    run('client/scripts/package-vsix.mjs', '--out', vsixPath);
  });
  return vsixPath;
}
