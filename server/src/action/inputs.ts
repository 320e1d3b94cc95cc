/** The Action's inputs, as GitHub hands them to a step (INPUT_<NAME> variables), turned into CLI arguments. */

export interface ActionInputs {
  /** Paths or globs, one per line (a folder name may hold spaces); none means the whole workspace. */
  paths: string[];
  config?: string;
  maxWarnings?: string;
  /** The format printed in the job's log: `github` turns findings into annotations. */
  format: string;
  /** Where to write a SARIF report, relative to the workspace; none means no SARIF. */
  sarif?: string;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
  return {
    paths: (input('paths') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    config: input('config'),
    maxWarnings: input('max-warnings'),
    format: input('format') ?? 'github',
    sarif: input('sarif'),
  };
}

/** The arguments every run shares: what to check and with which configuration. */
export function commonArgs(inputs: ActionInputs): string[] {
  return [...(inputs.config ? ['--config', inputs.config] : []), '--', ...inputs.paths];
}

/** The run whose output the log shows and whose exit code passes or fails the step. */
export function logArgs(inputs: ActionInputs): string[] {
  return ['--format', inputs.format, ...(inputs.maxWarnings ? ['--max-warnings', inputs.maxWarnings] : []), ...commonArgs(inputs)];
}
