/** Configuration errors: every message names the file (and the key, when there is one) so it can be fixed. */
import path from 'node:path';

export class ConfigError extends Error {
  constructor(
    message: string,
    public file: string,
    public key?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Builds a ConfigError whose message reads `file: key: problem`. */
export function configError(file: string, key: string | undefined, problem: string): ConfigError {
  const where = key ? `${displayPath(file)}: ${key}` : displayPath(file);
  return new ConfigError(`${where}: ${problem}`, file, key);
}

/** Paths under the working folder are shown relative to it, as people type them. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
