/**
 * Entry point VS Code loads as `extensionTestsPath`: runs the mocha suites inside the extension host (full
 * `vscode` API) and writes each test's outcome to results.json beside this bundle for the vitest side to read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Results {
  passed: string[];
  failed: { title: string; error: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  // The suites are bundled into this file; they define their tests through mocha's BDD globals.
  mocha.suite.emit('pre-require', globalThis, 'extension.suite.ts', mocha);
  require('./extension.suite');
  const results: Results = { passed: [], failed: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeFileSync(join(__dirname, 'results.json'), JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.passed.push(test.fullTitle()));
    runner.on('fail', (test, error: Error) => results.failed.push({ title: test.fullTitle(), error: String(error?.stack ?? error) }));
  });
}
