/** Reads a document as UTF-8 text, refusing what cannot be a document rather than guessing. */
import { readFileSync, statSync } from 'node:fs';

/** Larger files are skipped: no real partnership document comes near this, and it keeps memory bounded. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export interface Source {
  text: string;
  /** The file began with a byte-order mark; it is kept out of `text` and put back when writing. */
  bom: boolean;
}

export type SourceRead = { source: Source } | { problem: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSourceFile(file: string): SourceRead {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { problem: 'is a folder, not a file' };
    if (stat.size > MAX_SOURCE_BYTES) return { problem: tooLarge(stat.size) };
    bytes = readFileSync(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { problem: `cannot be read (${code ?? message})` };
  }
  return decodeSource(bytes);
}

export function decodeSource(bytes: Uint8Array): SourceRead {
  if (bytes.length > MAX_SOURCE_BYTES) return { problem: tooLarge(bytes.length) };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8 text' };
  }
  const bom = text.startsWith('\uFEFF');
  return { source: { text: bom ? text.slice(1) : text, bom } };
}

function tooLarge(bytes: number): string {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  return `is too large to check (${mb(bytes)} MB; the limit is ${mb(MAX_SOURCE_BYTES)} MB)`;
}
