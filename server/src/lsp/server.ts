/**
 * partnerlint's language server. Start it with `node out/server.js --stdio` (or `--node-ipc`, as the
 * VS Code client does). This file only wires the connection to the modules that do the work.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearConfigCache, CONFIG_FILE_NAMES } from '../config/index.js';
import { readClientFeatures, serverCapabilities, type ClientFeatures } from './capabilities.js';
import { codeActionsFor } from './code-actions.js';
import { executeCommand } from './commands.js';
import { DiagnosticsPipeline } from './diagnostics-pipeline.js';
import { DocumentLinter } from './document-linter.js';
import { brokenConfigMessage, ConfigResolver } from './file-config.js';
import { describeError, guarded } from './guard.js';
import { hoverAt } from './hover.js';
import { ClientSettingsStore } from './settings.js';
import { uriToPath } from './uris.js';
import { WorkspaceDiagnostics } from './workspace-diagnostics.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logError = (message: string): void => connection.console.error(message);

// A bug anywhere must end up in the log, not end the server.
process.on('uncaughtException', (error) => logError(`partnerlint: uncaught error: ${describeError(error)}`));
process.on('unhandledRejection', (error) => logError(`partnerlint: unhandled rejection: ${describeError(error)}`));

let features: ClientFeatures;
let folders: string[] = [];
let clientSettings: ClientSettingsStore;
let pipeline: DiagnosticsPipeline;
let workspace: WorkspaceDiagnostics;

const configs = new ConfigResolver(
  {
    // A plain window/showMessage: the author needs to know, but nothing waits for an answer.
    reportBrokenConfig: (error) =>
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: brokenConfigMessage(error) }),
    log: logError,
  },
  () => folders[0],
);
const linter = new DocumentLinter(logError);

connection.onInitialize((params): InitializeResult => {
  features = readClientFeatures(params);
  folders = features.folders;
  clientSettings = new ClientSettingsStore(connection, features.configuration);
  pipeline = new DiagnosticsPipeline(
    connection,
    documents,
    linter,
    clientSettings,
    configs,
    { pull: features.pullDiagnostics, refreshSupport: features.diagnosticRefresh, debounceMs: features.debounceMs },
    logError,
  );
  workspace = new WorkspaceDiagnostics(connection, () => folders, configs, clientSettings, (uri) => !!documents.get(uri));
  return { capabilities: serverCapabilities(features), serverInfo: { name: 'partnerlint' } };
});

connection.onInitialized(() => {
  if (features.dynamicConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'partnerlint' });
  }
  if (features.dynamicWatchedFiles) {
    const names = new Set([...CONFIG_FILE_NAMES, 'package.json']);
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [...names].map((name) => ({ globPattern: `**/${name}` })),
    });
  }
  if (features.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
      const added = event.added.flatMap((folder) => uriToPath(folder.uri) ?? []);
      folders = [...folders.filter((folder) => !removed.has(folder)), ...added];
    });
  }
});

documents.onDidOpen(
  guarded('didOpen', logError, undefined, ({ document }) => {
    pipeline.opened(document.uri);
    workspace.opened(document.uri, features.pullDiagnostics);
  }),
);
documents.onDidChangeContent(guarded('didChange', logError, undefined, ({ document }) => pipeline.changed(document.uri)));
documents.onDidSave(guarded('didSave', logError, undefined, ({ document }) => pipeline.saved(document.uri)));
documents.onDidClose(
  guarded('didClose', logError, undefined, async ({ document }) => {
    pipeline.closed(document.uri);
    await workspace.closed(document.uri);
  }),
);

connection.onDidChangeConfiguration(
  guarded('didChangeConfiguration', logError, undefined, (params) => {
    clientSettings.changed(params?.settings);
    pipeline.relintAll();
  }),
);

connection.onDidChangeWatchedFiles(
  guarded('didChangeWatchedFiles', logError, undefined, () => {
    clearConfigCache();
    pipeline.relintAll();
  }),
);

connection.languages.diagnostics.on(
  guarded('textDocument/diagnostic', logError, { kind: 'full', items: [] } as const, (params, token) =>
    pipeline.pull(params, token),
  ),
);

connection.onHover(
  guarded('textDocument/hover', logError, null, async (params) => {
    const snapshot = await pipeline.current(params.textDocument.uri);
    return snapshot ? hoverAt(snapshot, params.position) : null;
  }),
);

connection.onCodeAction(
  guarded('textDocument/codeAction', logError, [], async (params) => {
    const snapshot = await pipeline.current(params.textDocument.uri);
    return snapshot ? codeActionsFor(snapshot, params) : [];
  }),
);

connection.onExecuteCommand(
  guarded('workspace/executeCommand', logError, null, (params) =>
    executeCommand({ connection, features, pipeline, workspace }, params),
  ),
);

documents.listen(connection);
connection.listen();
