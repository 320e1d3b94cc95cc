/**
 * The extension inside real VS Code: its commands and settings through the `vscode` API, against the
 * bundled language server. The workspace comes from client/test/vscode.test.ts (see WORKSPACE_FILES there).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { partnerlintDiagnostics, ruleIdOf, ruleIds, waitFor, waitForDiagnostics } from './wait';

const workspaceFile = (path: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, path);
const hasRule = (id: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => ruleIdOf(d) === id);

async function open(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(path));
  return vscode.window.showTextDocument(document);
}

describe('partnerlint extension', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension('partnerlint.partnerlint');
    assert.ok(extension, 'the partnerlint extension is not loaded');
    await open('strategy.md');
    await waitFor('the extension to activate on a markdown file', () => extension.isActive);
  });

  it('registers its palette commands and the documentation command', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'partnerlint.lintWorkspace',
      'partnerlint.fixAll',
      'partnerlint.showOutput',
      'partnerlint.restartServer',
      'partnerlint.showDocumentation',
      'partnerlint.newStrategy',
      'partnerlint.newAgreement',
    ]) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
    await vscode.commands.executeCommand('partnerlint.showOutput');
  });

  it('shows findings for an open partnership document, with rule pages linked', async () => {
    const uri = workspaceFile('strategy.md');
    const diagnostics = await waitForDiagnostics(uri, 'a buzzword finding', hasRule('buzzword'));
    const buzzword = diagnostics.find((d) => ruleIdOf(d) === 'buzzword')!;
    assert.equal(buzzword.range.start.line, 12); // "Going forward" on line 13
    const code = buzzword.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/buzzword\.md$/);
  });

  it('offers the fix, disable comments and documentation as code actions', async () => {
    const uri = workspaceFile('strategy.md');
    const [buzzword] = (await waitForDiagnostics(uri, 'a buzzword finding', hasRule('buzzword'))).filter((d) => ruleIdOf(d) === 'buzzword');
    // Code actions can come back empty on the first ask right after diagnostics arrive: ask again.
    const titles = await waitFor('code actions for the buzzword', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, buzzword.range);
      const found = (actions ?? []).map((action) => action.title);
      return found.some((title) => /From now on/i.test(title)) ? found : false;
    });
    assert.ok(titles.some((title) => /disable buzzword for this line/i.test(title)), titles.join(' | '));
    assert.ok(titles.some((title) => /disable buzzword for this file/i.test(title)), titles.join(' | '));
    assert.ok(titles.some((title) => /documentation for buzzword/i.test(title)), titles.join(' | '));
  });

  it('lints the whole workspace, including documents that are not open', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; partnershipDocuments: number; findings: number }>(
      'partnerlint.lintWorkspace',
    );
    assert.ok(summary, 'Lint whole workspace returned nothing');
    // Only strategy.md is open: the open documents are the editor's, so the pass counts the other four.
    assert.deepEqual({ ...summary, findings: summary.findings > 0 }, { files: 4, partnershipDocuments: 3, findings: true });
    const agreement = workspaceFile('agreements/pooled-budget.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === agreement.toString()), 'the agreement must not be open');
    await waitForDiagnostics(agreement, 'the blanket 50/50 finding', hasRule('fifty-fifty-everything'));
    assert.deepEqual(ruleIds(workspaceFile('notes/README.md')), []);
  });

  it('fixes every safe problem in the active document with "Fix all problems in this document"', async () => {
    const editor = await open('fixme.md');
    await waitForDiagnostics(editor.document.uri, 'buzzword findings', hasRule('buzzword'));
    await vscode.commands.executeCommand('partnerlint.fixAll');
    await waitFor('both buzzwords to be replaced', () => !/going forward|synergy/i.test(editor.document.getText()));
    assert.match(editor.document.getText(), /From now on/);
    assert.match(editor.document.getText(), /combined benefit/);
    await waitForDiagnostics(editor.document.uri, 'the buzzword findings to go', (d) => !hasRule('buzzword')(d));
  });

  it('drops a rule\'s findings when the rule is turned off in the settings, and brings them back', async () => {
    const uri = (await open('strategy.md')).document.uri;
    await waitForDiagnostics(uri, 'a buzzword finding', hasRule('buzzword'));
    const others = partnerlintDiagnostics(uri).filter((d) => ruleIdOf(d) !== 'buzzword').length;
    const settings = vscode.workspace.getConfiguration('partnerlint');
    await settings.update('rules', { buzzword: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      const after = await waitForDiagnostics(uri, 'no buzzword finding', (d) => !hasRule('buzzword')(d));
      assert.equal(after.length, others, 'turning buzzword off changed other rules\' findings');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, 'the buzzword finding back', hasRule('buzzword'));
  });

  it('raises a rule\'s severity from the settings', async () => {
    const uri = (await open('strategy.md')).document.uri;
    const settings = vscode.workspace.getConfiguration('partnerlint');
    await settings.update('rules', { buzzword: 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, 'buzzword as an error', (d) =>
        d.some((x) => ruleIdOf(x) === 'buzzword' && x.severity === vscode.DiagnosticSeverity.Error),
      );
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('keeps linting after "Restart server"', async () => {
    await vscode.commands.executeCommand('partnerlint.restartServer');
    const editor = await open('strategy.md');
    const line = editor.document.lineCount;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '\nWe will find synergy.\n'));
    await waitForDiagnostics(editor.document.uri, 'a finding on the new line from the restarted server', (d) =>
      d.some((x) => ruleIdOf(x) === 'buzzword' && x.range.start.line >= line),
    );
  });

  it('checks .partnerlintrc.json against the configuration schema', async () => {
    // Well-formed JSON, so a problem can only come from the schema the extension contributes.
    const document = await vscode.workspace.openTextDocument(workspaceFile('config-check/.partnerlintrc.json'));
    await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((text) => text.includes('"loud"'));
    await waitFor('a schema problem on the unknown severity', () =>
      vscode.languages.getDiagnostics(document.uri).some((d) => d.range.start.line === line),
    );
  });

  it('inserts the agreement skeleton snippet, which has no findings', async () => {
    const editor = await open('snippet.md');
    await waitForDiagnostics(editor.document.uri, 'findings in the draft', (d) => d.length > 0);
    await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Partnership agreement skeleton' });
    await waitFor('the snippet text', () => editor.document.getText().startsWith('---\ntype: agreement\n'));
    await waitForDiagnostics(editor.document.uri, 'no findings', (d) => d.length === 0);
  });

  it('opens "New partnership strategy" as an unsaved skeleton, which the server checks and finds sound', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('partnerlint.newStrategy');
    assert.equal(uri.scheme, 'untitled');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    await waitFor('the skeleton text', () => editor.document.getText().startsWith('---\ntype: strategy\n'));
    // A buzzword typed in shows that untitled documents are checked; taking it out leaves no finding at all.
    const end = new vscode.Position(editor.document.lineCount, 0);
    await editor.edit((edit) => edit.insert(end, '\nGoing forward, we will find synergy.\n'));
    await waitForDiagnostics(uri, 'a buzzword finding in the untitled document', hasRule('buzzword'));
    await editor.edit((edit) => edit.delete(new vscode.Range(end, new vscode.Position(editor.document.lineCount, 0))));
    await waitForDiagnostics(uri, 'no findings in the skeleton', (d) => d.length === 0);
  });
});
