/**
 * Code actions: each finding's fix and suggestions, disable comments, the rule's page, fix-all, and for
 * a document not recognised as a partnership document, declaring it one.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../engine/apply-fixes.js';
import type { Finding, Fix } from '../engine/types.js';
import { DECLARE_KINDS, declareKindEdit, declareKindTitle } from './declare-kind.js';
import { DIAGNOSTIC_SOURCE, findingRange, findingsForDiagnostic, rangesTouch, toDiagnostic } from './diagnostics.js';
import { disableFileEdit, disableLineEdit } from './disable-comments.js';
import type { LintSnapshot } from './document-linter.js';
import { FIX_ALL_CODE_ACTION_KIND, SHOW_DOCUMENTATION_COMMAND } from './protocol.js';

export function codeActionsFor(snapshot: LintSnapshot, params: CodeActionParams): CodeAction[] {
  const { document, model } = snapshot;
  const actions: CodeAction[] = [];
  const disabledLines = new Set<string>();
  const perRule = new Set<string>();
  for (const finding of findingsInQuestion(snapshot, params)) {
    const diagnostic = toDiagnostic(finding, document);
    if (finding.fix) actions.push(quickFix(document, finding.fix, diagnostic, true));
    for (const suggestion of finding.suggestions ?? []) actions.push(quickFix(document, suggestion, diagnostic, false));

    const lineKey = `${finding.ruleId}:${finding.start.line}`;
    const lineEdit = model && !disabledLines.has(lineKey) ? disableLineEdit(model, document, finding) : null;
    if (lineEdit) {
      disabledLines.add(lineKey);
      actions.push(editAction(`Disable ${finding.ruleId} for this line`, document, [lineEdit], diagnostic));
    }
    if (model && !perRule.has(finding.ruleId)) {
      perRule.add(finding.ruleId);
      actions.push(editAction(`Disable ${finding.ruleId} for this file`, document, [disableFileEdit(model, document, finding.ruleId)], diagnostic));
      actions.push(showDocumentation(finding, diagnostic));
    }
  }
  actions.push(...declareKindActions(snapshot));
  const fixAll = fixAllAction(snapshot);
  if (fixAll) actions.push(fixAll);
  return actions.filter((action) => kindWanted(action.kind!, params.context.only));
}

/** The safe fixes of the whole document, as edits that do not overlap (one pass; run again for the rest). */
export function fixAllEdits(snapshot: LintSnapshot): TextEdit[] {
  const fixes = snapshot.result.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
  return applyEdits(snapshot.document.getText(), fixes).applied.map((edit) => textEdit(snapshot.document, edit));
}

/** The findings the client asks about: those behind its diagnostics, and those under the range. */
function findingsInQuestion(snapshot: LintSnapshot, params: CodeActionParams): Finding[] {
  const { findings } = snapshot.result;
  const chosen = new Set<Finding>();
  for (const diagnostic of params.context.diagnostics ?? []) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    for (const finding of findingsForDiagnostic(findings, diagnostic)) chosen.add(finding);
  }
  for (const finding of findings) {
    if (rangesTouch(findingRange(finding), params.range)) chosen.add(finding);
  }
  return findings.filter((finding) => chosen.has(finding));
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return {
    ...editAction(fix.description, document, [textEdit(document, fix)], diagnostic),
    ...(preferred ? { isPreferred: true } : {}),
  };
}

function editAction(title: string, document: TextDocument, edits: TextEdit[], diagnostic: Diagnostic): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(document, edits) };
}

function showDocumentation(finding: Finding, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${finding.ruleId}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: SHOW_DOCUMENTATION_COMMAND, arguments: [finding.docsUrl, finding.ruleId] },
  };
}

/** A document partnerlint did not recognise stays silent; these let its author say what it is. */
function declareKindActions({ document, model }: LintSnapshot): CodeAction[] {
  if (!model || model.kind !== null) return [];
  return DECLARE_KINDS.flatMap((kind) => {
    const edit = declareKindEdit(model, document, kind);
    return edit ? [{ title: declareKindTitle(kind), kind: CodeActionKind.QuickFix, edit: workspaceEdit(document, [edit]) }] : [];
  });
}

function fixAllAction(snapshot: LintSnapshot): CodeAction | null {
  const edits = fixAllEdits(snapshot);
  if (edits.length === 0) return null;
  return {
    title: 'Fix all auto-fixable partnerlint problems',
    kind: FIX_ALL_CODE_ACTION_KIND,
    edit: workspaceEdit(snapshot.document, edits),
  };
}

/** `only: ['source']` wants `source.fixAll.partnerlint`; `only: ['quickfix']` does not. */
function kindWanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

function textEdit(document: TextDocument, edit: { range: [number, number]; text: string }): TextEdit {
  return {
    range: { start: document.positionAt(edit.range[0]), end: document.positionAt(edit.range[1]) },
    newText: edit.text,
  };
}

export function workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [document.uri]: edits } };
}
