/**
 * The --cache file (.partnerlintcache unless --cache-location says otherwise): each file's findings, keyed
 * by a signature (HMAC, see cache-secret.ts) of its text, its settings and the partnerlint build, so an
 * unchanged file is not parsed again. Any change to one of the three misses, and so does an entry this
 * user did not sign on this machine. The file is never read or written through a symbolic link.
 */
import { createHash, createHmac } from 'node:crypto';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocumentVerdict, Finding, LintSettings } from '../engine/types.js';
import { readRegularFile } from '../config/read-regular-file.js';
import { writeFileAtomic } from './write-atomic.js';

export const CACHE_FILE_NAME = '.partnerlintcache';
/** Findings of thousands of documents fit well within this; a larger file is not a cache of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** --cache-location names the file, or a folder to keep .partnerlintcache in; by default, the current folder. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, CACHE_FILE_NAME);
  const absolute = path.resolve(cwd, location);
  return /[\\/]$/.test(location) || isFolder(absolute) ? path.join(absolute, CACHE_FILE_NAME) : absolute;
}

export interface CachedResult {
  findings: Finding[];
  verdict: DocumentVerdict;
}

interface CacheData {
  build: string;
  entries: Record<string, { key: string; result: CachedResult }>;
}

export class ResultCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly secret: Buffer,
    private readonly data: CacheData,
  ) {}

  /** `buildFile` is the running bundle: a new build invalidates every entry. A problem when the file may not be used. */
  static open(file: string, buildFile: string, secret: Buffer): { cache: ResultCache } | { problem: string } {
    const read = readRegularFile(file, MAX_CACHE_BYTES, { followLink: false });
    if ('problem' in read && read.problem !== 'does not exist') return { problem: read.problem };
    const build = createHash('sha256').update(readFileSync(buildFile)).digest('hex');
    const stored = 'bytes' in read ? parseCacheData(read.bytes) : undefined;
    const cache = new ResultCache(file, secret, stored?.build === build ? stored : { build, entries: {} });
    cache.changed = stored?.build !== build;
    return { cache };
  }

  key(text: string, settings: LintSettings, errorsOnly: boolean): string {
    return createHmac('sha256', this.secret).update(JSON.stringify([this.data.build, text, settings, errorsOnly])).digest('hex');
  }

  get(filePath: string, key: string): CachedResult | undefined {
    const entry = this.data.entries[filePath];
    return entry?.key === key ? entry.result : undefined;
  }

  set(filePath: string, key: string, result: CachedResult): void {
    this.data.entries[filePath] = { key, result };
    this.changed = true;
  }

  save(): void {
    if (!this.changed) return;
    // A link put in its place since it was read is left alone too.
    if (isSymbolicLink(this.file)) return;
    writeFileAtomic(this.file, JSON.stringify(this.data));
  }
}

/** A damaged cache is simply empty: it only ever saves time. */
function parseCacheData(bytes: Buffer): CacheData | undefined {
  try {
    const data = JSON.parse(bytes.toString('utf8')) as CacheData;
    return typeof data.build === 'string' && data.entries && typeof data.entries === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
