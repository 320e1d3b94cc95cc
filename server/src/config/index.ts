/**
 * Configuration: found from each file's folder upward, merged from the farthest file to the nearest
 * (the nearest wins), stopping at a configuration with `"root": true`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { DocumentKind, LintSettings, RuleSetting, SeveritySetting } from '../engine/types.js';
import { allRules } from '../rules/index.js';
import { ConfigError } from './errors.js';
import { isPreset } from './extends.js';
import { presetSeverities, type PresetName } from './presets.js';
import { readConfigFile } from './read-config-file.js';
import type { LoadedConfig, RuleEntry } from './types.js';

export { ConfigError } from './errors.js';
export { buildConfigSchema, buildPackageJsonSchema, normalizeSeverity, SEVERITIES, DOCUMENT_KINDS } from './schema.js';
export { PRESET_NAMES, type PresetName } from './presets.js';

export interface FileConfig {
  settings: LintSettings;
  /** Matched by `ignores`, or not matched by `files` when `files` is given. */
  ignored: boolean;
  /** Configuration files that applied, nearest last ([] when none). */
  configFiles: string[];
}

export interface LoadOptions {
  /** Use this file instead of discovering configuration (its globs are relative to its own folder). */
  configFile?: string;
  /** Severities that win over every configuration file (the command line's --rule). */
  ruleOverrides?: Record<string, SeveritySetting>;
}

/** Looked for in this order in each folder; the first one present is that folder's configuration. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  '.partnerlintrc.json',
  '.partnerlintrc.yaml',
  '.partnerlintrc.yml',
  'package.json',
];

// Parsed configuration (or its error) per folder, and the chain that applies per folder.
const folderConfigs = new Map<string, LoadedConfig | null | ConfigError>();
const chains = new Map<string, LoadedConfig[] | ConfigError>();
const explicitConfigs = new Map<string, LoadedConfig | ConfigError>();

export function clearConfigCache(): void {
  folderConfigs.clear();
  chains.clear();
  explicitConfigs.clear();
}

export function loadConfigForFile(filePath: string, options: LoadOptions = {}): FileConfig {
  const absolute = path.resolve(filePath);
  const chain = options.configFile ? [explicitConfig(path.resolve(options.configFile))] : chainFor(path.dirname(absolute));
  return resolve(chain, absolute, options.ruleOverrides ?? {});
}

function explicitConfig(file: string): LoadedConfig {
  return cached(explicitConfigs, file, () => readConfigFile(file, true) as LoadedConfig);
}

function chainFor(dir: string): LoadedConfig[] {
  return cached(chains, dir, () => {
    const own = configInFolder(dir);
    if (own?.config.root) return [own];
    const parent = path.dirname(dir);
    const above = parent === dir ? [] : chainFor(parent);
    return own ? [...above, own] : above;
  });
}

function configInFolder(dir: string): LoadedConfig | null {
  return cached(folderConfigs, dir, () => {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (!isFile(file)) continue;
      const loaded = readConfigFile(file);
      if (loaded) return loaded;
    }
    return null;
  });
}

/** Remembers errors too, so a broken file is reported the same way for every document under it. */
function cached<T>(cache: Map<string, T | ConfigError>, key: string, load: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    try {
      value = load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      value = error;
    }
    cache.set(key, value);
  }
  if (value instanceof ConfigError) throw value;
  return value;
}

/** Anything but a folder: a named pipe or device under a configuration name is reported, not passed over. */
function isFile(file: string): boolean {
  try {
    return !statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function resolve(chain: LoadedConfig[], file: string, overrides: Record<string, SeveritySetting>): FileConfig {
  // Every rule starts at its default severity, as if `extends: "recommended"`.
  const rules: Record<string, RuleSetting> = Object.fromEntries(
    allRules.map((rule) => [rule.meta.id, { severity: rule.meta.defaultSeverity }]),
  );
  let partners: Record<string, string[]> = {};
  let kind: DocumentKind | undefined;
  let reportUnusedDirectives: boolean | undefined;
  let ignoredByGlob = false;
  let inFiles: boolean | undefined;

  for (const loaded of chain) {
    const relative = path.relative(loaded.dir, file).split(path.sep).join('/');
    for (const { config } of loaded.layers) {
      // In a layer, `extends` holds presets only (see layersOf).
      for (const preset of presetList(config.extends)) {
        for (const [id, severity] of Object.entries(presetSeverities(preset))) rules[id] = { ...rules[id], severity };
      }
      for (const [id, entry] of Object.entries(config.rules ?? {})) rules[id] = mergeRule(rules[id], entry);
      // fromEntries keeps odd partner names such as "__proto__" as plain keys.
      if (config.partners) partners = Object.fromEntries([...Object.entries(partners), ...Object.entries(config.partners)]);
      reportUnusedDirectives = config.reportUnusedDirectives ?? reportUnusedDirectives;
    }
    // Within a file the first matching `kinds` glob counts; a nearer file's match wins.
    kind = loaded.kinds.find((entry) => entry.match(relative))?.kind ?? kind;
    if (loaded.ignores?.(relative)) ignoredByGlob = true;
    // The nearest file that lists `files` decides which files are in.
    if (loaded.files) inFiles = loaded.files(relative);
  }
  for (const [id, severity] of Object.entries(overrides)) rules[id] = { ...rules[id], severity };

  const settings: LintSettings = { rules };
  if (kind) settings.kind = kind;
  if (Object.keys(partners).length) settings.partners = partners;
  if (reportUnusedDirectives !== undefined) settings.reportUnusedDirectives = reportUnusedDirectives;
  return {
    settings,
    ignored: ignoredByGlob || inFiles === false,
    configFiles: chain.map((loaded) => loaded.file),
  };
}

function presetList(value: string | string[] | undefined): PresetName[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter(isPreset);
}

/** A bare severity keeps the options set further up; written options replace them whole. */
function mergeRule(inherited: RuleSetting | undefined, entry: RuleEntry): RuleSetting {
  const [severity, options] =
    typeof entry === 'string' ? [entry, undefined] : Array.isArray(entry) ? entry : [entry.severity, entry.options];
  const kept = options ?? inherited?.options;
  return kept ? { severity, options: kept } : { severity };
}
