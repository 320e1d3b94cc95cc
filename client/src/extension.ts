/** The partnerlint VS Code extension: starts the bundled language server and adds the editor-side pieces. */
import * as vscode from 'vscode';
import { createLanguageClient } from './language-client';
import { registerCommands } from './commands';
import { DocumentStatusItem } from './document-status';

let stopClient: (() => Promise<void>) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Partnerlint');
  const client = createLanguageClient(context, output);
  const status = new DocumentStatusItem(client);
  context.subscriptions.push(output, status, ...registerCommands(client, output));
  stopClient = () => client.stop();
  // Awaited so that the server's commands exist before a palette command that activated us runs.
  await client.start();
}

export async function deactivate(): Promise<void> {
  await stopClient?.();
}
