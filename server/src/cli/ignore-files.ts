/**
 * .gitignore and .partnerlintignore, read the way git reads .gitignore: each file's patterns are relative
 * to its own folder, deeper files can re-include (`!pattern`), and the search stops at the repository root.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readRegularFile } from '../config/read-regular-file.js';

export const IGNORE_FILE_NAMES = ['.gitignore', '.partnerlintignore'] as const;
/** Far beyond any real ignore file. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

interface FolderRules {
  file: string;
  rules: Ignore;
}

export class IgnoreFiles {
  private readonly byFolder = new Map<string, FolderRules[]>();

  /** The ignore file that excludes `file`, or null when it is not ignored. */
  ignoredBy(file: string): string | null {
    let ignoredBy: string | null = null;
    for (const dir of this.foldersAbove(path.dirname(file))) {
      const relative = path.relative(dir, file).split(path.sep).join('/');
      for (const { file: ignoreFile, rules } of this.rulesIn(dir)) {
        const verdict = rules.test(relative);
        if (verdict.ignored) ignoredBy = ignoreFile;
        else if (verdict.unignored) ignoredBy = null;
      }
    }
    return ignoredBy;
  }

  /** From the repository root (or the filesystem root outside a repository) down to `dir`. */
  private foldersAbove(dir: string): string[] {
    const folders = [dir];
    for (let current = dir; !existsSync(path.join(current, '.git')); ) {
      const parent = path.dirname(current);
      if (parent === current) break;
      folders.push(parent);
      current = parent;
    }
    return folders.reverse();
  }

  private rulesIn(dir: string): FolderRules[] {
    let rules = this.byFolder.get(dir);
    if (!rules) {
      rules = IGNORE_FILE_NAMES.map((name) => path.join(dir, name))
        .filter((file) => existsSync(file))
        .map((file) => ({ file, rules: ignore().add(readIgnoreFile(file)) }));
      this.byFolder.set(dir, rules);
    }
    return rules;
  }
}

/** What cannot be read as a regular file (a folder or a named pipe called .gitignore) has nothing to apply. */
function readIgnoreFile(file: string): string {
  const read = readRegularFile(file, MAX_IGNORE_FILE_BYTES);
  return 'bytes' in read ? read.bytes.toString('utf8') : '';
}
