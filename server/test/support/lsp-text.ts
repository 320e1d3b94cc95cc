/** Finding places in fixture texts for LSP tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { FIXTURES } from './lsp-client.js';

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The position of the `nth` occurrence of `needle` in `text`, moved `shift` characters along. */
export function positionOf(text: string, needle: string, shift = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  offset += shift;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function rangeOf(text: string, needle: string, nth = 0): Range {
  return { start: positionOf(text, needle, 0, nth), end: positionOf(text, needle, needle.length, nth) };
}

export function lineOf(text: string, line: number): string {
  return text.split('\n')[line];
}
