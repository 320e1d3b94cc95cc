// npm packs only the package's own folder, so the licence and changelog, kept once at the repository's
// root, are copied in before `npm pack` / `npm publish` (prepack) and removed after (postpack).
import { copyFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILES = ['LICENSE', 'CHANGELOG.md'];
const root = new URL('../../', import.meta.url);
const pkg = new URL('../', import.meta.url);

const step = process.argv[2];
for (const name of FILES) {
  const target = fileURLToPath(new URL(name, pkg));
  if (step === 'copy') copyFileSync(fileURLToPath(new URL(name, root)), target);
  else if (step === 'remove') rmSync(target, { force: true });
  else throw new Error(`pack-files.mjs: expected "copy" or "remove", not "${step}"`);
}
