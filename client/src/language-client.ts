/** Builds the language client: the bundled server over IPC, for markdown files on disk and untitled ones. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/lsp/protocol';

/** Where the server bundle sits inside the extension (the .vsix keeps the repository's layout). */
export const SERVER_MODULE = 'server/out/server.js';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(SERVER_MODULE);
  const server = { module, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run: server, debug: server };
  // The extension registers partnerlint's commands itself (see commands.ts), so the server must not advertise them.
  const initializationOptions: InitializationOptions = { advertiseCommands: false };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'partnerlint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.partnerlintrc*'),
    },
    initializationOptions,
    outputChannel: output,
  };
  // The id 'partnerlint' makes the client honour the `partnerlint.trace.server` setting.
  return new LanguageClient('partnerlint', 'Partnerlint', serverOptions, clientOptions);
}
