/**
 * Checks many files on worker threads (the main thread then only hands out work), but only when that
 * pays: each worker costs CPU of its own before it is useful (starting, and compiling the engine's hot
 * code again), so workers are used only on cores that are free and only for enough work that all of
 * them together add at most a tenth to the CPU the main thread alone would spend.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { checkFile, type CheckOutcome, type CheckTask } from './check-file.js';

const MAX_WORKERS = 4;
/**
 * Measured by `npm run bench` (section "worker pool") on its generated corpus: one thread spends about
 * 4.2 s of CPU per MB of markdown, and each worker adds about 1.4 s (0.12 s to start, the rest warming up).
 */
export const POOL_COSTS = { cpuSecondsPerMB: 4.2, cpuSecondsPerWorker: 1.4 } as const;
/** Workers may add at most this share to the main thread's CPU time. */
const MAX_EXTRA_CPU = 0.1;

export interface Machine {
  cores: number;
  /** Runnable threads, averaged over the last minute (0 where the system does not say, as on Windows). */
  load: number;
}

/** How many workers pay for `bytes` of markdown in `files` files; 0 keeps the work on the main thread. */
export function chooseWorkers(bytes: number, files: number, machine: Machine = { cores: availableParallelism(), load: loadavg()[0] }): number {
  const freeCores = Math.floor(machine.cores - machine.load);
  const work = (bytes / (1024 * 1024)) * POOL_COSTS.cpuSecondsPerMB;
  const affordable = Math.floor((MAX_EXTRA_CPU * work) / POOL_COSTS.cpuSecondsPerWorker);
  const count = Math.min(MAX_WORKERS, freeCores, files, affordable);
  // One worker alone only adds its cost: the main thread would sit waiting for it.
  return count >= 2 ? count : 0;
}

interface Request {
  index: number;
  task: CheckTask;
}
interface Reply {
  index: number;
  outcome: CheckOutcome;
}

/** `requested` (PARTNERLINT_WORKERS) overrides the choice: 0 keeps everything on the main thread. */
export async function checkFiles(tasks: CheckTask[], workerScript: string, requested?: number): Promise<CheckOutcome[]> {
  const count = requested ?? chooseWorkers(totalBytes(tasks), tasks.length);
  if (count < 1 || tasks.length < 2) return tasks.map(checkFile);
  const outcomes: CheckOutcome[] = new Array(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  // Each worker takes the next file as soon as it is done with one, so long files don't hold up the rest.
  const serve = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let busyWith: number | null = null;
      const send = (): void => {
        busyWith = next < tasks.length ? next++ : null;
        if (busyWith === null) resolve();
        else worker.postMessage({ index: busyWith, task: tasks[busyWith] } satisfies Request);
      };
      worker.on('message', (reply: Reply) => {
        outcomes[reply.index] = reply.outcome;
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (busyWith !== null) reject(new Error(`a worker stopped (exit code ${code}) while checking ${tasks[busyWith].filePath}`));
      });
      send();
    });
  try {
    for (let i = 0; i < count; i++) workers.push(new Worker(workerScript));
    await Promise.all(workers.map(serve));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/** True when this thread is a worker started by checkFiles; it then serves requests until terminated. */
export function serveAsWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  port.on('message', ({ index, task }: Request) => {
    const reply: Reply = { index, outcome: checkFile(task) };
    port.postMessage(reply);
  });
  return true;
}

function totalBytes(tasks: CheckTask[]): number {
  let total = 0;
  for (const { filePath } of tasks) {
    try {
      total += statSync(filePath).size;
    } catch {
      // unreadable: its reader says so
    }
  }
  return total;
}
