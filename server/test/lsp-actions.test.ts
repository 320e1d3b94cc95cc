/** Hovers and code actions of the built language server, checked by applying their edits for real. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionKind, type CodeAction, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import { applyTextEdits, byRule, LspTestClient, makeWorkspace } from './support/lsp-client.js';
import { lineOf, positionOf, rangeOf, readFixture } from './support/lsp-text.js';

const agreement = readFixture('agreement.md');
const placement = readFixture('placement.md');

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  if (!edits) throw new Error(`"${action.title}" has no edit for ${uri}`);
  return edits;
}

function find(actions: CodeAction[], title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  if (!action) throw new Error(`No action "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

describe('hover and code actions', () => {
  const workspace = makeWorkspace(['agreement.md', 'placement.md']);
  let client: LspTestClient;
  let version = 1;
  const uri = () => client.uri('agreement.md');

  /** Opens (or resets) agreement.md to `text` and waits for its diagnostics. */
  async function show(text: string) {
    const after = client.published.length;
    if (version === 1 && !client.published.some((p) => p.uri === uri())) await client.open(uri(), text);
    else version = await client.change(uri(), text);
    return (await client.nextDiagnostics(uri(), (p) => p.version === version, after)).diagnostics;
  }

  beforeAll(async () => {
    client = await LspTestClient.start({ folder: workspace.folder });
    await show(agreement);
  });
  afterAll(async () => {
    await client.stop();
    workspace.remove();
  });

  it('explains a finding on hover: what is wrong, why, how to fix, an example and the link', async () => {
    const hover = await client.hover(uri(), positionOf(agreement, 'synergy', 3));
    const { kind, value } = hover!.contents as MarkupContent;
    expect(kind).toBe('markdown');
    expect(value).toContain('partnerlint: buzzword');
    expect(value).toMatch(/\*\*What is wrong here:\*\* .*synergy/);
    expect(value).toContain('**Why it matters:**');
    expect(value).toContain('**How to fix it:**');
    expect(value).toContain('**For example:**');
    expect(value).toContain(`(${ruleDocsUrl('buzzword')})`);
  });

  it('explains a document-level finding where it is placed', async () => {
    const diagnostics = await show(agreement);
    const review = byRule(diagnostics, 'no-review-or-exit')[0];
    const hover = await client.hover(uri(), review.range.start);
    const { value } = hover!.contents as MarkupContent;
    expect(value).toContain('partnerlint: no-review-or-exit');
    expect(value).toMatch(/Why it matters:\*\* .*(dispute|review|exit)/i);
    expect(value).toMatch(/Suggestion available/);
  });

  it('lists where a partner is given responsibilities when hovering its name', async () => {
    const hover = await client.hover(uri(), positionOf(agreement, 'Northshire NHS Trust |', 5));
    const { value } = hover!.contents as MarkupContent;
    expect(value).toContain('**Partner: Northshire NHS Trust**');
    expect(value).toMatch(/Responsibilities in this document \(1\)/);
    const row = positionOf(agreement, '| Run the joint').line + 1;
    expect(value).toContain(`- Line ${row} in “Who does what” (owner): Run the joint discharge hub`);
    expect(hover!.range).toEqual(rangeOf(agreement, 'Northshire NHS Trust', 1));
  });

  it('says so when a partner has no responsibilities', async () => {
    const hover = await client.hover(uri(), positionOf(agreement, 'Riverside Housing', 3));
    const { value } = hover!.contents as MarkupContent;
    expect(value).toContain('**Partner: Riverside Housing**');
    expect(value).toContain('No action or responsibility in this document is given to Riverside Housing');
  });

  it('has nothing to say about plain text', async () => {
    expect(await client.hover(uri(), positionOf(agreement, 'hub coordinator', 4))).toBeNull();
  });

  it('offers the safe fix as the preferred quick fix, and applying it removes the finding', async () => {
    const diagnostics = await show(agreement);
    const target = byRule(diagnostics, 'buzzword').find((d) => /going forward/i.test(d.message))!;
    const actions = await client.codeActions(uri(), target.range, { diagnostics: [target] });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.kind).toBe(CodeActionKind.QuickFix);
    expect(fix.diagnostics?.[0].code).toBe('buzzword');
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);

    const fixed = applyTextEdits(agreement, editsOf(fix, uri()));
    expect(fixed).not.toMatch(/going forward/i);
    const after = await show(fixed);
    expect(byRule(after, 'buzzword').some((d) => /going forward/i.test(d.message))).toBe(false);
    expect(byRule(after, 'buzzword').some((d) => /synergy/i.test(d.message))).toBe(true);
  });

  it('offers each suggestion as a quick fix that is not preferred', async () => {
    const diagnostics = await show(agreement);
    const review = byRule(diagnostics, 'no-review-or-exit')[0];
    const actions = await client.codeActions(uri(), review.range, { diagnostics: [review] });
    const suggestion = actions.find((a) => /review, exit and dispute/i.test(a.title))!;
    expect(suggestion.kind).toBe(CodeActionKind.QuickFix);
    expect(suggestion.isPreferred).toBeUndefined();
    const withTerms = applyTextEdits(agreement, editsOf(suggestion, uri()));
    const after = await show(withTerms);
    expect(byRule(after, 'no-review-or-exit')).toEqual([]);
  });

  it('disables a rule for one line with a comment above a paragraph', async () => {
    const diagnostics = await show(agreement);
    const target = byRule(diagnostics, 'buzzword')[0];
    const actions = await client.codeActions(uri(), target.range, { diagnostics: [target] });
    const disable = find(actions, 'Disable buzzword for this line');
    const text = applyTextEdits(agreement, editsOf(disable, uri()));
    expect(lineOf(text, target.range.start.line)).toBe('<!-- partnerlint-disable-next-line buzzword -->');
    const after = await show(text);
    // Only that line is silenced: "synergy", on the paragraph's next line, is still reported.
    expect(byRule(after, 'buzzword').map((d) => d.range.start.line)).toEqual([positionOf(text, 'synergy').line]);
    expect(byRule(after, 'no-review-or-exit')).toHaveLength(1);
  });

  it('disables a rule for the file with a comment below the frontmatter', async () => {
    const diagnostics = await show(agreement);
    const target = byRule(diagnostics, 'buzzword')[0];
    const actions = await client.codeActions(uri(), target.range, { diagnostics: [target] });
    const text = applyTextEdits(agreement, editsOf(find(actions, 'Disable buzzword for this file'), uri()));
    const closing = agreement.split('\n').indexOf('---', 1);
    expect(lineOf(text, closing + 1)).toBe('<!-- partnerlint-disable-file buzzword -->');
    const after = await show(text);
    expect(byRule(after, 'buzzword')).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
  });

  it('links each rule to its documentation through a command the client can run', async () => {
    const diagnostics = await show(agreement);
    const target = byRule(diagnostics, 'buzzword')[0];
    const actions = await client.codeActions(uri(), target.range, { diagnostics: [target] });
    const docs = find(actions, 'Show documentation for buzzword');
    expect(docs.command).toEqual({
      title: 'Show documentation for buzzword',
      command: 'partnerlint.showDocumentation',
      arguments: [ruleDocsUrl('buzzword'), 'buzzword'],
    });
    await client.executeCommand(docs.command!.command, docs.command!.arguments);
    expect(client.documentsShown.at(-1)).toEqual({ uri: ruleDocsUrl('buzzword'), external: true });
  });

  it('fixes all safe problems at once as source.fixAll.partnerlint, only when asked for that kind', async () => {
    await show(agreement);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll, ...others] = await client.codeActions(uri(), whole, { only: [CodeActionKind.SourceFixAll] });
    expect(others).toEqual([]);
    expect(fixAll.kind).toBe('source.fixAll.partnerlint');
    expect(await client.codeActions(uri(), whole, { only: [CodeActionKind.QuickFix] })).toEqual([]);
    const fixed = applyTextEdits(agreement, editsOf(fixAll, uri()));
    const after = await show(fixed);
    expect(byRule(after, 'buzzword')).toEqual([]);
    expect(byRule(after, 'no-review-or-exit')).toHaveLength(1);
  });

  it('fixes all through the partnerlint.fixAll command with workspace/applyEdit', async () => {
    await show(agreement);
    const applied = await client.executeCommand('partnerlint.fixAll', [uri()]);
    expect(applied).toBe(2);
    const request = client.editsRequested.at(-1)!;
    const fixed = applyTextEdits(agreement, request.edit.changes![uri()]);
    expect(fixed).not.toMatch(/going forward|synergy/i);
  });

  describe('where disable comments go', () => {
    const placementUri = () => client.uri('placement.md');
    let placementVersion = 1;

    async function lintPlacement(text: string) {
      const after = client.published.length;
      if (placementVersion === 1 && !client.published.some((p) => p.uri === placementUri())) {
        await client.open(placementUri(), text);
      } else {
        placementVersion = await client.change(placementUri(), text);
      }
      return (await client.nextDiagnostics(placementUri(), (p) => p.version === placementVersion, after)).diagnostics;
    }

    async function disableLine(text: string, line: number): Promise<string> {
      const diagnostics = await lintPlacement(text);
      const target = byRule(diagnostics, 'buzzword').find((d) => d.range.start.line === line)!;
      const actions = await client.codeActions(placementUri(), target.range, { diagnostics: [target] });
      return applyTextEdits(text, editsOf(find(actions, 'Disable buzzword for this line'), placementUri()));
    }

    it('appends disable-line to a table row, keeping the table whole', async () => {
      const row = positionOf(placement, '| Open the carers').line;
      const text = await disableLine(placement, row);
      expect(lineOf(text, row)).toBe(`${lineOf(placement, row)} <!-- partnerlint-disable-line buzzword -->`);
      expect(text.split('\n')).toHaveLength(placement.split('\n').length);
      const after = await lintPlacement(text);
      expect(after.filter((d) => d.code === 'buzzword' && d.range.start.line === row)).toEqual([]);
      // The row is still read as a table row: the council still owns the hub.
      const hover = await client.hover(placementUri(), positionOf(text, 'Eastvale Borough Council |', 3));
      expect((hover!.contents as MarkupContent).value).toMatch(/\(owner\): .*Open the carers/);
    });

    it('appends disable-line to the continuation line of a list item', async () => {
      const line = positionOf(placement, 'and, going forward').line;
      const text = await disableLine(placement, line);
      expect(lineOf(text, line)).toBe(`${lineOf(placement, line)} <!-- partnerlint-disable-line buzzword -->`);
      const after = await lintPlacement(text);
      expect(after.filter((d) => d.code === 'buzzword' && d.range.start.line === line)).toEqual([]);
    });

    it('appends disable-line inside a paragraph rather than splitting it', async () => {
      const line = positionOf(placement, 'will look for synergy').line;
      const text = await disableLine(placement, line);
      expect(lineOf(text, line)).toBe(`${lineOf(placement, line)} <!-- partnerlint-disable-line buzzword -->`);
      const after = await lintPlacement(text);
      expect(after.filter((d) => d.code === 'buzzword')).toHaveLength(2);
    });
  });
});
