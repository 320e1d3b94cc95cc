/** The built language server survives what real clients and bad luck throw at it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  DocumentDiagnosticRequest,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { byRule, LspTestClient, makeWorkspace } from './support/lsp-client.js';
import { positionOf, readFixture } from './support/lsp-text.js';

const agreement = readFixture('agreement.md');

describe('robustness', () => {
  const workspace = makeWorkspace(['agreement.md']);
  let client: LspTestClient;
  const uri = () => client.uri('agreement.md');

  /** Proof of life: the server still lints and answers. */
  async function stillServes(): Promise<void> {
    const report = (await client.pull(uri())) as FullDocumentDiagnosticReport;
    expect(byRule(report.items, 'no-review-or-exit')).toHaveLength(1);
    const hover = await client.hover(uri(), positionOf(agreement, 'synergy', 2));
    expect((hover!.contents as MarkupContent).value).toContain('buzzword');
    expect(client.exited).toBe(false);
  }

  beforeAll(async () => {
    // A long debounce keeps a pull waiting long enough to be cancelled.
    client = await LspTestClient.start({ folder: workspace.folder, pull: true, initializationOptions: { debounceMs: 2000 } });
    await client.open(uri(), agreement);
  });
  afterAll(async () => {
    await client.stop();
    workspace.remove();
  });

  it('survives a message that is not JSON', async () => {
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": ';
    client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    await stillServes();
  });

  it('answers requests with malformed params without dying, and logs the error', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', { position: 'nowhere' });
    expect(hover).toBeNull();
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri() } });
    expect(actions).toEqual([]);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: null, contentChanges: 7 });
    await client.waitFor('an error in the log', () =>
      client.logs.find((log) => /textDocument\/hover failed/.test(log.message)),
    );
    await stillServes();
  });

  it('answers an unknown method with MethodNotFound and carries on', async () => {
    const error = await client.connection.sendRequest('partnerlint/noSuchThing', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.MethodNotFound);
    await stillServes();
  });

  it('handles documents it does not know', async () => {
    const unknown = client.uri('not-open.md');
    expect(await client.hover(unknown, { line: 0, character: 0 })).toBeNull();
    expect(await client.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } })).toEqual([]);
    expect(await client.executeCommand('partnerlint.fixAll', [unknown])).toBe(0);
    await client.changeRange(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
    await client.close(unknown);
    await stillServes();
  });

  it('gives up a pull the client cancels, and answers the next one', async () => {
    await client.change(uri(), `${agreement}\nOne more synergy.\n`);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uri() } }, source.token);
    source.cancel();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
    const report = (await client.pull(uri())) as FullDocumentDiagnosticReport;
    expect(byRule(report.items, 'buzzword')).toHaveLength(3);
  });
});
