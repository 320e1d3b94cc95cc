/** What the client can do (read once at initialize) and what the server offers in return. */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { FIX_ALL_CODE_ACTION_KIND, SERVER_COMMANDS, type InitializationOptions } from './protocol.js';
import { uriToPath } from './uris.js';

export const DEFAULT_DEBOUNCE_MS = 200;

export interface ClientFeatures {
  /** `textDocument/diagnostic`: the client pulls diagnostics, so the server does not push them for open documents. */
  pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the server may ask the client to pull again. */
  diagnosticRefresh: boolean;
  configuration: boolean;
  dynamicConfigurationChange: boolean;
  dynamicWatchedFiles: boolean;
  workspaceFolders: boolean;
  showDocument: boolean;
  applyEdit: boolean;
  debounceMs: number;
  advertiseCommands: boolean;
  /** Folder paths at start (workspace folders, or the root). */
  folders: string[];
}

export function readClientFeatures(params: InitializeParams): ClientFeatures {
  const caps = params.capabilities ?? {};
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  const debounce = options.debounceMs;
  return {
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
    configuration: caps.workspace?.configuration === true,
    dynamicConfigurationChange: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchedFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    showDocument: caps.window?.showDocument?.support === true,
    applyEdit: caps.workspace?.applyEdit === true,
    debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 10_000 ? debounce : DEFAULT_DEBOUNCE_MS,
    advertiseCommands: options.advertiseCommands === true,
    folders: initialFolders(params),
  };
}

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_CODE_ACTION_KIND] },
    ...(features.advertiseCommands ? { executeCommandProvider: { commands: [...SERVER_COMMANDS] } } : {}),
    ...(features.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'partnerlint', interFileDependencies: false, workspaceDiagnostics: false } }
      : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

function initialFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.flatMap((uri) => {
    const path = uriToPath(uri);
    return path ? [path] : [];
  });
  if (paths.length === 0 && params.rootPath) paths.push(params.rootPath);
  return paths;
}
