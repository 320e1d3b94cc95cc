/**
 * "Check this document as a partnership agreement/strategy": offered by the built language server for
 * a markdown document it did not recognise, and checked by applying its edit for real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyTextEdits, LspTestClient, makeWorkspace } from './support/lsp-client.js';
import { readFixture } from './support/lsp-text.js';

const AS_AGREEMENT = 'Check this document as a partnership agreement';
const AS_STRATEGY = 'Check this document as a partnership strategy';
/** Reads like an agreement to a person, but names nothing partnerlint recognises. */
const UNRECOGNISED = 'Working together\n\nWe want real synergy between our teams.\n\nWe will share the costs 50/50.\n';
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('declaring the kind of a document partnerlint did not recognise', () => {
  const workspace = makeWorkspace();
  let client: LspTestClient;
  let opened = 0;

  /** Opens `text` as a new document, waits until it is linted, and returns its uri and the actions at its start. */
  async function openWithActions(text: string): Promise<{ uri: string; actions: CodeAction[] }> {
    const uri = client.uri(`doc-${(opened += 1)}.md`);
    const after = client.published.length;
    await client.open(uri, text);
    const { diagnostics } = await client.nextDiagnostics(uri, (p) => p.version === 1, after);
    expect(diagnostics).toEqual([]);
    return { uri, actions: await client.codeActions(uri, START) };
  }

  function applied(text: string, uri: string, actions: CodeAction[], title: string): string {
    const action = actions.find((a) => a.title === title);
    if (!action) throw new Error(`No action "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
    return applyTextEdits(text, action.edit?.changes?.[uri] ?? []);
  }

  beforeAll(async () => {
    client = await LspTestClient.start({ folder: workspace.folder });
  });
  afterAll(async () => {
    await client.stop();
    workspace.remove();
  });

  it('adds a frontmatter block at the top, and the declared document then draws findings', async () => {
    const { uri, actions } = await openWithActions(UNRECOGNISED);
    expect(actions.map((a) => a.title)).toEqual([AS_AGREEMENT, AS_STRATEGY]);
    const text = applied(UNRECOGNISED, uri, actions, AS_AGREEMENT);
    expect(text).toBe(`---\ntype: agreement\n---\n${UNRECOGNISED}`);

    const after = client.published.length;
    const version = await client.change(uri, text);
    const { diagnostics } = await client.nextDiagnostics(uri, (p) => p.version === version, after);
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['buzzword', 'no-review-or-exit']));
    expect(await client.codeActions(uri, START)).not.toContainEqual(expect.objectContaining({ title: AS_STRATEGY }));
  });

  it('adds the type as the first line of existing frontmatter, in the file\'s own line endings, touching nothing else', async () => {
    const original = `---\r\ntitle: Working together\r\nowner: Harbour Trust\r\n---\r\n\r\n${UNRECOGNISED.replace(/\n/g, '\r\n')}`;
    const { uri, actions } = await openWithActions(original);
    expect(applied(original, uri, actions, AS_STRATEGY)).toBe(original.replace('---\r\n', '---\r\ntype: strategy\r\n'));
  });

  it('fills an empty frontmatter block', async () => {
    const original = `---\n---\n${UNRECOGNISED}`;
    const { uri, actions } = await openWithActions(original);
    expect(applied(original, uri, actions, AS_AGREEMENT)).toBe(`---\ntype: agreement\n---\n${UNRECOGNISED}`);
  });

  it('is not offered when the frontmatter already says what the document is, nor for a recognised document', async () => {
    const declaredOther = await openWithActions(`---\ntype: blog\n---\n${UNRECOGNISED}`);
    expect(declaredOther.actions.map((a) => a.title)).not.toContain(AS_AGREEMENT);

    const uri = client.uri('agreement.md');
    const after = client.published.length;
    await client.open(uri, readFixture('agreement.md'));
    await client.nextDiagnostics(uri, (p) => p.version === 1, after);
    const titles = (await client.codeActions(uri, START)).map((a) => a.title);
    expect(titles).not.toContain(AS_AGREEMENT);
    expect(titles).not.toContain(AS_STRATEGY);
  });
});
