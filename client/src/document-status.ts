/** The language status item: findings in the document in front of the author, or why it is not linted. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type DocumentStatus } from '../../server/src/lsp/protocol';

export class DocumentStatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('partnerlint.documentStatus', { language: 'markdown' });
  private readonly statusByUri = new Map<string, DocumentStatus>();
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(client: LanguageClient) {
    this.item.name = 'Partnerlint';
    client.onNotification(STATUS_NOTIFICATION, (status: DocumentStatus) => {
      this.statusByUri.set(status.uri, status);
      this.show();
    });
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.show()),
      vscode.workspace.onDidCloseTextDocument((document) => this.statusByUri.delete(document.uri.toString())),
    );
    this.show();
  }

  private show(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    Object.assign(this.item, describeStatus(uri ? this.statusByUri.get(uri) : undefined));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

type ItemLook = Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'severity' | 'busy' | 'command'>;

function describeStatus(status: DocumentStatus | undefined): ItemLook {
  const quiet = { severity: vscode.LanguageStatusSeverity.Information, busy: false, command: undefined };
  if (!status) return { ...quiet, text: 'Partnerlint', detail: 'checking this document', busy: true };
  if (!status.linted) return { ...quiet, text: 'Partnerlint: not checked', detail: status.reason };
  // The text already says it is not one; the detail gives the evidence that was weighed.
  if (status.kind === null) return { ...quiet, text: 'Not a partnership document', detail: status.reason.replace(/^not a partnership document:\s*/i, '') };
  const detail = `Read as a partnership ${status.kind}: ${status.reason}`;
  const { error, warning, info } = status.counts;
  const total = error + warning + info;
  if (total === 0) return { ...quiet, text: `Partnerlint: no findings`, detail };
  return {
    text: `Partnerlint: ${total === 1 ? '1 finding' : `${total} findings`}`,
    detail,
    severity: error > 0 ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Warning,
    busy: false,
    command: { title: 'Show problems', command: 'workbench.actions.view.problems' },
  };
}
