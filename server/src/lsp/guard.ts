/**
 * Every handler runs inside `guarded`: whatever a rule, a malformed request or a vanished document
 * throws is logged and answered with a harmless fallback, so the server keeps running.
 */
import { ResponseError } from 'vscode-languageserver';

export type Logger = (message: string) => void;

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function guarded<Args extends unknown[], Result, Fallback>(
  name: string,
  logError: Logger,
  fallback: Fallback,
  handler: (...args: Args) => Result | Promise<Result>,
): (...args: Args) => Promise<Result | Fallback> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      // Cancellation and other protocol answers go back to the client as they are.
      if (error instanceof ResponseError) throw error;
      logError(`partnerlint: ${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}
