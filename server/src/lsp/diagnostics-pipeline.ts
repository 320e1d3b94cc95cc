/**
 * When documents are linted and how their diagnostics reach the client: pushed after a debounce, or
 * answered to the client's pulls. Either way, results for an outdated version are never sent.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from './diagnostics.js';
import type { DocumentLinter, LintRequest, LintSnapshot } from './document-linter.js';
import type { ConfigResolver } from './file-config.js';
import { STATUS_NOTIFICATION, type DocumentStatus } from './protocol.js';
import { LintScheduler } from './scheduler.js';
import type { ClientSettingsStore } from './settings.js';

export interface PipelineOptions {
  pull: boolean;
  refreshSupport: boolean;
  debounceMs: number;
}

export class DiagnosticsPipeline {
  private readonly scheduler: LintScheduler;
  private readonly justOpened = new Set<string>();
  /** When each document last changed, so a pull right after a keystroke waits out the debounce. */
  private readonly lastChange = new Map<string, number>();
  /** In onSave mode: what the client was last shown, and the documents saved (or opened) since. */
  private readonly shown = new Map<string, LintSnapshot>();
  private readonly dueOnSave = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: DocumentLinter,
    private readonly clientSettings: ClientSettingsStore,
    private readonly configs: ConfigResolver,
    private readonly options: PipelineOptions,
    logError: (message: string) => void,
  ) {
    this.scheduler = new LintScheduler(options.debounceMs, (uri, isStale) => this.pushRun(uri, isStale), (error) =>
      logError(`partnerlint: lint run failed: ${String(error)}`),
    );
  }

  opened(uri: string): void {
    this.justOpened.add(uri);
    this.dueOnSave.add(uri);
  }

  async changed(uri: string): Promise<void> {
    const opening = this.justOpened.delete(uri);
    if (!opening) this.lastChange.set(uri, Date.now());
    if (this.options.pull) return; // the client pulls after every change
    const { run } = await this.clientSettings.get(uri);
    if (opening || run === 'onType') this.scheduler.schedule(uri, opening);
  }

  async saved(uri: string): Promise<void> {
    const { run } = await this.clientSettings.get(uri);
    if (run !== 'onSave') return;
    this.dueOnSave.add(uri);
    if (this.options.pull) this.refresh();
    else this.scheduler.schedule(uri, true);
  }

  closed(uri: string): void {
    this.scheduler.cancel(uri);
    for (const state of [this.justOpened, this.dueOnSave]) state.delete(uri);
    this.lastChange.delete(uri);
    this.shown.delete(uri);
    this.linter.forget(uri);
    this.clientSettings.forget(uri);
    this.configs.forget(uri);
  }

  /** Settings or config files changed: lint every open document again. */
  relintAll(): void {
    for (const document of this.documents.all()) this.dueOnSave.add(document.uri);
    if (this.options.pull) this.refresh();
    else for (const document of this.documents.all()) this.scheduler.schedule(document.uri, true);
  }

  /** `textDocument/diagnostic`. */
  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument?.uri;
    if (typeof uri !== 'string' || !this.documents.get(uri)) {
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    const { run } = await this.clientSettings.get(uri);
    const shown = this.shown.get(uri);
    let snapshot: LintSnapshot;
    if (run === 'onSave' && shown && !this.dueOnSave.has(uri)) {
      snapshot = shown;
    } else {
      await this.waitOutDebounce(uri, token);
      const document = this.documents.get(uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      snapshot = this.linter.lint(await this.lintRequest(document));
      this.dueOnSave.delete(uri);
      this.shown.set(uri, snapshot);
      this.sendStatus(snapshot);
    }
    if (params.previousResultId === snapshot.resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: snapshot.resultId };
    }
    return {
      kind: DocumentDiagnosticReportKind.Full,
      resultId: snapshot.resultId,
      items: toDiagnostics(snapshot.result.findings, snapshot.document),
    };
  }

  /** The findings of a document's current text, for hovers, code actions and commands. */
  async current(uri: string): Promise<LintSnapshot | null> {
    const document = this.documents.get(uri);
    if (!document) return null;
    return this.linter.lint(await this.lintRequest(document));
  }

  async lintRequest(document: TextDocument): Promise<LintRequest> {
    const client = await this.clientSettings.get(document.uri);
    const config = this.configs.resolve(document.uri, client.rules);
    const skipReason = !client.enable
      ? 'partnerlint is switched off (partnerlint.enable).'
      : config.ignored
        ? `Ignored by ${config.configFiles.at(-1) ?? 'the partnerlint configuration'}.`
        : undefined;
    return {
      uri: document.uri,
      version: document.version,
      text: document.getText(),
      settings: config.settings,
      enabled: skipReason === undefined,
      skipReason,
      configFiles: config.configFiles,
    };
  }

  private async pushRun(uri: string, isStale: () => boolean): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const request = await this.lintRequest(document);
    // A newer edit, or a close, arrived while the settings were being read.
    if (isStale() || this.documents.get(uri)?.version !== request.version) return;
    const snapshot = this.linter.lint(request);
    this.dueOnSave.delete(uri);
    this.shown.set(uri, snapshot);
    this.connection.sendDiagnostics({
      uri,
      version: snapshot.version,
      diagnostics: toDiagnostics(snapshot.result.findings, snapshot.document),
    });
    this.sendStatus(snapshot);
  }

  private async waitOutDebounce(uri: string, token: CancellationToken): Promise<void> {
    const changedAt = this.lastChange.get(uri);
    const remaining = changedAt === undefined ? 0 : changedAt + this.options.debounceMs - Date.now();
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
    if (token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer edit replaced this request.');
    }
  }

  private refresh(): void {
    if (this.options.refreshSupport) this.connection.languages.diagnostics.refresh();
  }

  private sendStatus(snapshot: LintSnapshot): void {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of snapshot.result.findings) counts[finding.severity] += 1;
    const status: DocumentStatus = {
      uri: snapshot.uri,
      version: snapshot.version,
      kind: snapshot.result.document.kind,
      reason: snapshot.result.document.reason,
      counts,
      configFiles: snapshot.configFiles,
      linted: snapshot.model !== null,
    };
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }
}
