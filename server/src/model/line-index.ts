import { lastAtMost } from './sorted.js';

/** Offset <-> line/column conversion for one text. */
export interface LineIndex {
  locate(offset: number): { line: number; column: number };
  lineStart(line: number): number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
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
