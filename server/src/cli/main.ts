/** Entry point of the `partnerlint` command (bundled to out/cli.js), and of its worker threads. */
import { version } from '../../package.json';
import { serveAsWorker } from './pool.js';
import { printable } from './printable.js';
import { MAX_SOURCE_BYTES } from './read-source.js';
import { run } from './run.js';

if (!serveAsWorker()) main();

function main(): void {
  // A reader that stops early (`partnerlint | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // Exit through exitCode so buffered output on pipes is flushed before the process ends.
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    // Notes quote file names, configuration and documents: none may drive the terminal.
    stderr: (text) => process.stderr.write(printable(text)),
    readStdin,
    color: wantsColor(),
    version,
    workerScript: __filename,
    workers: workersFromEnvironment(),
    columns: terminalColumns(),
  }).then((code) => {
    process.exitCode = code;
  });
}

/** Stops one byte past the size limit (`--stdin < /dev/zero` must not fill memory); the reader reports it. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > MAX_SOURCE_BYTES) break;
  }
  return Buffer.concat(chunks);
}

/** PARTNERLINT_WORKERS=N fixes the number of worker threads (0: none), for measuring and for tests. */
function workersFromEnvironment(): number | undefined {
  const value = process.env.PARTNERLINT_WORKERS;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The terminal's width; COLUMNS, which shells set, when output goes to a pipe or a file; else none (80). */
function terminalColumns(): number | undefined {
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  const value = process.env.COLUMNS;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR turns it on anywhere (e.g. CI logs). */
function wantsColor(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}
