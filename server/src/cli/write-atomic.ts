/**
 * Replaces a file partnerlint owns (its cache) so that a crash leaves either the old content or the new,
 * never half of each. The new file is renamed onto the path itself: were the path a symbolic link, the
 * link would be replaced, never the file it points to.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.partnerlint-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, file);
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
