/**
 * Writes fixed text back into the document it was read from, and only if that document is still exactly
 * what was read. The file is rewritten in place, so it keeps its owner, permissions and hard links; a
 * copy of the fixed text is written beside it first and removed once the file holds it, so even a crash
 * part-way loses nothing. A file deleted meanwhile is never created again.
 */
import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** What was read: the bytes, and which file they came from (device and inode, whatever the path points to now). */
export interface ReadOrigin {
  bytes: Uint8Array;
  dev: number;
  ino: number;
}

/** Its message completes "could not write the fixes to <file>: …". */
export class FixWriteError extends Error {}

export function writeFixes(file: string, content: string, origin: ReadOrigin): void {
  const fd = openForFixing(file);
  try {
    const stat = fstatSync(fd);
    if (stat.dev !== origin.dev || stat.ino !== origin.ino) throw new FixWriteError('it was replaced by another file after partnerlint read it; run partnerlint --fix again');
    // Root may write anything: the permissions say what the owner wants.
    if ((stat.mode & 0o222) === 0) throw new FixWriteError('it is read-only; partnerlint leaves it as it is (make it writable to fix it)');
    if (!sameBytes(fd, origin.bytes)) throw new FixWriteError('it changed after partnerlint read it, so the fixes were not written over the change; run partnerlint --fix again');
    const bytes = Buffer.from(content, 'utf8');
    const copy = writeCopyBeside(file, bytes);
    try {
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (error) {
      throw new FixWriteError(`writing it failed part-way (${errorCode(error)}); the fixed text is kept in ${copy}`);
    }
    unlinkSync(copy);
  } finally {
    closeSync(fd);
  }
}

function openForFixing(file: string): number {
  try {
    // No O_CREAT: a file deleted during the run stays deleted. Non-blocking, in case a pipe took its place.
    return openSync(file, constants.O_RDWR | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new FixWriteError('it was deleted after partnerlint read it, so it was not created again');
    if (code === 'EACCES' || code === 'EPERM') throw new FixWriteError('you do not have permission to change it');
    throw new FixWriteError(`it cannot be opened for writing (${code})`);
  }
}

function sameBytes(fd: number, expected: Uint8Array): boolean {
  const current = Buffer.alloc(expected.length + 1);
  let total = 0;
  for (let read = -1; read !== 0 && total < current.length; total += read) {
    read = readSync(fd, current, total, current.length - total, total);
  }
  return total === expected.length && current.subarray(0, total).equals(expected);
}

/** The fixed text beside the file, synced to disk and read back, as a safety copy while the file itself is rewritten. */
function writeCopyBeside(file: string, bytes: Buffer): string {
  const copy = path.join(path.dirname(file), `.${path.basename(file)}.partnerlint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(copy, 'wx+', 0o600);
    writeSync(fd, bytes);
    fsyncSync(fd);
    if (!sameBytes(fd, bytes)) throw new Error('it reads back different');
    return copy;
  } catch (error) {
    if (fd !== undefined) unlinkSync(copy);
    throw new FixWriteError(`partnerlint could not write a safety copy of the fixed text beside it (${errorCode(error)}), so it left the file as it was`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
