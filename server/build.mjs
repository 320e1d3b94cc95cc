// Bundles the command line, the language server, the GitHub Action's entry point and the eval (npm run eval)
// into self-contained CommonJS files in out/.
import { build } from 'esbuild';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/lsp/server.ts', out: 'server' },
  { in: 'src/action/main.ts', out: 'action' },
  { in: 'src/eval/main.ts', out: 'eval' },
];

// ESM dependencies (fdir, via tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

for (const entry of entries.filter((e) => existsSync(e.in))) {
  const result = await build({
    entryPoints: { [entry.out]: entry.in },
    outdir: 'out',
    bundle: true,
    platform: 'node',
    // ESM builds first: a UMD build (jsonc-parser's) loads its parts with require() calls esbuild cannot follow.
    mainFields: ['module', 'main'],
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: [entry.banner, importMetaUrl].filter(Boolean).join('\n') },
    define: { 'import.meta.url': '__importMetaUrl' },
    write: false,
  });
  // A bundle with a #! line is run as a command, so it must be executable (its source map need not be).
  for (const file of result.outputFiles) {
    writeAtomically(file.path, file.contents, entry.banner && file.path.endsWith('.js') ? 0o755 : 0o644);
  }
}

/** A rebuild (npm pack, a test's global setup) must never let a running test read half a bundle. */
function writeAtomically(path, contents, mode) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents, { mode });
  renameSync(temporary, path);
}
