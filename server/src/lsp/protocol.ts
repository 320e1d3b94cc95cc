/**
 * The names partnerlint's server and its clients agree on: commands, custom notifications and
 * initialization options. The VS Code client imports these so both sides spell them the same way.
 */
import type { DocumentKind } from '../engine/types.js';

/** Lints every markdown file in the workspace folders and publishes the results. Returns a `WorkspaceLintSummary`. */
export const LINT_WORKSPACE_COMMAND = 'partnerlint.lintWorkspace';
/** Applies every safe fix in one document. Arguments: `[uri]`. Returns the number of fixes applied. */
export const FIX_ALL_COMMAND = 'partnerlint.fixAll';
/** Opens a rule's page. Arguments: `[url, ruleId]`. The VS Code client handles it itself; others ask the server. */
export const SHOW_DOCUMENTATION_COMMAND = 'partnerlint.showDocumentation';

export const SERVER_COMMANDS = [LINT_WORKSPACE_COMMAND, FIX_ALL_COMMAND, SHOW_DOCUMENTATION_COMMAND] as const;

/** The code action kind of "fix all", so `editor.codeActionsOnSave: {"source.fixAll.partnerlint": ...}` works. */
export const FIX_ALL_CODE_ACTION_KIND = 'source.fixAll.partnerlint';

/** Sent after every lint of an open document, for the client's language-status item. */
export const STATUS_NOTIFICATION = 'partnerlint/status';

export interface DocumentStatus {
  uri: string;
  version: number;
  /** The document kind, or null when it is not treated as a partnership document. */
  kind: DocumentKind | null;
  /** Why it has this kind (the evidence weighed), why it is not a partnership document, or why it was not linted. */
  reason: string;
  /** Findings by severity in the published diagnostics. */
  counts: { error: number; warning: number; info: number };
  /** Config files that applied, nearest first. */
  configFiles: string[];
  /** False when linting is switched off or a config file ignores the document. */
  linted: boolean;
}

export interface WorkspaceLintSummary {
  /** Markdown files looked at (ignored ones excluded). */
  files: number;
  /** Of those, the ones treated as partnership documents. */
  partnershipDocuments: number;
  findings: number;
}

/** `initializationOptions` the server understands (all optional). */
export interface InitializationOptions {
  /** Wait this long after the last keystroke before linting (default 200 ms). */
  debounceMs?: number;
  /**
   * List partnerlint's commands in `executeCommandProvider`. Off by default because vscode-languageclient
   * registers every listed command itself, which would clash with the extension's own palette commands;
   * clients that only run advertised commands (newer Neovim) should switch it on.
   */
  advertiseCommands?: boolean;
}
