/** Applies edits to a text: non-overlapping ones only, so a fix never disturbs another's words. */
import type { Edit } from './types.js';

export interface AppliedFixes {
  output: string;
  /** Edits that were applied, in source order. */
  applied: Edit[];
  /** Edits left out because they overlapped an earlier one; run again to apply them. */
  skipped: Edit[];
}

export function applyEdits(text: string, edits: readonly Edit[]): AppliedFixes {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    const outOfBounds = start < 0 || end > text.length || start > end;
    // Two insertions at one point would be ordered arbitrarily, so the second waits for another pass.
    if (outOfBounds || start < lastEnd || (start === lastEnd && start === end)) {
      skipped.push(edit);
      continue;
    }
    applied.push(edit);
    lastEnd = end;
  }
  let output = '';
  let cursor = 0;
  for (const edit of applied) {
    output += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}
