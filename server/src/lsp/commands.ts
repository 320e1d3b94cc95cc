/** `workspace/executeCommand`: lint the workspace, fix all in a document, open a rule's page. */
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import { fixAllEdits, workspaceEdit } from './code-actions.js';
import type { DiagnosticsPipeline } from './diagnostics-pipeline.js';
import type { ClientFeatures } from './capabilities.js';
import {
  FIX_ALL_COMMAND,
  LINT_WORKSPACE_COMMAND,
  SHOW_DOCUMENTATION_COMMAND,
  type WorkspaceLintSummary,
} from './protocol.js';
import type { WorkspaceDiagnostics } from './workspace-diagnostics.js';

export interface CommandContext {
  connection: Connection;
  features: ClientFeatures;
  pipeline: DiagnosticsPipeline;
  workspace: WorkspaceDiagnostics;
}

export async function executeCommand(
  context: CommandContext,
  params: ExecuteCommandParams,
): Promise<WorkspaceLintSummary | number | null> {
  const args = Array.isArray(params.arguments) ? params.arguments : [];
  switch (params.command) {
    case LINT_WORKSPACE_COMMAND:
      return context.workspace.lintAll();
    case FIX_ALL_COMMAND:
      return fixAll(context, uriArgument(args[0]));
    case SHOW_DOCUMENTATION_COMMAND:
      await showDocumentation(context, args[0]);
      return null;
    default:
      context.connection.console.warn(`partnerlint: unknown command ${String(params.command)}`);
      return null;
  }
}

/** Applies one pass of safe fixes through `workspace/applyEdit`; answers how many were applied. */
async function fixAll(context: CommandContext, uri: string | undefined): Promise<number> {
  const snapshot = uri ? await context.pipeline.current(uri) : null;
  if (!snapshot) return 0;
  const edits = fixAllEdits(snapshot);
  if (edits.length === 0 || !context.features.applyEdit) return 0;
  const result = await context.connection.workspace.applyEdit({
    label: 'Fix all auto-fixable partnerlint problems',
    edit: workspaceEdit(snapshot.document, edits),
  });
  return result.applied ? edits.length : 0;
}

async function showDocumentation(context: CommandContext, url: unknown): Promise<void> {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
  if (context.features.showDocument) {
    await context.connection.window.showDocument({ uri: url, external: true });
  } else {
    context.connection.window.showInformationMessage(`partnerlint rule documentation: ${url}`);
  }
}

/** Accepts a URI string, a `TextDocumentIdentifier` or anything with a `uri`. */
function uriArgument(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { uri?: unknown }).uri === 'string') {
    return (value as { uri: string }).uri;
  }
  return undefined;
}
