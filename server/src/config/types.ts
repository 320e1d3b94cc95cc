/** The shapes of a configuration file as written (after validation) and once loaded. */
import type { DocumentKind, SeveritySetting } from '../engine/types.js';
import type { PresetName } from './presets.js';

export type RuleEntry =
  | SeveritySetting
  | [SeveritySetting, Record<string, unknown>?]
  | { severity: SeveritySetting; options?: Record<string, unknown> };

/** A configuration file's content, as the schema allows it. */
export interface RawConfig {
  $schema?: string;
  root?: boolean;
  extends?: PresetName | PresetName[];
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
  kinds: { match: PathMatcher; kind: DocumentKind }[];
  files?: PathMatcher;
  ignores?: PathMatcher;
}
