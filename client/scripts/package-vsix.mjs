// Packs the built extension (client/out, server/out) into a .vsix with vsce; extra arguments go to vsce (e.g. --out).
// Dependencies are bundled by esbuild, so none are packed. The Marketplace and Open VSX show client/README.md, written
// for the people who install the extension; the root README is for those who build it.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--readme-path', 'client/README.md', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
