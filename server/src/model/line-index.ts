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
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1 };
    },
    lineStart(line: number) {
      return starts[Math.min(Math.max(line, 1), starts.length) - 1];
    },
  };
}
