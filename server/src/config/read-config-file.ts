/**
 * Reads one configuration file as data. Configuration is never executed: JSON and YAML only,
 * so a checked-out repository cannot run code through partnerlint.
 */
import path from 'node:path';
import { stripComments } from 'jsonc-parser';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { configError } from './errors.js';
import { layersOf, type Layer } from './extends.js';
import { compileGlob, GlobError } from './glob.js';
import { readRegularFile } from './read-regular-file.js';
import { normalizeSeverity } from './schema.js';
import type { LoadedConfig, PathMatcher, RawConfig, RuleEntry } from './types.js';
import { validateConfig } from './validate.js';

/** The `partnerlint` key of a package.json holds the configuration. */
export const PACKAGE_JSON_KEY = 'partnerlint';

/** Far above any real configuration (or package.json), and small enough that reading one costs nothing. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Loads and validates `file` and what it extends. Returns null for a package.json without a `partnerlint`
 * key (it is not a configuration), unless `required` says the file was named on purpose.
 */
export function readConfigFile(file: string, required = false): LoadedConfig | null {
  const config = readConfigData(file, required);
  if (!config) return null;
  const layers = layersOf(config, file, {
    config: (extended) => readConfigData(extended, true)!,
    json: (manifest) => parseJsonText(readText(manifest), manifest, false),
  });
  // Globs of an extended file are matched from the folder of the file that extends it, like its own.
  const matcher = (layer: Layer, key: string, globs: string[]) => compileConfigGlobs(globs, layer.file, `${keyPrefixOf(layer.file)}${key}`);
  const withGlobs = (key: 'files' | 'ignores') => layers.filter((layer) => layer.config[key]).map((layer) => matcher(layer, key, layer.config[key]!));
  const files = withGlobs('files');
  const ignores = withGlobs('ignores');
  return {
    file,
    dir: path.dirname(file),
    config,
    layers,
    // Within a file the first matching `kinds` glob counts, its own before those it extends.
    kinds: [...layers].reverse().flatMap((layer) =>
      Object.entries(layer.config.kinds ?? {}).map(([glob, kind]) => ({ match: matcher(layer, 'kinds', [glob]), kind })),
    ),
    // The last `files` decides; every `ignores` applies.
    files: files[files.length - 1],
    ignores: ignores.length ? (relativePath) => ignores.some((match) => match(relativePath)) : undefined,
  };
}

const keyPrefixOf = (file: string): string => (path.basename(file) === 'package.json' ? `${PACKAGE_JSON_KEY}.` : '');

/** Parses and validates one file, without following `extends`; severities written the ESLint way are normalised. */
function readConfigData(file: string, required: boolean): RawConfig | null {
  const text = readText(file);
  const isPackageJson = path.basename(file) === 'package.json';
  // Comments are welcome in .partnerlintrc.json (JSONC, like VS Code's settings); npm reads package.json as plain JSON.
  let data = /\.ya?ml$/i.test(file) ? parseYamlText(text, file) : parseJsonText(text, file, !isPackageJson);
  if (isPackageJson) {
    const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    if (!Object.hasOwn(record, PACKAGE_JSON_KEY)) {
      if (required) throw configError(file, PACKAGE_JSON_KEY, 'is missing: this package.json has no partnerlint settings');
      return null;
    }
    data = record[PACKAGE_JSON_KEY];
  }
  // An empty YAML file (or one of comments only) is an empty configuration; `null` written out is a mistake.
  const emptyYaml = data === null && !isPackageJson && text.split('\n').every((line) => /^\s*(#|$)/.test(line));
  const config = validateConfig(emptyYaml ? {} : data, file, isPackageJson ? PACKAGE_JSON_KEY : '');
  if (!config.rules) return config;
  const rules = Object.fromEntries(Object.entries(config.rules).map(([id, entry]) => [id, withNormalSeverity(entry)]));
  return { ...config, rules };
}

function withNormalSeverity(entry: RuleEntry): RuleEntry {
  if (Array.isArray(entry)) return [normalizeSeverity(entry[0]), ...entry.slice(1)] as RuleEntry;
  if (typeof entry === 'object') return { ...entry, severity: normalizeSeverity(entry.severity) };
  return normalizeSeverity(entry);
}

/** Globs are matched against paths relative to the configuration file's folder, with `/` separators. */
function compileConfigGlobs(globs: string[], file: string, key: string): PathMatcher {
  const compiled = globs.map((glob) => {
    try {
      return compileGlob(glob);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      throw configError(file, key, `the glob ${JSON.stringify(glob)} ${error.message}`);
    }
  });
  return (relativePath) => compiled.some((match) => match(relativePath));
}

function readText(file: string): string {
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if ('problem' in read) throw configError(file, undefined, read.problem);
  return read.bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function parseJsonText(text: string, file: string, comments: boolean): unknown {
  try {
    // stripComments blanks comments out in place, so positions in error messages stay true.
    return JSON.parse(comments ? stripComments(text, ' ') : text);
  } catch (error) {
    // Node quotes the start of the text ("root:x:0:0"...): not for a file that may be no configuration at all.
    const detail = (error as Error).message.replace(/,\s*"[\s\S]*$/, '');
    const at = /at position (\d+)/.exec(detail);
    const where = at && !/\(line \d+/.test(detail) ? ` (${lineAndColumn(text, Number(at[1]))})` : '';
    throw configError(file, undefined, `is not valid JSON: ${detail}${where}`);
  }
}

function parseYamlText(text: string, file: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw configError(file, undefined, `is not valid YAML: ${detail}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length} column ${before[before.length - 1].length + 1}`;
}
