/**
 * A cheap first pass for rules that look for phrases: one scan of the whole source finds where a
 * phrase could be, so only the sentences around those places are read closely.
 */
import type { Span } from '../../model/types.js';
import { lastAtMost } from '../../model/sorted.js';

/** Start offsets of every match of `pattern` in `span` of `text`, ascending (the pattern is made global). */
export function matchOffsets(text: string, pattern: RegExp, span: Span): number[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return Array.from(text.slice(span.start, span.end).matchAll(global), (match) => span.start + (match.index ?? 0));
}

/** Whether any of the ascending `offsets` lies inside `span`. */
export function anyWithin(offsets: readonly number[], span: Span): boolean {
  if (offsets.length === 0 || offsets[offsets.length - 1] < span.start) return false;
  const at = lastAtMost(offsets, span.end - 1);
  return offsets[at] >= span.start && offsets[at] < span.end;
}
