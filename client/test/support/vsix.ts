/** Builds the extension and packs it as `npm run package` does, into a folder of the test's own. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from './editors.js';

const SERVER_BUNDLE = join(REPO_ROOT, 'server', 'out', 'server.js');
const LOCK = join(tmpdir(), 'partnerlint-vsix-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

/**
 * The server bundle comes from `npm run build` (which `npm test` runs first): rebuilding it here could
 * swap the file under other tests that are running it. The client bundle is rebuilt, one test file at a time.
 */
export async function packageVsix(outDir: string): Promise<string> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first.`);
  mkdirSync(outDir, { recursive: true });
  const vsixPath = join(outDir, 'partnerlint.vsix');
  await withLock(() => {
    const run = (script: string, ...args: string[]) =>
      execFileSync(process.execPath, [join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
    run('client/build.mjs');
    run('client/scripts/package-vsix.mjs', '--out', vsixPath);
  });
  return vsixPath;
}

async function withLock(work: () => void): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A test run that was killed mid-build leaves its lock behind.
      const lockedAt = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (lockedAt !== undefined && Date.now() - lockedAt > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
