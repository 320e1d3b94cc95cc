/**
 * Flattens markdown inline content to plain text while remembering, for every character, the source
 * offset it came from. Escapes, entities, list indentation and block-quote markers make the text and
 * the source differ, so characters are aligned one by one rather than assumed to line up.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { MappedText, Span } from './types.js';

export class TextBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];

  get length(): number {
    return this.offsets.length;
  }

  /** Adds `value`, aligning it against `source` starting at `sourceStart`. */
  addAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    // Most text is written exactly as it reads; only escapes, entities and indentation need aligning.
    if (sourceEnd - sourceStart === value.length && source.startsWith(value, sourceStart)) {
      for (let i = 0; i < value.length; i++) this.offsets.push(sourceStart + i);
      this.parts.push(value);
      return;
    }
    let cursor = sourceStart;
    for (let i = 0; i < value.length; i++) {
      const found = findNear(source, value.charCodeAt(i), cursor, sourceEnd);
      if (found !== -1) cursor = found;
      this.offsets.push(Math.min(cursor, sourceEnd));
      if (found !== -1) cursor++;
    }
    this.parts.push(value);
  }

  /** Adds separator text that has no source of its own (it maps to `at`). */
  addSynthetic(value: string, at: number): void {
    for (let i = 0; i < value.length; i++) this.offsets.push(at);
    this.parts.push(value);
  }

  /** Adds inline nodes whose positions count from `base` in `source`. */
  addInline(nodes: readonly PhrasingContent[], source: string, base: number): void {
    for (const node of nodes) addInlineNode(this, node, source, base);
  }

  finish(span: Span): MappedText {
    const text = this.parts.join('');
    const offsets = Int32Array.from(this.offsets);
    return mappedText(text, offsets, 0, text.length, span);
  }
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

function mappedText(text: string, offsets: Int32Array, from: number, to: number, span: Span): MappedText {
  return {
    text,
    span,
    sourceOffset(index: number): number {
      const at = from + index;
      if (at >= to) return to > from ? offsets[to - 1] + 1 : span.start;
      return offsets[at];
    },
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
