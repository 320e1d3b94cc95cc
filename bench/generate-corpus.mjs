#!/usr/bin/env node
// Writes the benchmark corpus: seeded, so every run and every machine gets the same bytes.
//   node bench/generate-corpus.mjs [--quick] [--force]
// Output: <corpus folder>/<full|quick>/docs/** (the many-files set) and .../big/ (the two long documents).
// The corpus folder is $BENCH_CORPUS_DIR, or partnerlint-bench-corpus in the OS temp folder: it must sit
// outside the repository, because partnerlint (like git) skips files that a .gitignore excludes.
// A manifest records the generator's own hash; an unchanged generator reuses the files already there.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocument } from './lib/document.mjs';
import { createRandom, seedFor } from './lib/prng.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 20261126;

export const corpusSizes = {
  full: { documents: 2000, agreementLines: 5000, longLines: 20000 },
  quick: { documents: 200, agreementLines: 5000, longLines: 20000 },
};

function generatorHash() {
  const hash = createHash('sha256');
  for (const file of ['generate-corpus.mjs', 'lib/document.mjs', 'lib/sentences.mjs', 'lib/vocabulary.mjs', 'lib/prng.mjs']) {
    hash.update(readFileSync(path.join(here, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);

/** Generates (or reuses) the corpus and returns its manifest: folders, files and sizes. */
export function ensureCorpus({ mode = 'full', force = false } = {}) {
  const size = corpusSizes[mode];
  const root = path.join(process.env.BENCH_CORPUS_DIR ?? path.join(os.tmpdir(), 'partnerlint-bench-corpus'), mode);
  const manifestPath = path.join(root, 'manifest.json');
  const hash = generatorHash();
  if (!force && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.generator === hash) return manifest;
  }
  rmSync(root, { recursive: true, force: true });

  const docsDir = path.join(root, 'docs');
  const files = [];
  for (let i = 0; i < size.documents; i++) {
    const r = createRandom(seedFor(SEED, i));
    const kind = r.chance(0.55) ? 'strategy' : 'agreement';
    // Lengths 150–250 lines, more short papers than long ones (mean about 185).
    const text = writeDocument(r, { kind, targetLines: 150 + Math.floor(100 * r.next() ** 2) });
    const title = /^title: "(.*)"$/m.exec(text)?.[1] ?? kind;
    const file = path.join(docsDir, `${kind === 'strategy' ? 'strategies' : 'agreements'}`, `${String(i + 1).padStart(4, '0')}-${slug(title)}.md`);
    files.push(write(file, text));
  }
  const big = {
    agreement: write(path.join(root, 'big', 'agreement-5000-lines.md'), writeDocument(createRandom(SEED + 5000), { kind: 'agreement', targetLines: size.agreementLines })),
    long: write(path.join(root, 'big', 'strategy-20000-lines.md'), writeDocument(createRandom(SEED + 20000), { kind: 'strategy', targetLines: size.longLines })),
  };
  const manifest = {
    generator: hash,
    seed: SEED,
    mode,
    root,
    docsDir,
    documents: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    lines: files.reduce((sum, f) => sum + f.lines, 0),
    minLines: Math.min(...files.map((f) => f.lines)),
    maxLines: Math.max(...files.map((f) => f.lines)),
    big,
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}

function write(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { path: file, bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const mode = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1' ? 'quick' : 'full';
  const started = performance.now();
  const m = ensureCorpus({ mode, force: process.argv.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${m.documents} documents, ${(m.bytes / 1e6).toFixed(1)} MB, ${m.lines} lines (${m.minLines}–${m.maxLines} a file, mean ${Math.round(m.lines / m.documents)}) in ${m.docsDir}`,
  );
  console.log(`long documents: ${m.big.agreement.lines} lines (${m.big.agreement.path}), ${m.big.long.lines} lines (${m.big.long.path}); ${seconds} s`);
}
