/**
 * Config files for a document, found the same way the CLI finds them. A broken config file is reported
 * once and the document keeps the last settings that worked, so one typo never blanks the editor.
 */
import * as path from 'node:path';
import { ConfigError, loadConfigForFile, type FileConfig } from '../config/index.js';
import type { LintSettings, SeveritySetting } from '../engine/types.js';
import { uriToPath } from './uris.js';

export interface ResolvedConfig extends FileConfig {
  /** Set when the config is broken and `settings` are the last good ones (or the defaults). */
  error?: ConfigError;
}

export interface ConfigProblemReporter {
  /** Called once per distinct problem, until the config works again. */
  reportBrokenConfig(error: ConfigError): void;
  log(message: string): void;
}

export class ConfigResolver {
  private readonly lastGood = new Map<string, FileConfig>();
  /** Problems already shown, by config file, so each is shown once until that file works again. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly reporter: ConfigProblemReporter,
    /** A folder to look for config in when a document has no file on disk (an untitled buffer). */
    private readonly fallbackFolder: () => string | undefined,
  ) {}

  resolve(uri: string, ruleOverrides: Record<string, SeveritySetting>): ResolvedConfig {
    const filePath = this.filePathFor(uri);
    if (filePath === undefined) {
      return { settings: withOverrides({}, ruleOverrides), ignored: false, configFiles: [] };
    }
    try {
      const config = loadConfigForFile(filePath, { ruleOverrides });
      this.lastGood.set(uri, config);
      for (const file of config.configFiles) this.reported.delete(file);
      return config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const key = `${error.file}\n${error.key ?? ''}\n${error.message}`;
      if (this.reported.get(error.file) !== key) {
        this.reported.set(error.file, key);
        this.reporter.reportBrokenConfig(error);
      }
      this.reporter.log(`Config error in ${error.file}: ${error.message}`);
      const previous = this.lastGood.get(uri);
      return previous
        ? { ...previous, error }
        : { settings: withOverrides({}, ruleOverrides), ignored: false, configFiles: [], error };
    }
  }

  forget(uri: string): void {
    this.lastGood.delete(uri);
  }

  /** The path a document's config is discovered from, or undefined when there is none. */
  filePathFor(uri: string): string | undefined {
    if (uri.startsWith('file:')) return uriToPath(uri);
    const folder = this.fallbackFolder();
    return folder === undefined ? undefined : path.join(folder, 'untitled.md');
  }
}

function withOverrides(settings: LintSettings, overrides: Record<string, SeveritySetting>): LintSettings {
  const rules = { ...settings.rules };
  for (const [id, severity] of Object.entries(overrides)) rules[id] = { ...rules[id], severity };
  return { ...settings, rules };
}

/** The message shown to the author: what is wrong and where (the error names file and key), and that linting goes on. */
export function brokenConfigMessage(error: ConfigError): string {
  return (
    `partnerlint cannot use its configuration: ${error.message}. ` +
    'Linting goes on with the last settings that worked; fix the file and save it to apply your changes.'
  );
}
