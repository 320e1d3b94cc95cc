/** Replaces a file's content so that a crash leaves either the old text or the new, never half of each. */
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  const existing = existingTarget(file);
  // Write through a symbolic link to the real file, keeping the link.
  const target = existing?.target ?? file;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.partnerlint-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    if (existing) fchmodSync(fd, existing.mode); // the new file keeps the old one's permissions
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    unlinkSync(temp);
    throw error;
  }
}

function existingTarget(file: string): { target: string; mode: number } | null {
  try {
    const target = realpathSync(file);
    return { target, mode: statSync(target).mode };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
