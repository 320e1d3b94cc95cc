/**
 * Tokenizes markdown with partnerlint's injection grammars the way VS Code does (vscode-textmate with the
 * Oniguruma WebAssembly build), over small markdown and YAML host grammars, and checks the scopes given.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const GRAMMARS: Record<string, string> = {
  'text.html.markdown': new URL('./markdown-host.tmLanguage.json', import.meta.url).pathname,
  'source.yaml': new URL('./yaml-host.tmLanguage.json', import.meta.url).pathname,
  'partnerlint.injection': new URL('../partnerlint.injection.tmLanguage.json', import.meta.url).pathname,
  'partnerlint.frontmatter.injection': new URL('../partnerlint-frontmatter.injection.tmLanguage.json', import.meta.url).pathname,
};

let markdown: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const path = GRAMMARS[scopeName];
      return path ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    // What the extension's two `injectTo: ["text.html.markdown"]` grammars make VS Code do.
    getInjections: (scopeName) =>
      scopeName === 'text.html.markdown' ? ['partnerlint.injection', 'partnerlint.frontmatter.injection'] : undefined,
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('the markdown host grammar did not load');
  markdown = grammar;
});

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  source.split('\n').forEach((line, index) => {
    const result = markdown.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** The scopes of the one token with exactly this text (on the given line, when the text repeats). */
function scopesOf(tokens: Token[], text: string, line?: number): string[] {
  const found = tokens.filter((token) => token.text === text && (line === undefined || token.line === line));
  if (found.length !== 1) {
    const seen = tokens.map((token) => `${token.line}:${JSON.stringify(token.text)} ${token.scopes.join(' ')}`).join('\n');
    throw new Error(`expected one token ${JSON.stringify(text)}${line === undefined ? '' : ` on line ${line}`}, found ${found.length}:\n${seen}`);
  }
  return found[0].scopes;
}

describe('partnerlint directives', () => {
  it('marks the command as a keyword, rule ids as constants and the reason as a comment', () => {
    const tokens = tokenize('<!-- partnerlint-disable-next-line buzzword, vague-aim -- wording agreed with the board -->');
    expect(scopesOf(tokens, '<!--')).toEqual([
      'text.html.markdown',
      'comment.block.html',
      'meta.directive.partnerlint',
      'punctuation.definition.comment.html',
    ]);
    expect(scopesOf(tokens, 'partnerlint-disable-next-line')).toContain('keyword.control.directive.partnerlint');
    expect(scopesOf(tokens, 'buzzword')).toContain('constant.language.rule-id.partnerlint');
    expect(scopesOf(tokens, 'vague-aim')).toContain('constant.language.rule-id.partnerlint');
    expect(scopesOf(tokens, ',')).toContain('punctuation.separator.rule.partnerlint');
    expect(scopesOf(tokens, '--')).toContain('punctuation.separator.reason.partnerlint');
    expect(scopesOf(tokens, ' wording agreed with the board ')).toContain('comment.line.reason.partnerlint');
    expect(scopesOf(tokens, '-->')).toContain('punctuation.definition.comment.html');
  });

  it.each(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'])('knows partnerlint-%s', (command) => {
    const tokens = tokenize(`<!-- partnerlint-${command} -->`);
    expect(scopesOf(tokens, `partnerlint-${command}`)).toContain('keyword.control.directive.partnerlint');
  });

  it('wins over the host comment when the directive is indented', () => {
    const tokens = tokenize('  <!-- partnerlint-disable-file -->');
    expect(scopesOf(tokens, 'partnerlint-disable-file')).toContain('keyword.control.directive.partnerlint');
  });

  it('finds a directive at the end of a paragraph line', () => {
    const tokens = tokenize('Progress will be monitored. <!-- partnerlint-disable-line missing-accountability -->');
    expect(scopesOf(tokens, 'partnerlint-disable-line')).toEqual([
      'text.html.markdown',
      'meta.paragraph.markdown',
      'comment.block.html',
      'meta.directive.partnerlint',
      'keyword.control.directive.partnerlint',
    ]);
    expect(scopesOf(tokens, 'missing-accountability')).toContain('constant.language.rule-id.partnerlint');
  });

  it('follows a directive over two lines', () => {
    const tokens = tokenize('<!-- partnerlint-disable buzzword\n  -- the funder asked for this wording -->\nText.');
    expect(scopesOf(tokens, ' the funder asked for this wording ', 1)).toContain('comment.line.reason.partnerlint');
    expect(scopesOf(tokens, 'Text.', 2)).toEqual(['text.html.markdown', 'meta.paragraph.markdown']);
  });

  it('leaves ordinary comments, code blocks and inline code alone', () => {
    const tokens = tokenize('<!-- a note for editors -->\n\n```\n<!-- partnerlint-disable -->\n```\n\nSee `<!-- partnerlint-enable -->` here.');
    expect(tokens.filter((token) => token.scopes.some((scope) => scope.includes('partnerlint')))).toEqual([]);
    expect(scopesOf(tokens, '<!-- partnerlint-disable -->', 3)).toContain('markup.fenced_code.block.markdown');
  });
});

describe('frontmatter keys', () => {
  const document = [
    '---',
    'type: agreement',
    'title: "Northshire discharge agreement"',
    'owner: type',
    'partners:',
    '  - Northshire County Council',
    'kind: agreement # what partnerlint checks it as',
    '---',
    '',
    'type: this line is text',
  ].join('\n');

  it.each([
    ['type', 1],
    ['title', 2],
    ['partners', 4],
    ['kind', 6],
  ])('marks %s as a key partnerlint reads', (key, line) => {
    const scopes = scopesOf(tokenize(document), key, line);
    expect(scopes.slice(0, 2)).toEqual(['text.html.markdown', 'meta.embedded.block.frontmatter']);
    expect(scopes.slice(-2)).toEqual(['entity.name.tag.yaml', 'keyword.other.frontmatter-key.partnerlint']);
  });

  it('reaches keys inside rules the YAML grammar has open', () => {
    expect(scopesOf(tokenize(document), 'kind', 6)).toContain('meta.mapping.yaml');
  });

  it('scopes the rest of the line as YAML does', () => {
    const tokens = tokenize(document);
    expect(scopesOf(tokens, ':', 1)).toContain('punctuation.separator.key-value.mapping.yaml');
    expect(scopesOf(tokens, 'agreement', 1)).toContain('string.unquoted.plain.out.yaml');
    expect(scopesOf(tokens, '"Northshire discharge agreement"', 2)).toContain('string.quoted.double.yaml');
    expect(scopesOf(tokens, 'agreement', 6)).toContain('string.unquoted.plain.out.yaml');
    expect(scopesOf(tokens, '# what partnerlint checks it as', 6)).toContain('comment.line.number-sign.yaml');
  });

  it('leaves other keys and values to YAML', () => {
    const tokens = tokenize(document);
    expect(scopesOf(tokens, 'owner', 3)).toEqual(['text.html.markdown', 'meta.embedded.block.frontmatter', 'meta.mapping.yaml', 'entity.name.tag.yaml']);
    expect(scopesOf(tokens, 'type', 3)).not.toContain('keyword.other.frontmatter-key.partnerlint');
  });

  it('does not mark the same words outside the frontmatter', () => {
    const tokens = tokenize(document);
    expect(scopesOf(tokens, 'type: this line is text', 9)).toEqual(['text.html.markdown', 'meta.paragraph.markdown']);
    expect(scopesOf(tokenize('Some text\n\n---\ntype: x\n'), 'type: x', 3)).toEqual(['text.html.markdown', 'meta.paragraph.markdown']);
  });
});
