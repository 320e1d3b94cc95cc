#!/usr/bin/env node
// partnerlint's benchmark (`npm run bench`, which builds first). In one run, on the same files:
//  1. whole process: the `partnerlint` CLI against markdownlint-cli2 on the generated corpus and on
//     one 20,000-line document (wall, CPU, peak memory, MB/s, files/s, ratio);
//  2. in-process: parse, model and lint() of one 5,000-line agreement, warm;
//  3. editor: didChange -> diagnostics latency of the built language server on that agreement;
//  4. a CPU profile of the CLI when it is slower than markdownlint-cli2 (or BENCH_PROFILE=1).
// Results: printed, and written to bench/results/latest.json. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './generate-corpus.mjs';
import { measureEditorLatency } from './lib/editor-latency.mjs';
import { bundleEngine } from './lib/engine-bundle.mjs';
import { hasGnuTime, measureProcess } from './lib/measure-process.mjs';
import { summariseProfile } from './lib/profile-summary.mjs';
import { measureWorkerPool } from './lib/worker-pool.mjs';
import { median, round } from './lib/stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(here);
const env = process.env;
const settings = {
  mode: env.BENCH_QUICK === '1' ? 'quick' : 'full',
  runs: Number(env.BENCH_RUNS ?? 3),
  engineIterations: Number(env.BENCH_ENGINE_ITERATIONS ?? 20),
  edits: Number(env.BENCH_EDITS ?? 50),
  editorModes: (env.BENCH_EDITOR_MODES ?? 'push,pull').split(',').filter(Boolean),
  editorBudgetS: Number(env.BENCH_EDITOR_BUDGET_S ?? 60),
  profile: env.BENCH_PROFILE ?? 'auto',
};
const paths = {
  cli: path.join(repo, 'server/out/cli.js'),
  server: path.join(repo, 'server/out/server.js'),
  markdownlint: path.join(repo, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'),
  results: path.join(here, 'results'),
};
const work = path.join(os.tmpdir(), `partnerlint-bench-${process.pid}`);

const log = (...parts) => console.error(...parts);

async function main() {
  mkdirSync(work, { recursive: true });
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  log(`partnerlint bench (${settings.mode}): ${settings.runs} runs each; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  if (!hasGnuTime) log('note: /usr/bin/time is missing (Debian package `time`), so CPU time and peak memory are not measured');

  const corpus = ensureCorpus({ mode: settings.mode });
  const engine = await bundleEngine(repo, path.join(work, 'engine')).catch((error) => ({ error: error.message }));
  log(`corpus: ${corpus.documents} documents, ${mb(corpus.bytes)} MB, ${corpus.lines} lines, in ${corpus.root}`);

  const results = {
    startedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadBefore },
    settings,
    corpus: { root: corpus.root, documents: corpus.documents, bytes: corpus.bytes, lines: corpus.lines, minLines: corpus.minLines, maxLines: corpus.maxLines, seed: corpus.seed },
    wholeProcess: await wholeProcess(corpus),
    workerPool: await workerPool(corpus),
    inProcess: await inProcess(corpus, engine),
    editor: await editor(corpus),
  };
  results.profile = await maybeProfile(results, corpus, engine);
  results.machine.loadAfter = os.loadavg();
  results.finishedAt = new Date().toISOString();
  results.durationS = round((Date.now() - startedAt.getTime()) / 1000, 1);

  mkdirSync(paths.results, { recursive: true });
  writeFileSync(path.join(paths.results, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  log(`\nwritten: ${path.relative(process.cwd(), path.join(paths.results, 'latest.json'))} (${results.durationS} s)`);
}

// ---- 1. whole process -----------------------------------------------------------------------------

async function wholeProcess(corpus) {
  const mlConfig = path.join(work, '.markdownlint-cli2.jsonc');
  // markdownlint's own defaults: every default rule on, nothing tuned.
  writeFileSync(mlConfig, '{ "config": { "default": true } }\n');
  const long = corpus.big.long;
  const sets = {
    corpus: { target: 'docs', glob: 'docs/**/*.md', files: corpus.documents, bytes: corpus.bytes, lines: corpus.lines },
    long: { target: path.relative(corpus.root, long.path), glob: path.relative(corpus.root, long.path), files: 1, bytes: long.bytes, lines: long.lines },
  };
  const out = {};
  for (const [name, set] of Object.entries(sets)) {
    log(`\nwhole process on ${name === 'corpus' ? `the corpus (${set.files} files)` : `one ${set.lines}-line document`}:`);
    const tools = {
      'node: read files only': { args: ['-e', READ_ALL, set.target], check: () => null },
      partnerlint: existsSync(paths.cli)
        ? { args: [paths.cli, '--format', 'json', set.target], okExit: [0, 1], check: (run) => checkPartnerlint(run, set) }
        : { missing: 'partnerlint CLI not built (server/out/cli.js)' },
      'markdownlint-cli2': existsSync(paths.markdownlint)
        ? { args: [paths.markdownlint, '--config', mlConfig, set.glob], okExit: [0, 1], check: (run) => checkMarkdownlint(run, set) }
        : { missing: 'markdownlint-cli2 not installed (npm install)' },
    };
    const samples = Object.fromEntries(Object.keys(tools).map((tool) => [tool, []]));
    const notes = {};
    for (let i = 0; i < settings.runs; i++) {
      // Alternate the order so drift in machine load does not always favour the same tool.
      const order = i % 2 ? ['markdownlint-cli2', 'partnerlint'] : ['partnerlint', 'markdownlint-cli2'];
      for (const tool of ['node: read files only', ...order]) {
        const spec = tools[tool];
        if (spec.missing || notes[tool]?.error) continue;
        const run = await measureProcess(process.execPath, spec.args, { cwd: corpus.root, outDir: fresh(path.join(work, 'run')) });
        if (spec.okExit && !spec.okExit.includes(run.exitCode)) {
          notes[tool] = { error: `exit code ${run.exitCode}: ${tail(run.stderrFile)}` };
          continue;
        }
        if (i === 0) {
          const checked = spec.check(run);
          if (checked?.error) {
            notes[tool] = checked;
            continue;
          }
          if (checked) notes[tool] = checked;
        }
        samples[tool].push(run);
        log(`  ${tool.padEnd(22)} run ${i + 1}: ${run.wallS.toFixed(2)} s wall, ${run.cpuS?.toFixed(2) ?? '?'} s CPU, ${run.peakMiB?.toFixed(0) ?? '?'} MiB`);
      }
    }
    const summary = {};
    for (const [tool, spec] of Object.entries(tools)) {
      summary[tool] = spec.missing ? { status: spec.missing } : summarise(samples[tool], set, notes[tool]);
    }
    const pl = summary.partnerlint;
    const ml = summary['markdownlint-cli2'];
    const ratio =
      pl?.wallS && ml?.wallS
        ? { wall: round(pl.wallS / ml.wallS), cpu: pl.cpuS && ml.cpuS ? round(pl.cpuS / ml.cpuS) : null, peakMemory: pl.peakMiB && ml.peakMiB ? round(pl.peakMiB / ml.peakMiB) : null }
        : null;
    out[name] = { files: set.files, bytes: set.bytes, lines: set.lines, tools: summary, ratio };
  }
  return out;
}

/** The floor: start Node and read every markdown file under the folder (or the one file). */
const READ_ALL = `const fs=require('fs'),p=require('path');let n=0;const walk=(f)=>{if(fs.statSync(f).isDirectory())for(const e of fs.readdirSync(f))walk(p.join(f,e));else if(f.endsWith('.md'))n+=fs.readFileSync(f,'utf8').length};walk(process.argv[1]);`;

function checkPartnerlint(run, set) {
  let report;
  try {
    report = JSON.parse(readFileSync(run.stdoutFile, 'utf8'));
  } catch (error) {
    return { error: `output is not JSON (${error.message}): ${tail(run.stderrFile)}` };
  }
  if (report.length !== set.files) return { error: `linted ${report.length} files, expected ${set.files}` };
  const findings = report.reduce((sum, file) => sum + file.messages.length, 0);
  return { findings, filesWithFindings: report.filter((file) => file.messages.length).length };
}

function checkMarkdownlint(run, set) {
  const text = readFileSync(run.stdoutFile, 'utf8');
  const files = Number(/Linting: (\d+) file/.exec(text)?.[1]);
  if (files !== set.files) return { error: `linted ${files} files, expected ${set.files}: ${text.slice(0, 300)}` };
  return { findings: Number(/Summary: (\d+) error/.exec(text)?.[1] ?? 0) };
}

function summarise(runs, set, note) {
  if (!runs.length) return { status: note?.error ?? 'no successful run' };
  const wallS = median(runs.map((r) => r.wallS));
  const cpu = runs.map((r) => r.cpuS).filter((v) => v !== null);
  const peak = runs.map((r) => r.peakMiB).filter((v) => v !== null);
  return {
    runs: runs.length,
    wallS: round(wallS, 3),
    cpuS: cpu.length ? round(median(cpu), 3) : null,
    peakMiB: peak.length ? round(median(peak), 0) : null,
    mbPerS: round(set.bytes / 1e6 / wallS, 3),
    filesPerS: round(set.files / wallS, 1),
    wallRunsS: runs.map((r) => round(r.wallS, 3)),
    ...(note ?? {}),
  };
}

// ---- 1b. worker pool ------------------------------------------------------------------------------

async function workerPool(corpus) {
  log('\nworker pool (CPU of the CLI with and without worker threads):');
  if (!existsSync(paths.cli)) return { status: 'partnerlint CLI not built (server/out/cli.js)' };
  return measureWorkerPool({ cli: paths.cli, root: corpus.root, target: 'docs', bytes: corpus.bytes, runs: settings.runs, outDir: fresh(path.join(work, 'pool')), log });
}

// ---- 2. in-process --------------------------------------------------------------------------------

async function inProcess(corpus, engine) {
  log('\nin-process engine on the 5,000-line agreement:');
  if (!engine) return { status: 'engine source not found (server/src/engine/lint.ts)' };
  if (engine.error) return { status: `engine did not bundle: ${engine.error}` };
  try {
    const output = execFileSync(process.execPath, [ENGINE_TIMING, engine, corpus.big.agreement.path, String(settings.engineIterations)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(output);
    for (const [step, t] of Object.entries(result.steps)) log(`  ${step.padEnd(6)} median ${t.medianMs.toFixed(1)} ms, p95 ${t.p95Ms.toFixed(1)} ms (${t.samples} runs)`);
    return { document: corpus.big.agreement.path, ...result, targetMs: 100 };
  } catch (error) {
    return { status: `engine timing failed: ${error.stderr?.toString().slice(-800) ?? error.message}` };
  }
}

const ENGINE_TIMING = path.join(here, 'lib/engine-timing.mjs');

// ---- 3. editor ------------------------------------------------------------------------------------

async function editor(corpus) {
  if (!existsSync(paths.server)) return { status: 'language server not built (server/out/server.js)' };
  log(`\neditor latency on the 5,000-line agreement (${settings.edits} edits per mode, debounce set to 0):`);
  const modes = [];
  for (const mode of settings.editorModes) {
    try {
      const result = await measureEditorLatency({
        serverPath: paths.server,
        documentPath: corpus.big.agreement.path,
        edits: settings.edits,
        mode,
        debounceMs: 0,
        budgetMs: settings.editorBudgetS * 1000,
      });
      log(`  ${mode}: open ${result.openMs.toFixed(0)} ms; ${result.edits} edits, median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms`);
      modes.push(result);
    } catch (error) {
      modes.push({ mode, status: `failed: ${error.message}` });
      log(`  ${mode}: failed: ${error.message}`);
    }
  }
  return {
    document: corpus.big.agreement.path,
    debounce: 'The server waits `debounceMs` (default 200) after a change before linting; the bench sets initializationOptions.debounceMs = 0, so these times exclude it.',
    targetMedianMs: 50,
    modes,
  };
}

// ---- 4. profile -----------------------------------------------------------------------------------

/**
 * Profiles what misses its target (or everything, with BENCH_PROFILE=1): the CLI on the 200-document
 * corpus when it is slower than markdownlint-cli2, and lint() of the 5,000-line agreement when it
 * takes over 100 ms. Shares of time are what a profile tells, so the small corpus does.
 */
async function maybeProfile(results, corpus, engine) {
  if (settings.profile === '0') return null;
  const always = settings.profile === '1';
  const cliSlower = (results.wholeProcess.corpus.ratio?.wall ?? 0) > 1;
  const lintSlow = (results.inProcess.steps?.lint?.medianMs ?? 0) > 100;
  const profiles = {};
  if (existsSync(paths.cli) && (always || cliSlower)) {
    const quick = ensureCorpus({ mode: 'quick' });
    log(`\nprofiling the partnerlint CLI on the ${quick.documents}-document corpus:`);
    profiles.cli = await profileRun([paths.cli, '--format', 'json', 'docs'], quick.root, 'cli');
  }
  if (typeof engine === 'string' && (always || lintSlow)) {
    log('profiling lint() on the 5,000-line agreement:');
    profiles.lint = await profileRun([ENGINE_TIMING, engine, corpus.big.agreement.path, '10', 'lint'], corpus.root, 'lint');
  }
  return Object.keys(profiles).length ? profiles : null;
}

async function profileRun(args, cwd, name) {
  const dir = fresh(path.join(paths.results, 'profile', name));
  await measureProcess(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { cwd, outDir: fresh(path.join(work, 'run')) });
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile')).map((file) => path.join(dir, file));
  if (!files.length) return { status: 'no profile written' };
  return { folder: dir, threads: files.length, ...summariseProfile(files) };
}

// ---- report ---------------------------------------------------------------------------------------

function report(r) {
  const lines = [];
  const c = r.corpus;
  lines.push('', `partnerlint bench — ${r.settings.mode} corpus: ${c.documents} documents, ${mb(c.bytes)} MB, ${c.lines} lines (${c.minLines}–${c.maxLines} a file); median of ${r.settings.runs} runs`);
  lines.push(`machine: ${r.machine.cpus} cores, Node ${r.machine.node}; load average before ${r.machine.loadBefore[0].toFixed(1)}, after ${r.machine.loadAfter[0].toFixed(1)}`);
  // The bench itself keeps up to two cores busy, so only the load found before it started tells of other work.
  if (r.machine.loadBefore[0] > r.machine.cpus * 0.75) {
    lines.push('warning: other work was keeping the machine busy, so the times below are inflated; compare the ratios (CPU ratio first), not the absolute times.');
  }
  for (const [name, set] of Object.entries(r.wholeProcess)) {
    lines.push('', name === 'corpus' ? `Whole process, ${set.files} files (${mb(set.bytes)} MB):` : `Whole process, one ${set.lines}-line document (${mb(set.bytes)} MB):`);
    lines.push(table(
      ['command', 'wall s', 'CPU s', 'peak MiB', 'MB/s', 'files/s', 'findings'],
      Object.entries(set.tools).map(([tool, t]) =>
        t.status ? [tool, t.status] : [tool, fmt(t.wallS), fmt(t.cpuS), fmt(t.peakMiB, 0), fmt(t.mbPerS), fmt(t.filesPerS, 1), t.findings ?? ''],
      ),
    ));
    if (set.ratio) {
      const verdict = set.ratio.wall <= 1 ? 'target met: no slower' : 'target missed: slower';
      lines.push(`partnerlint / markdownlint-cli2: wall ${set.ratio.wall}×, CPU ${set.ratio.cpu ?? '?'}×, peak memory ${set.ratio.peakMemory ?? '?'}× — ${verdict}`);
    }
  }
  const pool = r.workerPool;
  lines.push('', 'Worker pool (server/src/cli/pool.ts, POOL_COSTS):');
  if (pool.status) lines.push(`  ${pool.status}`);
  else {
    lines.push(`  one thread: ${pool.cpuSecondsPerMB} s CPU per MB; each worker adds ${pool.cpuSecondsPerWorker} s CPU (${pool.startCpuSecondsPerWorker} s of it to start)`);
    lines.push(`  CPU s: one thread ${pool.cpuS.alone}, two workers ${pool.cpuS.twoWorkers}, default choice ${pool.cpuS.defaultChoice}`);
    lines.push(`  default choice / one thread: ${pool.defaultOverAlone}× — target ≤ 1.1×: ${pool.defaultOverAlone <= 1.1 ? 'met' : 'missed'}`);
  }
  lines.push('', 'In-process engine, 5,000-line agreement (warm):');
  if (r.inProcess.status) lines.push(`  ${r.inProcess.status}`);
  else {
    lines.push(table(
      ['step', 'median ms', 'p95 ms', 'min ms'],
      Object.entries(r.inProcess.steps).map(([step, t]) => [stepName[step] ?? step, fmt(t.medianMs, 1), fmt(t.p95Ms, 1), fmt(t.minMs, 1)]),
    ));
    const lintMs = r.inProcess.steps.lint.medianMs;
    lines.push(`lint(): ${r.inProcess.findings} findings; target < 100 ms: ${lintMs < 100 ? 'met' : 'missed'} (${lintMs.toFixed(0)} ms)`);
    const relint = r.inProcess.steps.relint;
    if (relint) lines.push(`re-lint after an edit, as the editor does: ${relint.medianMs.toFixed(0)} ms median`);
  }
  lines.push('', 'Editor latency, didChange -> diagnostics of that version, 5,000-line agreement (debounce 0):');
  if (r.editor.status) lines.push(`  ${r.editor.status}`);
  else {
    lines.push(table(
      ['mode', 'edits', 'median ms', 'p95 ms', 'max ms', 'open ms'],
      r.editor.modes.map((m) => (m.status ? [m.mode, m.status] : [m.mode, `${m.edits}${m.stoppedEarly ? ' (budget)' : ''}`, fmt(m.medianMs, 1), fmt(m.p95Ms, 1), fmt(m.maxMs, 0), fmt(m.openMs, 0)])),
    ));
    lines.push(`target: median < 50 ms`);
  }
  const profileTitles = { cli: 'the CLI on 200 documents', lint: 'lint() of the 5,000-line agreement' };
  for (const [name, p] of Object.entries(r.profile ?? {})) {
    if (!p.functions) continue;
    lines.push('', `Where the time goes, ${profileTitles[name]}: ${(p.totalMs / 1000).toFixed(1)} s sampled on ${p.threads} thread(s), idle excluded (${path.relative(process.cwd(), p.folder)}):`);
    lines.push(table(['area', 'ms', '%'], p.areas.slice(0, 12).map((a) => [a.name, a.ms, a.share])));
    lines.push(table(['function (self time)', 'ms', '%'], p.functions.slice(0, 20).map((f) => [f.name, f.ms, f.share])));
  }
  return lines.join('\n');
}

const stepName = {
  parse: 'parse only (parseMarkdown)',
  model: 'parse + model (buildModel)',
  lint: 'lint() (parse + model + rules)',
  relint: 're-lint after typing in one line (kept parts)',
};

function table(headers, rows) {
  // Rows of two cells (a name and a status sentence) span the table and do not set column widths.
  const full = rows.filter((row) => row.length === headers.length);
  const width = headers.map((h, i) => Math.max(h.length, ...full.map((row) => String(row[i] ?? '').length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell ?? '').padEnd(width[i]) : String(cell ?? '').padStart(width[i]))).join('  ');
  return [line(headers), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map((row) => (row.length === 2 && headers.length > 2 ? `${String(row[0]).padEnd(width[0])}  ${row[1]}` : line(row)))].join('\n');
}

const fmt = (value, digits = 2) => (value === null || value === undefined ? '?' : Number(value).toFixed(digits));
const mb = (bytes) => (bytes / 1e6).toFixed(1);

function fresh(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function tail(file) {
  return readFileSync(file, 'utf8').trim().split('\n').slice(-5).join(' | ').slice(-600);
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
