/** The language server's diagnostics, pushed and pulled, over a real stdio connection to the built server. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  MessageType,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import { byRule, LspTestClient, makeWorkspace } from './support/lsp-client.js';
import { readFixture } from './support/lsp-text.js';

const agreement = readFixture('agreement.md');

describe('push diagnostics', () => {
  const workspace = makeWorkspace(['agreement.md', 'notes.md', 'second-agreement.md']);
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ folder: workspace.folder });
  });
  afterAll(async () => {
    await client.stop();
    workspace.remove();
  });

  it('advertises its features and watches config files', async () => {
    const { capabilities, serverInfo } = client.initializeResult;
    expect(serverInfo?.name).toBe('partnerlint');
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.partnerlint'] });
    expect(capabilities.diagnosticProvider).toBeUndefined();
    const watch = await client.waitFor('the watched-files registration', () =>
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
    );
    const globs = (watch.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    expect(globs).toEqual(expect.arrayContaining(['**/.partnerlintrc.json', '**/.partnerlintrc.yaml', '**/package.json']));
  });

  it('publishes diagnostics for an opened agreement, shaped for editors', async () => {
    const uri = client.uri('agreement.md');
    await client.open(uri, agreement);
    const { diagnostics, version } = await client.nextDiagnostics(uri, () => true, 0);
    expect(version).toBe(1);
    expect(diagnostics.every((d) => d.source === 'partnerlint')).toBe(true);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.codeDescription?.href).toBe(ruleDocsUrl(String(diagnostic.code)));
    }
    const buzzwords = byRule(diagnostics, 'buzzword');
    expect(buzzwords.map((d) => agreement.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character))).toEqual([
      'Going forward',
      'synergy',
    ]);
    expect(buzzwords[0].severity).toBe(DiagnosticSeverity.Information);
    const review = byRule(diagnostics, 'no-review-or-exit');
    expect(review).toHaveLength(1);
    expect(review[0].severity).toBe(DiagnosticSeverity.Error);
    expect(review[0].message).toMatch(/review/i);
  });

  it('tells the client the document kind through partnerlint/status', async () => {
    const uri = client.uri('agreement.md');
    const status = await client.waitFor('a status', () =>
      client.statuses.find((s) => (s as { uri: string }).uri === uri),
    );
    expect(status).toMatchObject({ uri, kind: 'agreement', linted: true });
  });

  it('publishes no findings for a file that is not a partnership document, and says why', async () => {
    const uri = client.uri('notes.md');
    await client.open(uri, readFixture('notes.md'));
    const { diagnostics } = await client.nextDiagnostics(uri, () => true, 0);
    expect(diagnostics).toEqual([]);
    const status = (await client.waitFor('the notes status', () =>
      client.statuses.find((s) => (s as { uri: string }).uri === uri),
    )) as { kind: unknown; reason: string };
    expect(status.kind).toBeNull();
    expect(status.reason.length).toBeGreaterThan(0);
  });

  it('re-lints after an edit: a removed buzzword goes, an added problem comes', async () => {
    const uri = client.uri('agreement.md');
    const edited = agreement.replace('Going forward, the', 'From April 2026 the').replace('\n## Resources', '\nWe want a step change in joined-up thinking.\n\n## Resources');
    const version = await client.change(uri, edited);
    const { diagnostics } = await client.nextDiagnostics(uri, (p) => p.version === version);
    const words = byRule(diagnostics, 'buzzword').map((d) => d.message);
    expect(words.some((m) => /going forward/i.test(m))).toBe(false);
    expect(words.some((m) => /synergy/i.test(m))).toBe(true);
    expect(words.some((m) => /step change/i.test(m))).toBe(true);
  });

  it('under rapid edits publishes only the latest version', async () => {
    // A buffer with no file behind it, so the workspace pass below does not see it.
    const uri = client.uri('rapid.md');
    const text = readFixture('second-agreement.md');
    await client.open(uri, text);
    await client.nextDiagnostics(uri, (p) => p.version === 1, 0);
    const before = client.published.length;
    // Each intermediate text adds a synergy; the last one has none.
    const sends = [1, 2, 3, 4, 5].map((n) => client.change(uri, `${text}\n${'More synergy. '.repeat(n)}\n`));
    await Promise.all(sends);
    const last = await client.change(uri, text.replace('going forward', 'from May'));
    const latest = await client.nextDiagnostics(uri, (p) => p.version === last, before);
    const forUri = client.published.slice(before).filter((p) => p.uri === uri);
    expect(forUri.map((p) => p.version)).toEqual([last]);
    expect(byRule(latest.diagnostics, 'buzzword')).toEqual([]);
  });

  it('changes severities when the client settings change, and stops when disabled', async () => {
    const uri = client.uri('agreement.md');
    let after = client.published.length;
    await client.changeSettings({ rules: { buzzword: 'error', 'no-review-or-exit': 'off' } });
    let { diagnostics } = await client.nextDiagnostics(uri, () => true, after);
    expect(byRule(diagnostics, 'buzzword').every((d) => d.severity === DiagnosticSeverity.Error)).toBe(true);
    expect(byRule(diagnostics, 'buzzword').length).toBeGreaterThan(0);
    expect(byRule(diagnostics, 'no-review-or-exit')).toEqual([]);

    after = client.published.length;
    await client.changeSettings({ enable: false });
    ({ diagnostics } = await client.nextDiagnostics(uri, () => true, after));
    expect(diagnostics).toEqual([]);

    after = client.published.length;
    await client.changeSettings({});
    ({ diagnostics } = await client.nextDiagnostics(uri, () => true, after));
    expect(byRule(diagnostics, 'no-review-or-exit')).toHaveLength(1);
  });

  it('re-reads a config file when it changes, and keeps going with the last good one when it breaks', async () => {
    const uri = client.uri('agreement.md');
    const configPath = path.join(workspace.folder, '.partnerlintrc.json');
    writeFileSync(configPath, JSON.stringify({ root: true, rules: { buzzword: 'off' } }));
    let after = client.published.length;
    await client.fileChanged(client.uri('.partnerlintrc.json'));
    let { diagnostics } = await client.nextDiagnostics(uri, () => true, after);
    expect(byRule(diagnostics, 'buzzword')).toEqual([]);
    expect(byRule(diagnostics, 'no-review-or-exit')).toHaveLength(1);

    // Broken: a message once, and the last good settings (buzzword off) still apply.
    writeFileSync(configPath, '{ "root": true, "rules": { "buzzword": ');
    after = client.published.length;
    await client.fileChanged(client.uri('.partnerlintrc.json'));
    ({ diagnostics } = await client.nextDiagnostics(uri, () => true, after));
    expect(byRule(diagnostics, 'buzzword')).toEqual([]);
    expect(byRule(diagnostics, 'no-review-or-exit')).toHaveLength(1);
    const errors = () => client.messages.filter((m) => m.type === MessageType.Error);
    expect(errors()).toHaveLength(1);
    expect(errors()[0].message).toContain('.partnerlintrc.json');
    expect(errors()[0].message).toMatch(/last settings that worked/);

    // More edits under the same broken file: no second message.
    after = client.published.length;
    const version = await client.change(uri, `${agreement}\nAnother paragraph.\n`);
    await client.nextDiagnostics(uri, (p) => p.version === version, after);
    expect(errors()).toHaveLength(1);

    // Fixed again: the file's new content applies.
    writeFileSync(configPath, JSON.stringify({ root: true, rules: { 'no-review-or-exit': 'warning' } }));
    after = client.published.length;
    await client.fileChanged(client.uri('.partnerlintrc.json'));
    ({ diagnostics } = await client.nextDiagnostics(uri, () => true, after));
    expect(byRule(diagnostics, 'buzzword').length).toBeGreaterThan(0);
    expect(byRule(diagnostics, 'no-review-or-exit')[0].severity).toBe(DiagnosticSeverity.Warning);
  });

  it('lints the whole workspace on command, publishing for files that are not open', async () => {
    const closedUri = client.uri('second-agreement.md');
    const after = client.published.length;
    const summary = (await client.executeCommand('partnerlint.lintWorkspace')) as Record<string, number>;
    // agreement.md and notes.md are open, so only second-agreement.md is linted from disk.
    expect(summary).toEqual({ files: 1, partnershipDocuments: 1, findings: expect.any(Number) });
    const { diagnostics } = await client.nextDiagnostics(closedUri, (p) => p.diagnostics.length > 0, after);
    expect(byRule(diagnostics, 'no-review-or-exit')).toHaveLength(1);
    expect(summary.findings).toBe(diagnostics.length);

    // Opened, it is the editor's; closed again, its on-disk findings come back instead of vanishing.
    const text = readFixture('second-agreement.md');
    await client.open(closedUri, text);
    await client.nextDiagnostics(closedUri, (p) => p.version === 1, after);
    const beforeClose = client.published.length;
    await client.close(closedUri);
    const reopened = await client.nextDiagnostics(closedUri, () => true, beforeClose);
    expect(reopened.diagnostics).toHaveLength(summary.findings);
  });

  it('with run: onSave, lints on save and not while typing', async () => {
    const uri = client.uri('agreement.md');
    let after = client.published.length;
    await client.changeSettings({ run: 'onSave' });
    await client.nextDiagnostics(uri, () => true, after);

    after = client.published.length;
    const version = await client.change(uri, agreement.replace('Going forward, the', 'From April the'));
    // Several debounce periods pass with nothing published...
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(client.published.slice(after).filter((p) => p.uri === uri)).toEqual([]);
    // ...until the document is saved.
    await client.save(uri);
    const { diagnostics } = await client.nextDiagnostics(uri, (p) => p.version === version, after);
    expect(byRule(diagnostics, 'buzzword').some((d) => /going forward/i.test(d.message))).toBe(false);
    await client.changeSettings({});
  });
});

describe('pull diagnostics', () => {
  const workspace = makeWorkspace(['agreement.md']);
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ folder: workspace.folder, pull: true });
  });
  afterAll(async () => {
    await client.stop();
    workspace.remove();
  });

  it('declares a diagnostic provider when the client can pull', () => {
    expect(client.initializeResult.capabilities.diagnosticProvider).toEqual({
      identifier: 'partnerlint',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('answers pulls, then "unchanged" while nothing changed, then the new findings after an edit', async () => {
    const uri = client.uri('agreement.md');
    await client.open(uri, agreement);
    const first = (await client.pull(uri)) as FullDocumentDiagnosticReport;
    expect(first.kind).toBe(DocumentDiagnosticReportKind.Full);
    expect(first.resultId).toBeTruthy();
    expect(byRule(first.items, 'buzzword')).toHaveLength(2);
    expect(byRule(first.items, 'no-review-or-exit')).toHaveLength(1);

    const again = await client.pull(uri, first.resultId);
    expect(again).toEqual({ kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });

    await client.change(uri, agreement.replace('Going forward, the', 'From April the'));
    const next = (await client.pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
    expect(next.kind).toBe(DocumentDiagnosticReportKind.Full);
    expect(next.resultId).not.toBe(first.resultId);
    expect(byRule(next.items, 'buzzword')).toHaveLength(1);
    // Pulling clients get nothing pushed for open documents.
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('asks the client to pull again when settings change', async () => {
    const uri = client.uri('agreement.md');
    const before = client.refreshRequests;
    const current = (await client.pull(uri)) as FullDocumentDiagnosticReport;
    await client.changeSettings({ rules: { buzzword: 'warning' } });
    await client.waitFor('a diagnostic refresh', () => (client.refreshRequests > before ? true : undefined));
    const report = (await client.pull(uri, current.resultId)) as FullDocumentDiagnosticReport;
    expect(report.kind).toBe(DocumentDiagnosticReportKind.Full);
    expect(byRule(report.items, 'buzzword').every((d) => d.severity === DiagnosticSeverity.Warning)).toBe(true);
  });

  it('answers a pull for a document it does not know with an empty report', async () => {
    const report = await client.pull(client.uri('never-opened.md'));
    expect(report).toEqual({ kind: DocumentDiagnosticReportKind.Full, items: [] });
  });
});

describe('node IPC transport (as the VS Code client starts it)', () => {
  const workspace = makeWorkspace(['agreement.md']);
  afterAll(() => workspace.remove());

  it('serves diagnostics over --node-ipc too', async () => {
    const client = await LspTestClient.start({ folder: workspace.folder, transport: 'ipc' });
    try {
      const uri = client.uri('agreement.md');
      await client.open(uri, agreement);
      const { diagnostics } = await client.nextDiagnostics(uri, () => true, 0);
      expect(byRule(diagnostics, 'no-review-or-exit')).toHaveLength(1);
    } finally {
      await client.stop();
    }
  });
});
