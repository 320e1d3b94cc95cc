/** Turns the command line's paths, folders and globs into the list of documents to check. */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './args.js';
import { IgnoreFiles } from './ignore-files.js';

const MARKDOWN_IN_FOLDER = '**/*.{md,markdown}';
/** Never descended into, whatever the ignore files say. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface FoundFiles {
  /** Sorted; `explicit` when the path was named on the command line rather than found in a folder or by a glob. */
  files: { file: string; explicit: boolean }[];
  /** Files left out by an ignore file, with the file that did it. */
  ignored: { file: string; ignoreFile: string; explicit: boolean }[];
  /**
   * Symbolic links that lead out of the folders being checked (the current folder and the folders named):
   * never read nor written, so a cloned repository cannot point partnerlint at files elsewhere on the machine.
   */
  outside: { file: string; target: string; explicit: boolean }[];
}

/** No patterns means the markdown under `cwd`. A pattern that matches nothing is a usage error. */
export async function findFiles(patterns: string[], cwd: string): Promise<FoundFiles> {
  const ignoreFiles = new IgnoreFiles();
  const files = new Map<string, boolean>();
  const ignored: FoundFiles['ignored'] = [];
  const outside: FoundFiles['outside'] = [];
  const cwdTree = realPath(cwd) ?? cwd;
  for (const pattern of patterns.length ? patterns : ['.']) {
    const { matches, explicit, folder, root } = await expand(pattern, cwd);
    const trees = [cwdTree, realPath(root) ?? root];
    if (!matches.length) {
      throw new UsageError(folder ? `no markdown files in ${patterns.length ? `"${pattern}"` : 'the current folder'}` : `no files match "${pattern}"`);
    }
    for (const file of matches) {
      const ignoreFile = ignoreFiles.ignoredBy(file);
      const target = realPath(file);
      if (ignoreFile) ignored.push({ file, ignoreFile, explicit });
      else if (target && !trees.some((tree) => isWithin(target, tree))) outside.push({ file, target, explicit });
      else files.set(file, explicit || (files.get(file) ?? false));
    }
  }
  const sorted = [...files.keys()].sort();
  return { files: sorted.map((file) => ({ file, explicit: files.get(file) ?? false })), ignored, outside };
}

interface Expansion {
  matches: string[];
  explicit: boolean;
  folder: boolean;
  /** The folder the pattern names: a file's own folder, the folder itself, or a glob's fixed start. */
  root: string;
}

async function expand(pattern: string, cwd: string): Promise<Expansion> {
  const absolute = path.resolve(cwd, pattern);
  const kind = statKind(absolute);
  if (kind === 'file') return { matches: [absolute], explicit: true, folder: false, root: path.dirname(absolute) };
  if (kind === 'folder') return { matches: await globFrom(absolute, MARKDOWN_IN_FOLDER), explicit: false, folder: true, root: absolute };
  const matches = isDynamicPattern(pattern) ? await globFrom(cwd, pattern) : [];
  return { matches, explicit: false, folder: false, root: path.resolve(cwd, fixedStart(pattern)) };
}

/** `../plans/**\/*.md` → `../plans`: the folders before the first segment with a wildcard. */
function fixedStart(pattern: string): string {
  const segments = pattern.split('/');
  const fixed = segments.slice(0, segments.findIndex((segment) => isDynamicPattern(segment)));
  return fixed.join('/') || '.';
}

/** Null when the path leads nowhere (a dangling link is reported when it is read). */
function realPath(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}

function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function globFrom(cwd: string, pattern: string): Promise<string[]> {
  return glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ALWAYS_SKIPPED, expandDirectories: false });
}

/** A broken symbolic link counts as a file, so that it is reported as unreadable rather than missing. */
function statKind(file: string): 'file' | 'folder' | null {
  try {
    return statSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    try {
      lstatSync(file);
      return 'file';
    } catch {
      return null;
    }
  }
}
