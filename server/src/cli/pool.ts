/**
 * Checks many files on worker threads, one per core (the main thread only hands out work): parsing
 * dominates the run time and is CPU-bound. Small runs stay on the main thread, where starting workers
 * would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { checkFile, type CheckOutcome, type CheckTask } from './check-file.js';

/** Below this many files the main thread alone is faster (a worker takes ~0.1 s to start). */
const MIN_FILES_FOR_WORKERS = 24;
const MAX_WORKERS = 4;

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
  const count = requested ?? (tasks.length < MIN_FILES_FOR_WORKERS ? 0 : Math.min(MAX_WORKERS, availableParallelism()));
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
