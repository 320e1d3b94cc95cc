// Bundles the extension into one CommonJS file; `vscode` is provided by the editor at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('src/extension.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('out/extension.js', import.meta.url)),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
});
