/** Reads a document as UTF-8 text, refusing what cannot be a document rather than guessing. */
import { readRegularFile, tooLarge } from '../config/read-regular-file.js';
import type { ReadOrigin } from './write-fixes.js';

/** Larger files are skipped: no real partnership document comes near this, and it keeps memory bounded. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export interface Source {
  text: string;
  /** The file began with a byte-order mark; it is kept out of `text` and put back when writing. */
  bom: boolean;
  /** Where the text came from, so that fixes are written only over exactly what was read (none for stdin). */
  origin?: ReadOrigin;
}

export type SourceRead = { source: Source } | { problem: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSourceFile(file: string): SourceRead {
  const read = readRegularFile(file, MAX_SOURCE_BYTES);
  if ('problem' in read) return read;
  const decoded = decodeSource(read.bytes);
  if ('source' in decoded) decoded.source.origin = { bytes: read.bytes, dev: read.stat.dev, ino: read.stat.ino };
  return decoded;
}

export function decodeSource(bytes: Uint8Array): SourceRead {
  if (bytes.length > MAX_SOURCE_BYTES) return { problem: tooLarge(bytes.length, MAX_SOURCE_BYTES) };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8 text' };
  }
  const bom = text.startsWith('\uFEFF');
  return { source: { text: bom ? text.slice(1) : text, bom } };
}
