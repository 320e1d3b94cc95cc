/**
 * `extends`: presets, configuration files and installed packages, so that one configuration can be
 * shared across an area's partners. What is extended is read as data (JSON or YAML), never run: a
 * package is found by its folder under node_modules and only its configuration file is read.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { configError } from './errors.js';
import { PRESET_NAMES, type PresetName } from './presets.js';
import type { RawConfig } from './types.js';

/** How extended files are read: as validated configuration, and a package's package.json as plain JSON. */
export interface Reader {
  config(file: string): RawConfig;
  json(file: string): unknown;
}

/** One step of a configuration: its own settings come after the steps it extends. */
export interface Layer {
  config: RawConfig;
  /** The file these settings were read from. */
  file: string;
}

/** The file extensions a configuration can be read from. */
const DATA_FILE = /\.(json|ya?ml)$/i;
/** "@scope/name" or "name", then maybe "/path/inside/it.json". */
const PACKAGE = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(\/.+)?$/i;

export const isPreset = (entry: string): entry is PresetName => (PRESET_NAMES as readonly string[]).includes(entry);

/**
 * The layers of `config` (read from `file`), bases first: each `extends` entry in order, then the
 * file's own settings. `chain` holds the files being extended right now, to catch a loop.
 */
export function layersOf(config: RawConfig, file: string, reader: Reader, chain: string[] = [file]): Layer[] {
  const entries = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const layers: Layer[] = [];
  entries.forEach((entry, index) => {
    const key = Array.isArray(config.extends) ? `extends[${index}]` : 'extends';
    if (isPreset(entry)) {
      layers.push({ config: { extends: entry }, file });
      return;
    }
    const target = locate(entry, file, key, reader);
    if (chain.includes(target)) {
      throw configError(file, key, `"${entry}" extends, directly or not, the file that extends it: configurations cannot extend each other in a loop`);
    }
    layers.push(...layersOf(reader.config(target), target, reader, [...chain, target]));
  });
  const own: RawConfig = { ...config };
  delete own.extends;
  layers.push({ config: own, file });
  return layers;
}

/** The configuration file an `extends` entry names: a path from `file`'s folder, or an installed package. */
function locate(entry: string, file: string, key: string, reader: Reader): string {
  const dir = path.dirname(file);
  if (/^\.{1,2}[\\/]/.test(entry) || path.isAbsolute(entry)) {
    const target = path.resolve(dir, entry);
    if (!DATA_FILE.test(target)) throw configError(file, key, `"${entry}" must be a .json, .yaml or .yml file: configuration is read as data, never run`);
    if (!existsSync(target)) throw configError(file, key, `"${entry}" does not exist (looked for ${target})`);
    return target;
  }
  const match = PACKAGE.exec(entry);
  if (!match) throw configError(file, key, `"${entry}" is neither a preset, a path starting with ./ or ../, nor a package name`);
  const [, name, inside] = match;
  const folder = packageFolder(name, dir);
  if (!folder) {
    const presets = `is not a preset (use ${PRESET_NAMES.join(' or ')})`;
    throw configError(file, key, `"${entry}" ${presets}, and no installed package is called "${name}" (run npm install ${name}, or give a path starting with ./)`);
  }
  if (inside) {
    const target = path.join(folder, inside);
    if (!DATA_FILE.test(target) || !existsSync(target)) {
      throw configError(file, key, `"${entry}": the package has no JSON or YAML file at ${inside.slice(1)}`);
    }
    return target;
  }
  return packageConfigFile(folder, entry, file, key, reader);
}

/** node_modules/<name> in this folder or the nearest folder above that has it, as Node finds packages. */
function packageFolder(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (isFolder(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A package shares its configuration as its `main` file (JSON or YAML), or else as the `partnerlint` key of its package.json. */
function packageConfigFile(folder: string, entry: string, file: string, key: string, reader: Reader): string {
  const manifest = path.join(folder, 'package.json');
  const data = existsSync(manifest) ? reader.json(manifest) : {};
  const main = data !== null && typeof data === 'object' ? (data as { main?: unknown }).main : undefined;
  if (typeof main !== 'string') return manifest;
  const target = path.join(folder, main);
  if (!DATA_FILE.test(target)) {
    throw configError(file, key, `"${entry}" has ${main} as its main file, which is code: partnerlint reads configuration only from JSON or YAML, and never runs it`);
  }
  if (!existsSync(target)) throw configError(file, key, `"${entry}": its main file ${main} does not exist`);
  return target;
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
