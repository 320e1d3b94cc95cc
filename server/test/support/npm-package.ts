/** The `partnerlint` npm package packed as `npm publish` packs it, and npm run as a user's machine runs it: offline. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from './build-lock.js';

const SERVER = fileURLToPath(new URL('../..', import.meta.url));
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** npm's own variables from a surrounding `npm test` (workspace, prefix) must not steer the user's npm. */
export const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
  // Nothing may come from a registry: this one cannot be reached.
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

export interface PackedPackage {
  tarball: string;
  files: string[];
}

/**
 * Runs `npm pack` in server/ (its prepack builds the bundles), writing the tarball into `destination`; one
 * test file at a time, since prepack and postpack copy files into server/ and remove them.
 */
export async function packPartnerlint(destination: string): Promise<PackedPackage> {
  const output = await withBuildLock('partnerlint-npm-pack', () =>
    execFileSync(NPM, ['pack', '--json', '--pack-destination', destination], {
      cwd: SERVER,
      env: npmEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const [packed] = JSON.parse(output) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(destination, packed.filename), files: packed.files.map((file) => file.path).sort() };
}
