/**
 * A small LSP client for tests (and the editor-latency bench): starts the built server as a real child
 * process over stdio and speaks JSON-RPC to it with vscode-languageserver-protocol.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowDocumentParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SERVER_PATH = path.join(REPO_ROOT, 'server/out/server.js');
export const FIXTURES = path.join(REPO_ROOT, 'test-fixtures/lsp');

/** Waits are bounded so a broken server fails a test instead of hanging it. */
const WAIT_LIMIT_MS = 15_000;

export interface StartOptions {
  /** The workspace folder the client opens. */
  folder: string;
  /** Declare `textDocument.diagnostic`, so the server serves pull diagnostics. */
  pull?: boolean;
  /** Answers to `workspace/configuration` for section `partnerlint`. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** `stdio` (default) as most editors do, or `ipc` as the VS Code client does (`--node-ipc`). */
  transport?: 'stdio' | 'ipc';
  /** Another build of the server (the one an npm install put in a project); the repository's by default. */
  serverPath?: string;
}

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly editsRequested: ApplyWorkspaceEditParams[] = [];
  readonly documentsShown: ShowDocumentParams[] = [];
  readonly registrations: Registration[] = [];
  readonly statuses: unknown[] = [];
  refreshRequests = 0;
  stderr = '';
  exited = false;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private readonly listeners = new Set<() => void>();
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly folder: string,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions): Promise<LspTestClient> {
    const serverPath = options.serverPath ?? SERVER_PATH;
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first.`);
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(serverPath, ['--node-ipc'], { silent: true });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new LspTestClient(child, connection, options.folder, options);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    child.on('exit', () => {
      client.exited = true;
      client.notify();
    });
    client.listen();
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(options.folder).href,
      workspaceFolders: [{ uri: pathToFileURL(options.folder).href, name: path.basename(options.folder) }],
      capabilities: clientCapabilities(options.pull === true),
      initializationOptions: { debounceMs: 50, ...options.initializationOptions },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const { connection } = this;
    const record = <T>(list: T[]) => (item: T) => {
      list.push(item);
      this.notify();
    };
    connection.onNotification(PublishDiagnosticsNotification.type, record(this.published));
    connection.onNotification(ShowMessageNotification.type, record(this.messages));
    connection.onNotification(LogMessageNotification.type, record(this.logs));
    connection.onNotification('partnerlint/status', record(this.statuses));
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'partnerlint' ? this.settings : null)),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      record(this.editsRequested)(params);
      return { applied: true };
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      record(this.documentsShown)(params);
      return { success: true };
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests += 1;
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves with the first value `probe` returns that is not undefined, re-checking after every message. */
  waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const value = probe();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.exited) {
          done();
          reject(new Error(`The server exited while waiting for ${what}.\nstderr:\n${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Gave up waiting for ${what}.`));
      }, WAIT_LIMIT_MS);
      const done = (): void => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** The next diagnostics published for `uri` after index `after` in `published` that satisfy `accept`. */
  nextDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    after = this.published.length,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () =>
      this.published.slice(after).find((params) => params.uri === uri && accept(params)),
    );
  }

  uri(relativePath: string): string {
    return pathToFileURL(path.join(this.folder, relativePath)).href;
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    return this.changeRange(uri, undefined, text);
  }

  async changeRange(uri: string, range: Range | undefined, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { partnerlint: settings } });
  }

  async fileChanged(uri: string, type: FileChangeType = FileChangeType.Changed): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async codeActions(uri: string, range: Range, context: Partial<CodeActionContext> = {}): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], ...context },
    });
    return (result ?? []) as CodeAction[];
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  executeCommand(command: string, args: unknown[] = []): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** Shuts the server down politely and waits for the process to end. */
  async stop(): Promise<void> {
    if (!this.exited) {
      await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
      await this.waitFor('the server to exit', () => (this.exited ? true : undefined)).catch(() => this.process.kill());
    }
    this.connection.dispose();
  }
}

function clientCapabilities(pull: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
      },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    window: { showDocument: { support: true } },
  };
}

/** A fresh workspace folder under the system temp folder, with the named fixtures copied in. */
export function makeWorkspace(fixtures: string[] = []): { folder: string; remove(): void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'partnerlint-lsp-'));
  for (const name of fixtures) cpSync(path.join(FIXTURES, name), path.join(folder, name), { recursive: true });
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The text a list of LSP text edits makes of `text` (edits must not overlap). */
export function applyTextEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: Position): number => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

export function byRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === ruleId);
}
