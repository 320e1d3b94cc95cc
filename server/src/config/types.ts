/** The shapes of a configuration file as written (after validation) and once loaded. */
import type { DocumentKind, SeveritySetting } from '../engine/types.js';
import type { Layer } from './extends.js';

export type RuleEntry =
  | SeveritySetting
  | [SeveritySetting, Record<string, unknown>?]
  | { severity: SeveritySetting; options?: Record<string, unknown> };

/** A configuration file's content, as the schema allows it. */
export interface RawConfig {
  $schema?: string;
  root?: boolean;
  /** Presets, configuration files and packages (see extends.ts). */
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  partners?: Record<string, string[]>;
  kinds?: Record<string, DocumentKind>;
  files?: string[];
  ignores?: string[];
  reportUnusedDirectives?: boolean;
}

export type PathMatcher = (relativePath: string) => boolean;

/** A validated configuration file with its globs compiled against its own folder. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: RawConfig;
  /** What it extends, then its own settings, in the order they apply. */
  layers: Layer[];
  kinds: { match: PathMatcher; kind: DocumentKind }[];
  files?: PathMatcher;
  ignores?: PathMatcher;
}
