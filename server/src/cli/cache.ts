/**
 * The --cache file (.partnerlintcache): each file's findings keyed by a hash of its text, its settings and
 * the partnerlint build, so an unchanged file is not parsed again. Any change to one of the three misses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentVerdict, Finding, LintSettings } from '../engine/types.js';
import { writeFileAtomic } from './write-atomic.js';

export const CACHE_FILE_NAME = '.partnerlintcache';

export interface CachedResult {
  findings: Finding[];
  verdict: DocumentVerdict;
}

interface CacheData {
  build: string;
  entries: Record<string, { key: string; result: CachedResult }>;
}

export class ResultCache {
  private readonly data: CacheData;
  private changed = false;

  /** `buildFile` is the running bundle: a new build invalidates every entry. */
  constructor(
    private readonly file: string,
    buildFile: string,
  ) {
    const build = hash(readFileSync(buildFile));
    const stored = readCacheFile(file);
    this.data = stored?.build === build ? stored : { build, entries: {} };
    this.changed = stored?.build !== build;
  }

  static key(text: string, settings: LintSettings, errorsOnly: boolean): string {
    return hash(JSON.stringify([text, settings, errorsOnly]));
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
    if (this.changed) writeFileAtomic(this.file, JSON.stringify(this.data));
  }
}

function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A missing or damaged cache is simply empty: it only ever saves time. */
function readCacheFile(file: string): CacheData | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
    return typeof data.build === 'string' && data.entries && typeof data.entries === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}
