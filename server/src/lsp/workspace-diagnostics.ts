/**
 * "Lint the whole workspace": diagnostics for every markdown file in the workspace folders, open or not.
 * Files that are not open are linted from disk and their diagnostics pushed; when such a file is opened
 * the editor pipeline takes over, and when it is closed again its on-disk result comes back.
 */
import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UsageError } from '../cli/args.js';
import { findFiles } from '../cli/find-files.js';
import { readSourceFile } from '../cli/read-source.js';
import { lint } from '../engine/lint.js';
import { toDiagnostics } from './diagnostics.js';
import type { ConfigResolver } from './file-config.js';
import type { WorkspaceLintSummary } from './protocol.js';
import type { ClientSettingsStore } from './settings.js';
import { uriToPath } from './uris.js';

export class WorkspaceDiagnostics {
  /** Files whose diagnostics this pass published (and so must keep up to date or clear). */
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: () => string[],
    private readonly configs: ConfigResolver,
    private readonly clientSettings: ClientSettingsStore,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  async lintAll(): Promise<WorkspaceLintSummary> {
    const summary: WorkspaceLintSummary = { files: 0, partnershipDocuments: 0, findings: 0 };
    for (const folder of this.folders()) {
      for (const file of await markdownFilesIn(folder)) {
        const uri = pathToFileURL(file).href;
        if (this.isOpen(uri)) continue;
        const linted = await this.lintFile(uri);
        if (!linted) continue;
        summary.files += 1;
        if (linted.partnership) summary.partnershipDocuments += 1;
        summary.findings += linted.diagnostics.length;
      }
    }
    return summary;
  }

  /** An opened file is now the editor pipeline's: with pull diagnostics, drop the pushed copy. */
  opened(uri: string, pull: boolean): void {
    if (pull && this.published.has(uri)) this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A closed file shows its on-disk result again if the workspace pass covered it; otherwise nothing. */
  async closed(uri: string): Promise<void> {
    if (!this.published.has(uri) || !(await this.lintFile(uri))) {
      this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** Lints one file from disk and publishes its diagnostics; null when it is ignored, switched off or gone. */
  private async lintFile(uri: string): Promise<{ diagnostics: Diagnostic[]; partnership: boolean } | null> {
    const file = uriToPath(uri);
    const client = await this.clientSettings.get(uri);
    const config = this.configs.resolve(uri, client.rules);
    const read = file && client.enable && !config.ignored ? readSourceFile(file) : null;
    const text = read && 'source' in read ? read.source.text : null;
    if (text === null) {
      this.forget(uri);
      return null;
    }
    const result = lint(text, config.settings);
    const diagnostics = toDiagnostics(result.findings, TextDocument.create(uri, 'markdown', 0, text));
    this.published.add(uri);
    this.connection.sendDiagnostics({ uri, diagnostics });
    return { diagnostics, partnership: result.document.kind !== null };
  }

  private forget(uri: string): void {
    if (this.published.delete(uri)) this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** The markdown files the CLI would check in `folder` (same globs, same .gitignore and .partnerlintignore). */
async function markdownFilesIn(folder: string): Promise<string[]> {
  try {
    return (await findFiles([], folder)).files.map((found) => found.file);
  } catch (error) {
    if (error instanceof UsageError) return []; // no markdown at all
    throw error;
  }
}
