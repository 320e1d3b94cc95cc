/**
 * Flattens markdown inline content to plain text while remembering, for every character, the source
 * offset it came from. Escapes, entities, list indentation and block-quote markers make the text and
 * the source differ, so characters are aligned one by one rather than assumed to line up.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { lastAtMost } from './sorted.js';
import type { MappedText, Span } from './types.js';

/**
 * The offset table is kept as runs: text from `textStart` maps to source from `sourceStart`, one
 * character to one (`step` 1), or every character to the same place (`step` 0, for separators).
 * Most text is written exactly as it reads, so a block needs a handful of runs, not one entry a character.
 */
export class TextBuilder {
  private parts: string[] = [];
  private textStarts: number[] = [];
  private sourceStarts: number[] = [];
  private steps: number[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Adds `value`, aligning it against `source` starting at `sourceStart`. */
  addAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    if (sourceEnd - sourceStart === value.length && source.startsWith(value, sourceStart)) {
      this.run(value, sourceStart, 1);
      return;
    }
    // Escapes, entities and indentation make text and source differ: align character by character.
    let cursor = sourceStart;
    for (let i = 0; i < value.length; i++) {
      const found = findNear(source, value.charCodeAt(i), cursor, sourceEnd);
      if (found !== -1) cursor = found;
      this.run(value[i], Math.min(cursor, sourceEnd), 1);
      if (found !== -1) cursor++;
    }
  }

  /** Adds separator text that has no source of its own (it maps to `at`). */
  addSynthetic(value: string, at: number): void {
    this.run(value, at, 0);
  }

  /** Adds inline nodes whose positions count from `base` in `source`. */
  addInline(nodes: readonly PhrasingContent[], source: string, base: number): void {
    for (const node of nodes) addInlineNode(this, node, source, base);
  }

  finish(span: Span): MappedText {
    const text = this.parts.join('');
    const runs: Runs = { textStarts: this.textStarts, sourceStarts: this.sourceStarts, steps: this.steps };
    return mappedText(text, runs, span);
  }

  private run(value: string, sourceStart: number, step: number): void {
    if (value.length === 0) return;
    const last = this.steps.length - 1;
    const continues =
      last >= 0 &&
      this.steps[last] === step &&
      step === 1 &&
      this.sourceStarts[last] + (this.size - this.textStarts[last]) === sourceStart;
    if (!continues) {
      this.textStarts.push(this.size);
      this.sourceStarts.push(sourceStart);
      this.steps.push(step);
    }
    this.parts.push(value);
    this.size += value.length;
  }
}

interface Runs {
  textStarts: number[];
  sourceStarts: number[];
  steps: number[];
}

function mappedText(text: string, runs: Runs, span: Span): MappedText {
  return {
    text,
    span,
    sourceOffset(index: number): number {
      if (text.length === 0) return span.start;
      if (index >= text.length) return offsetIn(runs, text.length - 1) + 1;
      return offsetIn(runs, Math.max(0, index));
    },
  };
}

function offsetIn(runs: Runs, index: number): number {
  const run = lastAtMost(runs.textStarts, index);
  return runs.sourceStarts[run] + runs.steps[run] * (index - runs.textStarts[run]);
}

/**
 * The same text with each line break, tab or other space written as a plain space. Authors wrap
 * lines anywhere ("well\nattended"); with one kind of space, patterns match across the wraps, and
 * since every character keeps its place, so do the offsets.
 */
export function singleLine<T extends MappedText>(text: T): T {
  return /[^\S ]/.test(text.text) ? { ...text, text: text.text.replace(/\s/g, ' ') } : text;
}

/** A slice [from, to) of a built text, sharing its offset table. */
export function sliceMapped(base: MappedText, from: number, to: number): MappedText {
  const start = base.sourceOffset(from);
  const end = to > from ? base.sourceOffset(to - 1) + 1 : start;
  const text = base.text.slice(from, to);
  return {
    text,
    span: { start, end },
    sourceOffset: (index: number) => base.sourceOffset(from + Math.min(index, text.length)),
  };
}

/** Looks a few characters ahead for `ch`: enough to step over escapes, markers and indentation. */
function findNear(source: string, code: number, from: number, end: number): number {
  const limit = Math.min(end, from + 12);
  const space = isSpace(code);
  for (let i = from; i < limit; i++) {
    const at = source.charCodeAt(i);
    // Any whitespace in the value (a soft break) may stand for different whitespace in the source.
    if (at === code || (space && isSpace(at))) return i;
  }
  return -1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

function addInlineNode(builder: TextBuilder, node: PhrasingContent, source: string, base: number): void {
  if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
  const start = base + node.position.start.offset;
  const end = base + node.position.end.offset;
  switch (node.type) {
    case 'text':
      builder.addAligned(node.value, source, start, end);
      return;
    case 'inlineCode':
      builder.addAligned(node.value, source, start, end);
      return;
    case 'break':
      builder.addSynthetic(' ', start);
      return;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) builder.addInline(node.children as PhrasingContent[], source, base);
  }
}

/** Plain text of any node, without positions (for headings and quick checks). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
