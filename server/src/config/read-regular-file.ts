/**
 * Reads a file that partnerlint did not write and cannot trust: documents and configuration files of any
 * checked-out repository. Only regular files are read, and never more than a set number of bytes, so a
 * named pipe cannot make the command wait forever and a device such as /dev/zero cannot fill memory.
 * Shared by the command line, the language server's workspace lint and the configuration loader.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type RegularFileRead = { bytes: Buffer; stat: Stats } | { problem: string };

// Opening a named pipe for reading waits for a writer unless the open is non-blocking (not on Windows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * `problem` completes "<file> …", e.g. "is a named pipe, not a regular file". With `followLink: false`
 * a symbolic link is refused rather than followed (for files partnerlint itself writes, such as its cache).
 */
export function readRegularFile(file: string, maxBytes: number, { followLink = true } = {}): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS | (followLink ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (error) {
    return { problem: openProblem(error as NodeJS.ErrnoException) };
  }
  try {
    // The descriptor's own status: a name checked before opening could have been swapped in between.
    const stat = fstatSync(fd);
    const kind = notRegular(stat);
    if (kind) return { problem: kind };
    if (stat.size > maxBytes) return { problem: tooLarge(stat.size, maxBytes) };
    const bytes = readAtMost(fd, maxBytes + 1);
    // The size from stat can be wrong (files under /proc, a file still growing): the bytes decide.
    if (bytes.length > maxBytes) return { problem: tooLarge(undefined, maxBytes) };
    return { bytes, stat };
  } catch (error) {
    return { problem: openProblem(error as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

function notRegular(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isFIFO()) return 'is a named pipe, not a regular file (partnerlint reads only regular files)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file (partnerlint reads only regular files)';
  return 'is not a regular file (partnerlint reads only regular files)';
}

function openProblem({ code, message }: NodeJS.ErrnoException): string {
  // A Unix socket cannot be opened at all.
  if (code === 'ENXIO') return 'is a socket or device that cannot be read as a file';
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'ELOOP') return 'is a symbolic link';
  return `cannot be read (${code ?? message})`;
}

export function tooLarge(bytes: number | undefined, maxBytes: number): string {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  if (bytes === undefined) return `is too large to check (over the limit of ${mb(maxBytes)} MB)`;
  return `is too large to check (${mb(bytes)} MB; the limit is ${mb(maxBytes)} MB)`;
}
