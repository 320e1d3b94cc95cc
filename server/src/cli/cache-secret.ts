/**
 * The key that signs --cache entries, made once per user and machine and kept outside every project (in
 * the user's cache folder). A cache file can be committed or written by hand, so an entry counts only if
 * it was signed with this key: a cache from anywhere else cannot vouch that a document has no findings.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SECRET_BYTES = 32;

/** `$XDG_CACHE_HOME/partnerlint`, `%LOCALAPPDATA%\partnerlint` on Windows, else `~/.cache/partnerlint`. */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' && env.LOCALAPPDATA) || path.join(os.homedir(), '.cache');
  return path.join(base, 'partnerlint');
}

/** The stored key, created on first use; a fresh one for this run only when none can be stored (nothing is reused then). */
export function cacheSecret(): Buffer {
  const file = path.join(userCacheFolder(), 'cache-key');
  return readSecret(file) ?? createSecret(file) ?? readSecret(file) ?? randomBytes(SECRET_BYTES);
}

function readSecret(file: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const secret = Buffer.alloc(SECRET_BYTES + 1);
    return readSync(fd, secret, 0, secret.length, 0) === SECRET_BYTES ? secret.subarray(0, SECRET_BYTES) : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function createSecret(file: string): Buffer | null {
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const fd = openSync(file, 'wx', 0o600); // two runs at once: the second finds it there and reads it
    try {
      const secret = randomBytes(SECRET_BYTES);
      writeSync(fd, secret);
      return secret;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
