// What worker threads cost the CLI, for the constants in server/src/cli/pool.ts (POOL_COSTS): CPU per MB
// on one thread, CPU each worker adds, and the CPU of the default choice against one thread, which must
// stay within 1.1× (workers are chosen only when they pay; see pool.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureProcess } from './measure-process.mjs';
import { median, round } from './stats.mjs';

/** `target` is the corpus folder (relative to `root`), of `bytes` bytes; `outDir` a scratch folder. */
export async function measureWorkerPool({ cli, root, target, bytes, runs, outDir, log }) {
  const tiny = path.join(outDir, 'tiny');
  mkdirSync(tiny, { recursive: true });
  for (const name of ['a.md', 'b.md']) writeFileSync(path.join(tiny, name), '# Notes\n\nNothing to check.\n');
  const cpu = async (cwd, args, workers) => {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const env = workers === 'default' ? {} : { PARTNERLINT_WORKERS: String(workers) };
      const run = await measureProcess(process.execPath, [cli, '--format', 'json', ...args], { cwd, outDir, env });
      if (run.cpuS === null) return null;
      samples.push(run.cpuS);
    }
    return median(samples);
  };
  const start = { alone: await cpu(tiny, ['.'], 0), twoWorkers: await cpu(tiny, ['.'], 2) };
  const corpus = { alone: await cpu(root, [target], 0), twoWorkers: await cpu(root, [target], 2), defaultChoice: await cpu(root, [target], 'default') };
  if ([start.alone, start.twoWorkers, corpus.alone, corpus.twoWorkers, corpus.defaultChoice].includes(null)) {
    return { status: 'CPU time not measured (/usr/bin/time is missing)' };
  }
  const result = {
    cpuSecondsPerMB: round(corpus.alone / (bytes / (1024 * 1024)), 2),
    startCpuSecondsPerWorker: round((start.twoWorkers - start.alone) / 2, 3),
    cpuSecondsPerWorker: round((corpus.twoWorkers - corpus.alone) / 2, 3),
    cpuS: { alone: round(corpus.alone, 2), twoWorkers: round(corpus.twoWorkers, 2), defaultChoice: round(corpus.defaultChoice, 2) },
    defaultOverAlone: round(corpus.defaultChoice / corpus.alone, 3),
  };
  log(`  worker pool: ${result.cpuSecondsPerMB} s CPU per MB alone; each worker adds ${result.cpuSecondsPerWorker} s (${result.startCpuSecondsPerWorker} s to start); default choice ${result.defaultOverAlone}× the CPU of one thread`);
  return result;
}
