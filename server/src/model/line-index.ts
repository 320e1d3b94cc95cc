import { lastAtMost } from './sorted.js';

/** Offset <-> line/column conversion for one text. */
export interface LineIndex {
  locate(offset: number): { line: number; column: number };
  lineStart(line: number): number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  // A line ends at \n, \r\n or a lone \r, as in CommonMark and in the editor's own positions.
  if (text.includes('\r')) {
    for (const end of text.matchAll(/\r\n?|\n/g)) starts.push((end.index ?? 0) + end[0].length);
  } else {
    // Most files have \n alone, and indexOf finds it several times faster than a pattern.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  return {
    locate(offset: number) {
      const index = lastAtMost(starts, offset);
      return { line: index + 1, column: offset - starts[index] + 1 };
    },
    lineStart(line: number) {
      return starts[Math.min(Math.max(line, 1), starts.length) - 1];
    },
  };
}
