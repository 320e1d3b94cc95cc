/** Waiting on the editor: language features answer asynchronously, so the suites poll with a generous limit. */
import * as vscode from 'vscode';

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe();
    if (value) return value;
    last = value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last seen: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function partnerlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'partnerlint');
}

export function ruleIds(uri: vscode.Uri): string[] {
  return partnerlintDiagnostics(uri).map((diagnostic) => ruleIdOf(diagnostic) ?? '?');
}

/** Waits until the document's partnerlint diagnostics satisfy `check`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  check: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} in ${uri.path}`, () => {
    const diagnostics = partnerlintDiagnostics(uri);
    return check(diagnostics) ? diagnostics : false;
  });
}
