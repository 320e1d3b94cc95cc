/** The editor's own settings (`workspace/configuration`, section `partnerlint`), read defensively. */
import type { Connection } from 'vscode-languageserver';
import type { SeveritySetting } from '../engine/types.js';

export interface ClientSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** Severity overrides by rule id; they win over config files. */
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = { enable: true, run: 'onType', rules: {} };

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/** Turns whatever the client sent into settings; unknown or ill-typed values fall back to the defaults. */
export function normalizeClientSettings(raw: unknown): ClientSettings {
  const value = isObject(raw) ? raw : {};
  const rules: Record<string, SeveritySetting> = {};
  if (isObject(value.rules)) {
    for (const [id, severity] of Object.entries(value.rules)) {
      if (typeof severity === 'string' && SEVERITIES.includes(severity)) rules[id] = severity as SeveritySetting;
    }
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_CLIENT_SETTINGS.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}

/**
 * Caches the client's settings per document. With the `workspace/configuration` capability they are
 * asked per document (folder settings may differ); otherwise the last `didChangeConfiguration` payload
 * applies everywhere.
 */
export class ClientSettingsStore {
  private readonly perDocument = new Map<string, Promise<ClientSettings>>();
  private global: ClientSettings = DEFAULT_CLIENT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canAskClient: boolean,
  ) {}

  get(uri: string): Promise<ClientSettings> {
    if (!this.canAskClient) return Promise.resolve(this.global);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'partnerlint' })
        .then(normalizeClientSettings, (error: unknown) => {
          this.connection.console.error(`Could not read the partnerlint settings: ${String(error)}`);
          return DEFAULT_CLIENT_SETTINGS;
        });
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** After `workspace/didChangeConfiguration`: forget cached answers, keep a pushed payload if there is one. */
  changed(payload: unknown): void {
    this.perDocument.clear();
    const section = isObject(payload) ? payload.partnerlint : undefined;
    if (section !== undefined) this.global = normalizeClientSettings(section);
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
