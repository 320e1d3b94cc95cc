/** The .vsix that `npm run package` makes: what a user installs, and nothing more. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVsix } from './support/vsix.js';
import { readZip, type ZipEntry } from './support/zip.js';

const outDir = mkdtempSync(join(tmpdir(), 'partnerlint-vsix-'));
let entries: ZipEntry[];
let names: string[];

beforeAll(async () => {
  entries = readZip(await packageVsix(outDir));
  names = entries.map((entry) => entry.name);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function read(name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the vsix: ${names.join(', ')}`);
  return entry.read().toString('utf8');
}

describe('the packaged extension', () => {
  it('holds the extension, the bundled server and what the manifest points at', () => {
    for (const file of [
      'extension/package.json',
      'extension/client/out/extension.js',
      'extension/server/out/server.js',
      'extension/server/schema/partnerlintrc.schema.json',
      'extension/syntaxes/partnerlint.injection.tmLanguage.json',
      'extension/syntaxes/partnerlint-frontmatter.injection.tmLanguage.json',
      'extension/snippets/markdown.json',
      'extension/images/icon.png',
    ]) {
      expect(names).toContain(file);
    }
  });

  it('has the readme, licence and changelog the Marketplace shows', () => {
    expect(names).toEqual(expect.arrayContaining(['extension/readme.md', 'extension/LICENSE.txt', 'extension/changelog.md']));
    expect(read('extension.vsixmanifest')).toContain('<Categories>Linters</Categories>');
  });

  it('carries no node_modules, sources, source maps, tests or fixtures', () => {
    const unwanted = names.filter((name) =>
      /(^|\/)node_modules\/|\.ts$|\.map$|(^|\/)test(s)?\/|test-fixtures|(^|\/)src\/|(^|\/)bench\//.test(name),
    );
    expect(unwanted).toEqual([]);
  });

  it('bundles the language client, so the extension needs nothing installed beside it', () => {
    const extension = read('extension/client/out/extension.js');
    expect(extension).not.toMatch(/require\(["']vscode-languageclient/);
    expect(extension).toMatch(/require\(["']vscode["']\)/);
    const server = read('extension/server/out/server.js');
    expect(server).not.toMatch(/require\(["'](vscode-languageserver|unified|remark-parse|yaml)["']\)/);
  });

  it('ships a manifest that needs no installed dependencies', () => {
    const manifest = JSON.parse(read('extension/package.json'));
    expect(manifest.main).toBe('./client/out/extension.js');
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.categories).toEqual(['Linters']);
  });
});
