// Bundles the engine straight from server/src into a temporary ES module, so the bench can call
// lint(), buildModel() and the parser in-process without touching the product's build.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The pieces timed in-process; a piece whose source does not exist yet is left out. */
const pieces = [
  { file: 'server/src/engine/lint.ts', names: ['lint', 'lintModel'] },
  { file: 'server/src/model/build.ts', names: ['buildModel', 'ModelCache'] },
  { file: 'server/src/model/parse.ts', names: ['parseMarkdown'] },
  { file: 'server/src/engine/part-memo.ts', names: ['PartFindingsMemo'] },
];

/** Writes `dir`/engine.mjs (with a source map, for profiles) and returns its path; null without an engine. */
export async function bundleEngine(repoRoot, dir) {
  const present = pieces.filter((p) => existsSync(path.join(repoRoot, p.file)));
  if (!present.some((p) => p.names.includes('lint'))) return null;
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, present.map((p) => `export { ${p.names.join(', ')} } from ${JSON.stringify(path.join(repoRoot, p.file))};`).join('\n'));
  const outfile = path.join(dir, 'engine.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Same settings as server/build.mjs apart from the module format; CommonJS dependencies still get `require`.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    sourcemap: true,
    logLevel: 'error',
    absWorkingDir: path.join(repoRoot, 'server'),
  });
  return outfile;
}
