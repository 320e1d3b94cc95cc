/**
 * Runs the engine on open documents and remembers the last result per document, so that asking again
 * for unchanged text and settings (a pull, a hover, a code action, an undo back to the same text) costs
 * nothing. The model is built here through the engine's own `buildModel` so hovers can read it too.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel } from '../engine/lint.js';
import { PartFindingsMemo } from '../engine/part-memo.js';
import type { LintResult, LintSettings } from '../engine/types.js';
import { buildModel, ModelCache } from '../model/build.js';
import type { PartnershipDocument } from '../model/types.js';

export interface LintSnapshot {
  uri: string;
  version: number;
  /** The text as it was linted: every offset in `result` and `model` refers to it. */
  document: TextDocument;
  /** Null when the document was not linted (switched off or ignored by config). */
  model: PartnershipDocument | null;
  result: LintResult;
  /** Changes whenever the findings may have changed; pull diagnostics answer `unchanged` while it holds. */
  resultId: string;
  settingsKey: string;
  configFiles: string[];
}

export interface LintRequest {
  uri: string;
  version: number;
  text: string;
  settings: LintSettings;
  /** False when the document must not be linted; `skipReason` then says why. */
  enabled: boolean;
  skipReason?: string;
  configFiles: string[];
}

interface DocumentCaches {
  model: ModelCache;
  findings: PartFindingsMemo;
}

export class DocumentLinter {
  private readonly snapshots = new Map<string, LintSnapshot>();
  private readonly caches = new Map<string, DocumentCaches>();
  private readonly loggedFailures = new Set<string>();
  /** Distinguishes result ids of this server process from a previous one's. */
  private readonly runId = Math.random().toString(36).slice(2, 8);
  private counter = 0;

  constructor(private readonly logError: (message: string) => void) {}

  lint(request: LintRequest): LintSnapshot {
    const settingsKey = JSON.stringify([request.enabled, request.skipReason, request.settings]);
    const previous = this.snapshots.get(request.uri);
    if (previous && previous.settingsKey === settingsKey && previous.document.getText() === request.text) {
      // Same text and settings: same findings. Only the version moves on.
      const moved = { ...previous, version: request.version, document: snapshotDocument(request) };
      this.snapshots.set(request.uri, moved);
      return moved;
    }
    const caches = this.cachesFor(request.uri);
    const model = request.enabled
      ? buildModel(request.text, { kind: request.settings.kind, partners: request.settings.partners, cache: caches.model })
      : null;
    const result: LintResult = model
      ? lintModel(model, request.settings, caches.findings)
      : { findings: [], document: { kind: null, reason: request.skipReason ?? 'Not linted.' }, ruleFailures: [] };
    this.logRuleFailures(request.uri, result);
    const snapshot: LintSnapshot = {
      uri: request.uri,
      version: request.version,
      document: snapshotDocument(request),
      model,
      result,
      resultId: `${this.runId}-${++this.counter}`,
      settingsKey,
      configFiles: request.configFiles,
    };
    this.snapshots.set(request.uri, snapshot);
    return snapshot;
  }

  /** Each open document keeps the walk and part findings of its sections, so a keystroke re-checks one section. */
  private cachesFor(uri: string): DocumentCaches {
    let caches = this.caches.get(uri);
    if (!caches) this.caches.set(uri, (caches = { model: new ModelCache(), findings: new PartFindingsMemo() }));
    return caches;
  }

  get(uri: string): LintSnapshot | undefined {
    return this.snapshots.get(uri);
  }

  forget(uri: string): void {
    this.snapshots.delete(uri);
    this.caches.delete(uri);
  }

  /** A rule that throws must not go unnoticed, nor flood the log on every keystroke. */
  private logRuleFailures(uri: string, result: LintResult): void {
    for (const failure of result.ruleFailures) {
      const key = `${failure.ruleId}\n${failure.error.split('\n')[0]}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.logError(`Rule ${failure.ruleId} failed on ${uri}; its findings are missing:\n${failure.error}`);
    }
  }
}

function snapshotDocument(request: LintRequest): TextDocument {
  return TextDocument.create(request.uri, 'markdown', request.version, request.text);
}
