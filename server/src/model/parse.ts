/**
 * One markdown parser for every face: CommonMark, YAML frontmatter and GFM tables. The rest of GFM
 * (autolinks, footnotes, strikethrough, task lists) roughly doubles parse time and no rule needs it.
 */
import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const withTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables).freeze();
const withoutTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** A table needs a pipe; text without one parses the same, and faster, without the table extension. */
export function parseMarkdown(text: string): Root {
  return (text.includes('|') ? withTables : withoutTables).parse(text);
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:/m;
const HTML_BLOCK_START = /^ {0,3}<[A-Za-z/?!]/;
const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\n---[ \t]*(\r?\n|$)/;

/** Where YAML frontmatter ends: a "# comment" inside it is not a heading. */
function frontmatterEnd(text: string): number {
  return FRONTMATTER.exec(text)?.[0].length ?? 0;
}

/**
 * Splits the text before each top-level ATX heading: a heading at column 0 always starts a new
 * block, so each piece parses exactly as it does inside the whole. Fenced code and HTML comments
 * are skipped over; a document with link reference definitions is parsed whole, since a reference
 * in one section may use a definition in another.
 */
export function splitChunks(text: string): number[] {
  // The includes() spares the line-by-line pattern on the many documents without any.
  if (text.includes(']:') && REFERENCE_DEFINITION.test(text)) return [0];
  const starts = [0];
  let fence: string | null = null;
  let inComment = false;
  let inHtml = false;
  let offset = frontmatterEnd(text);
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, end);
    const fenceMatch = FENCE.exec(line);
    if (inHtml && line.trim() === '') inHtml = false;
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) {
      inComment = true;
    } else if (HTML_BLOCK_START.test(line)) {
      inHtml = true; // an HTML block runs to the next blank line and swallows headings
    } else if (offset > 0 && !inHtml && ATX_HEADING.test(line)) {
      starts.push(offset);
    }
    offset = end;
  }
  return starts;
}
