/** The .vsix that `npm run package` makes: what a user installs, and nothing more. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/editors.js';
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
  it('holds exactly the extension, the bundled server, what the manifest points at, and the Marketplace pages', () => {
    expect([...names].sort()).toEqual([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/client/out/extension.js',
      'extension/client/walkthrough/fix.md',
      'extension/client/walkthrough/new-document.md',
      'extension/client/walkthrough/open-document.md',
      'extension/client/walkthrough/read-findings.md',
      'extension/client/walkthrough/settings.md',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
      'extension/server/out/server.js',
      'extension/server/schema/package-json.schema.json',
      'extension/server/schema/partnerlintrc.schema.json',
      'extension/snippets/markdown.json',
      'extension/syntaxes/partnerlint-frontmatter.injection.tmLanguage.json',
      'extension/syntaxes/partnerlint.injection.tmLanguage.json',
    ]);
  });

  it('shows the Marketplace its own README, for the people who install it, not the developers\' one', () => {
    const readme = read('extension/readme.md');
    expect(readme).toBe(readFileSync(join(REPO_ROOT, 'client', 'README.md'), 'utf8'));
    expect(readme).not.toContain('npm ci');
    // The Marketplace and Open VSX show only images with an https address.
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/^https:\/\/raw\.githubusercontent\.com\/partnerlint\/partnerlint\/main\/docs\/images\/[\w-]+\.png$/);
    for (const image of images) expect(existsSync(join(REPO_ROOT, image.replace(/^.*\/main\//, '')))).toBe(true);
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

  it('ships a manifest that needs no installed dependencies and has what a listing needs', () => {
    const manifest = JSON.parse(read('extension/package.json'));
    expect(manifest.main).toBe('./client/out/extension.js');
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.categories).toEqual(['Linters']);
    expect(read('extension.vsixmanifest')).toContain('<Categories>Linters</Categories>');
    expect(manifest).toMatchObject({ name: 'partnerlint', publisher: 'partnerlint', displayName: 'partnerlint', license: 'MIT', icon: 'images/icon.png' });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.repository.url).toBe('https://github.com/partnerlint/partnerlint.git');
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    const media = manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps.map((step) => step.media.markdown));
    for (const file of media) expect(names).toContain(`extension/${file}`);
  });
});
