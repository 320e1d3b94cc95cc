/**
 * Tests run the real bundles in server/out. `npm test` builds first; a test file run alone gets a fresh
 * build here when the bundles are missing or older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  const bundle = path.join(serverDir, 'out', 'cli.js');
  const inputs = [path.join(serverDir, 'build.mjs'), path.join(serverDir, 'package.json'), ...filesUnder(path.join(serverDir, 'src'))];
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestInput) return;
  execFileSync(process.execPath, ['build.mjs'], { cwd: serverDir, stdio: 'inherit' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}
