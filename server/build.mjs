// Bundles the command line, the language server and the eval (npm run eval) into self-contained CommonJS files in out/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/lsp/server.ts', out: 'server' },
  { in: 'src/eval/main.ts', out: 'eval' },
];

// ESM dependencies (fdir, via tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

for (const entry of entries.filter((e) => existsSync(e.in))) {
  await build({
    entryPoints: { [entry.out]: entry.in },
    outdir: 'out',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: [entry.banner, importMetaUrl].filter(Boolean).join('\n') },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
}
