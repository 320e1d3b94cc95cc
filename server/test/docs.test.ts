/**
 * The documentation must agree with the code: every rule has its page, each page's facts table matches
 * the rule's metadata, its options are documented, its Bad and Good examples behave as they claim, and
 * the README links every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../src/config/validate.js';
import { parseDirective } from '../src/engine/directives.js';
import { lint } from '../src/engine/lint.js';
import type { DocumentKind } from '../src/engine/types.js';
import { allRules } from '../src/rules/index.js';
import type { RuleMeta } from '../src/rules/types.js';
import { markdownFiles } from './support/markdown-files.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULES_DIR = join(ROOT, 'docs', 'rules');

const REQUIRED_SECTIONS = ['What it finds', 'Why it matters', 'Bad', 'Good', 'How to fix', 'Options', 'Turning it off'];

/** How each facts-table cell spells the metadata value. */
const LEVEL_WORDS: Record<RuleMeta['level'], string> = { line: 'line', document: 'document', both: 'line and document' };
const FIX_WORDS: Record<string, string> = { fix: 'safe fix', suggestion: 'suggestion', null: 'none' };

interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** Lines outside fenced code blocks, with their 0-based index. */
function proseLines(markdown: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence === null) out.push({ text, index });
  });
  return out;
}

function headings(markdown: string): Heading[] {
  return proseLines(markdown).flatMap(({ text, index }) => {
    const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    return match ? [{ depth: match[1].length, text: match[2], line: index }] : [];
  });
}

/** The text under a heading, up to the next heading of the same or higher level. */
function section(markdown: string, title: string): string {
  const all = headings(markdown);
  const at = all.findIndex((h) => h.text === title);
  if (at === -1) return '';
  const next = all.slice(at + 1).find((h) => h.depth <= all[at].depth);
  const lines = markdown.split('\n');
  return lines.slice(all[at].line + 1, next ? next.line : lines.length).join('\n');
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'));
}

/** The first pipe table outside code blocks: header name (lower case) -> first row's cell. */
function factsTable(markdown: string): Map<string, string> {
  const lines = proseLines(markdown).map((l) => l.text);
  const start = lines.findIndex((line, i) => line.trim().startsWith('|') && /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? ''));
  if (start === -1) return new Map();
  const header = cells(lines[start]).map((h) => h.toLowerCase());
  const row = cells(lines[start + 2] ?? '');
  return new Map(header.map((name, i) => [name, row[i] ?? '']));
}

/** The first markdown code block in `text`. */
function markdownExample(text: string): string {
  return /```markdown\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
}

/** Lints an example snippet as a declared partnership document (titled, unless it has its own title). */
function lintExample(snippet: string, kind: DocumentKind, reportUnusedDirectives = false) {
  const title = /^# /m.test(snippet) ? '' : `# Example partnership ${kind}\n\n`;
  return lint(`---\ntype: ${kind}\n---\n${title}${snippet}`, { reportUnusedDirectives }).findings;
}

function rulesFlagging(snippet: string, kind: DocumentKind): string[] {
  return lintExample(snippet, kind).map((finding) => finding.ruleId);
}

function rulePage(id: string): string {
  return readFileSync(join(RULES_DIR, `${id}.md`), 'utf8');
}

const ruleIds = allRules.map((rule) => rule.meta.id);

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  it('exists, is titled with the rule id and opens with the rule description', () => {
    expect(existsSync(join(RULES_DIR, `${id}.md`)), `add docs/rules/${id}.md`).toBe(true);
    const paragraphs = rulePage(id)
      .split(/\n\s*\n/)
      .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
      .filter(Boolean);
    expect(paragraphs[0]).toBe(`# ${id}`);
    expect(paragraphs[1]).toBe(rule.meta.description);
  });

  it('has every required section', () => {
    const present = headings(rulePage(id)).map((h) => h.text);
    for (const name of REQUIRED_SECTIONS) expect(present, `section "${name}"`).toContain(name);
  });

  it("has a facts table that agrees with the rule's metadata", () => {
    const facts = factsTable(rulePage(id));
    expect(facts.get('default severity')).toBe(rule.meta.defaultSeverity);
    const kinds = (facts.get('applies to') ?? '').split(/\s*,\s*/).filter(Boolean);
    expect([...kinds].sort()).toEqual([...rule.meta.kinds].sort());
    expect(facts.get('level')).toBe(LEVEL_WORDS[rule.meta.level]);
    expect(facts.get('fix')).toBe(FIX_WORDS[String(rule.meta.fixable)]);
  });

  it('documents every option the rule accepts', () => {
    const options = section(rulePage(id), 'Options');
    const schemaProperties = Object.keys((rule.meta.optionsSchema?.properties as object | undefined) ?? {});
    const accepted = new Set([...schemaProperties, ...Object.keys(rule.defaultOptions ?? {})]);
    for (const name of accepted) expect(options, `option ${name}`).toContain(`\`${name}\``);
    if (/has no options/.test(options)) expect([...accepted]).toEqual([]);
  });

  it('gives a Bad example that the rule flags and a Good example that it does not', () => {
    const kind: DocumentKind = rule.meta.kinds.includes('agreement') ? 'agreement' : 'strategy';
    const bad = markdownExample(section(rulePage(id), 'Bad'));
    const good = markdownExample(section(rulePage(id), 'Good'));
    expect(bad, 'a ```markdown block under "Bad"').not.toBe('');
    expect(good, 'a ```markdown block under "Good"').not.toBe('');
    expect(rulesFlagging(bad, kind), `the Bad example of ${id}`).toContain(id);
    expect(rulesFlagging(good, kind), `the Good example of ${id}`).not.toContain(id);
  });

  it('shows how to turn the rule off in configuration and inline', () => {
    const turningOff = section(rulePage(id), 'Turning it off');
    expect(turningOff).toContain(`"${id}": "off"`);
    expect(turningOff).toContain(`<!-- partnerlint-disable-next-line ${id} -- `);
  });
});

describe('the documentation as a whole', () => {
  const docs = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

  it('has a page only for rules that exist', () => {
    const pages = readdirSync(RULES_DIR).filter((name) => name.endsWith('.md'));
    for (const page of pages) expect(ruleIds, `docs/rules/${page} has no rule`).toContain(page.replace(/\.md$/, ''));
  });

  it("README's rule table links every rule's page and agrees with its metadata", () => {
    const rows = readFileSync(join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.trim().startsWith('|'));
    for (const { meta } of allRules) {
      const row = rows.find((line) => line.includes(`[${meta.id}](docs/rules/${meta.id}.md)`));
      expect(row, `README table row for ${meta.id}`).toBeDefined();
      const [, description, severity, appliesTo] = cells(row ?? '');
      expect(description).toBe(meta.description);
      expect(severity).toBe(meta.defaultSeverity);
      expect(appliesTo.split(/\s*,\s*/).sort()).toEqual([...meta.kinds].sort());
    }
  });

  it("README's before-and-after example draws the findings it describes, and none after revision", () => {
    const [before, after] = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1]);
    const described = ['vague-aim', 'missing-accountability', 'buzzword'];
    const flaggedBefore = rulesFlagging(before, 'strategy');
    for (const id of described) expect(flaggedBefore, `before: ${id}`).toContain(id);
    expect(flaggedBefore.filter((id) => described.includes(id))).toHaveLength(4);
    const flaggedAfter = rulesFlagging(after, 'strategy');
    for (const id of described) expect(flaggedAfter, `after: ${id}`).not.toContain(id);
  });

  it('shows only directive examples that silence something', () => {
    let checked = 0;
    for (const file of docs) {
      for (const [, snippet] of readFileSync(file, 'utf8').matchAll(/```markdown\n([\s\S]*?)```/g)) {
        const content = snippet.split('\n').filter((line) => line.trim() && !/^\s*<!--.*-->\s*$/.test(line));
        if (!snippet.includes('<!-- partnerlint-') || content.length === 0) continue;
        const unused = lintExample(snippet, 'agreement', true).filter((finding) => finding.ruleId === 'unused-directive');
        expect(unused.map((finding) => finding.message), `${relative(ROOT, file)}:\n${snippet}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(allRules.length);
  });

  it('links only to markdown files and headings that exist', () => {
    for (const file of docs) {
      const text = proseLines(readFileSync(file, 'utf8'))
        .map((l) => l.text)
        .join('\n');
      for (const [, target = '', anchor] of text.matchAll(/\]\(((?:[^)\s#]+\.md)?)(?:#([^)\s]+))?\)/g)) {
        if (!target && !anchor) continue;
        const linked = target ? resolve(dirname(file), target) : file;
        const where = `${relative(ROOT, file)} links to ${target}${anchor ? `#${anchor}` : ''}`;
        expect(existsSync(linked), where).toBe(true);
        if (anchor) expect(headings(readFileSync(linked, 'utf8')).map((h) => githubSlug(h.text)), where).toContain(anchor);
      }
    }
  });

  it('shows only configuration examples that partnerlint accepts', () => {
    let checked = 0;
    for (const file of docs) {
      for (const [, body] of readFileSync(file, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)) {
        const where = `${relative(ROOT, file)}:\n${body}`;
        const data = JSON.parse(body) as Record<string, unknown>;
        // A package.json example carries its configuration under the `partnerlint` key.
        const config = 'name' in data ? data.partnerlint : data;
        expect(() => validateConfig(config, 'example.json'), where).not.toThrow();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(allRules.length);
  });

  it('shows only directives that partnerlint reads, naming rules that exist', () => {
    let seen = 0;
    for (const file of docs) {
      for (const [comment] of readFileSync(file, 'utf8').matchAll(/<!--\s*partnerlint-[^>]*?-->/g)) {
        const directive = parseDirective(comment, { start: 0, end: comment.length });
        expect(directive, `${relative(ROOT, file)}: ${comment}`).not.toBeNull();
        for (const id of directive?.ruleIds ?? []) expect(ruleIds, `${relative(ROOT, file)}: ${comment}`).toContain(id);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(allRules.length);
  });
});
