/**
 * The palette commands, and the command behind "Show documentation" code actions. Linting and fixing
 * run in the server (`workspace/executeCommand`); opening a web page and the output stay in the editor.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  FIX_ALL_COMMAND,
  LINT_WORKSPACE_COMMAND,
  SHOW_DOCUMENTATION_COMMAND,
  type WorkspaceLintSummary,
} from '../../server/src/lsp/protocol';
import { NEW_DOCUMENT_COMMANDS } from './new-documents';

export const SHOW_OUTPUT_COMMAND = 'partnerlint.showOutput';
export const RESTART_SERVER_COMMAND = 'partnerlint.restartServer';

export function registerCommands(client: LanguageClient, output: vscode.OutputChannel): vscode.Disposable[] {
  const inServer = <T>(command: string, args: unknown[] = []) =>
    client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

  return [
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, async () => {
      const summary = await inServer<WorkspaceLintSummary>(LINT_WORKSPACE_COMMAND);
      void vscode.window.showInformationMessage(describeSummary(summary));
      return summary;
    }),
    // From the palette there is no argument: it means the document in front of the author.
    vscode.commands.registerCommand(FIX_ALL_COMMAND, async (uri?: string | vscode.Uri) => {
      const target = uri?.toString() ?? activeMarkdownUri();
      if (!target) {
        void vscode.window.showWarningMessage('Partnerlint: open a markdown document to fix its problems.');
        return 0;
      }
      return inServer<number>(FIX_ALL_COMMAND, [target]);
    }),
    // A rule's page opens in the browser: a web page is no job for the language server.
    vscode.commands.registerCommand(SHOW_DOCUMENTATION_COMMAND, (url: string) => vscode.env.openExternal(vscode.Uri.parse(url))),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true)),
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      output.appendLine('Restarting the partnerlint server.');
      await client.restart();
    }),
    ...NEW_DOCUMENT_COMMANDS.map(({ command, snippet }) => vscode.commands.registerCommand(command, () => openSkeleton(snippet))),
  ];
}

/** An untitled document (the server checks those too), filled by inserting the snippet so Tab walks its placeholders. */
async function openSkeleton(snippetName: string): Promise<vscode.Uri> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown' });
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: snippetName });
  return document.uri;
}

function activeMarkdownUri(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri.toString() : undefined;
}

function describeSummary(summary: WorkspaceLintSummary): string {
  const files = summary.files === 1 ? '1 markdown file' : `${summary.files} markdown files`;
  const findings = summary.findings === 1 ? '1 finding' : `${summary.findings} findings`;
  return `Partnerlint checked ${files}: ${summary.partnershipDocuments} partnership documents, ${findings}. See the Problems panel.`;
}
