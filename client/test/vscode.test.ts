/**
 * partnerlint in real VS Code: code-server 4.100.3 (VS Code 1.100.3) with the packaged .vsix installed, driven
 * through Debian's Chromium. The workbench part clicks and types like a person; the extension part runs the
 * mocha suites in client/test/vscode-suite inside the extension host (the full `vscode` API).
 * Setup installs code-server and Chromium when missing (client/test/setup/prepare-editors.sh).
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { createCodeServerHome, installExtension, startCodeServer, type CodeServer, type CodeServerHome } from './support/code-server.js';
import { ensureEditors, REPO_ROOT } from './support/editors.js';
import { packageVsix } from './support/vsix.js';

const SCREENSHOT = join(REPO_ROOT, 'docs', 'images', 'vscode-hover.png');

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  // The hover opens below the line, where the screenshot has room for it.
  'editor.hover.above': false,
};

const UI_DOCUMENT = `---
type: strategy
title: Northshire joint strategy for older people leaving hospital
partners:
  - Northshire County Council
  - Northshire Hospitals NHS Trust
---

# Northshire joint strategy for older people leaving hospital

## Aims

- Going forward, we will improve outcomes through joined-up working.
- Cut delayed discharges of people aged 65 and over from 120 to 60 a month by March 2027.

<!-- partnerlint-disable-next-line meetings-as-success -- wording agreed with the board -->
Monthly board meetings keep the partners in step.
`;

/** The extension suites' workspace (see vscode-suite/extension.suite.ts). */
const WORKSPACE_FILES: Record<string, string> = {
  'strategy.md': UI_DOCUMENT,
  'fixme.md': `---
type: strategy
title: Northshire carers strategy
---

# Northshire carers strategy

## Aims

- Going forward, the council will publish a carers' guide by June 2026.
- The two teams will find synergy in one shared assessment by March 2027.
`,
  'snippet.md': `---
type: agreement
title: Draft agreement
---

# Draft agreement

All costs, risks and decisions will be shared 50/50.
`,
  'agreements/pooled-budget.md': `---
type: agreement
title: Pooled budget agreement for community equipment
partners:
  - Northshire County Council
  - Northshire Integrated Care Board
---

# Pooled budget agreement for community equipment

## Resources

All costs, risks and decisions will be shared 50/50 between the partners.
`,
  'config-check/.partnerlintrc.json': `{
  "rules": {
    "buzzword": "loud"
  }
}
`,
  'notes/README.md': `# Team notes

Where we keep the minutes and the rota. Going forward, add new notes at the top.
`,
};

function writeWorkspace(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

let work: string;
let home: CodeServerHome;
let server: CodeServer | undefined;
let browser: Browser | undefined;
let extensionDir: string;

beforeAll(async () => {
  ensureEditors();
  work = mkdtempSync(join(tmpdir(), 'partnerlint-vscode-'));
  const vsix = await packageVsix(join(work, 'vsix'));
  home = createCodeServerHome(USER_SETTINGS);
  installExtension(home, vsix);
  extensionDir = join(home.extensionsDir, `partnerlint.partnerlint-${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}`);
  server = await startCodeServer(home);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  if (home) rmSync(home.root, { recursive: true, force: true });
});

/** Fails with what code-server said, so that a broken environment reads clearly. */
async function withServerLog<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const log = server?.log().split('\n').slice(-40).join('\n');
    (error as Error).message += `\n--- code-server log (last lines) ---\n${log}`;
    throw error;
  }
}

describe('the workbench, driven like a person', () => {
  let page: Page;

  beforeAll(async () => {
    const folder = writeWorkspace(join(work, 'ui-workspace'), { 'strategy.md': UI_DOCUMENT });
    page = await browser!.newPage({ viewport: { width: 1280, height: 960 } });
    await withServerLog(async () => {
      await page.goto(`${server!.origin}/?folder=${folder}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await quickOpen(page, 'strategy.md');
    });
  }, 120_000);

  afterAll(() => page?.close());

  it('underlines a finding and lists it in the Problems panel', async () => {
    await page.locator('.view-overlays .squiggly-info').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    const entry = page.locator('.markers-panel .monaco-list-row', { hasText: '"Going forward" is jargon' });
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.innerText()).toContain('buzzword');
    // A document-level finding is listed too, and the disable comment silenced the meetings finding.
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'no-user-involvement' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.markers-panel').innerText()).not.toContain('meetings-as-success');
  }, 90_000);

  it('counts the findings in the language status of the document', async () => {
    await page.locator('[id="status.languageStatus"]').click();
    const status = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Partnerlint' }).first();
    await status.waitFor({ timeout: 20_000 });
    expect(await status.innerText()).toMatch(/Partnerlint: \d+ findings/);
    await page.keyboard.press('Escape');
  }, 60_000);

  it('explains the finding in a hover, and the screenshot shows it', async () => {
    await goTo(page, 13, 5);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Why it matters' }).first();
    await hover.waitFor({ timeout: 20_000 });
    const text = await hover.innerText();
    expect(text).toContain('partnerlint: buzzword');
    expect(text).toMatch(/What is wrong here:.*"Going forward"/);
    expect(text).toContain('How to fix it');
    expect(text).toContain('Read more about buzzword');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    await page.keyboard.press('Escape');
  }, 60_000);

  it('applies the quick fix chosen with Ctrl+. and Enter', async () => {
    await goTo(page, 13, 5);
    await page.keyboard.press('Control+.');
    const actions = page.locator('.action-widget .monaco-list-row.action');
    await actions.first().waitFor({ timeout: 20_000 });
    const titles = await actions.allInnerTexts();
    const fix = titles.findIndex((title) => title.includes('Replace "Going forward" with "From now on"'));
    expect(fix, `quick fixes offered: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < fix; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('.action-widget .monaco-list-row.action.focused').innerText()).toContain('From now on');
    // Clicking the item is intercepted by an overlay; Enter applies the focused one.
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'From now on, we will improve outcomes' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.markers-panel').innerText(), { timeout: 20_000 }).not.toContain('"Going forward" is jargon');
  }, 60_000);

  it('colours partnerlint directives and frontmatter keys with its grammars', async () => {
    expect(await tokenScopes(page, 2, 2)).toContain('keyword.other.frontmatter-key.partnerlint');
    expect(await tokenScopes(page, 16, 8)).toContain('keyword.control.directive.partnerlint');
    expect(await tokenScopes(page, 16, 40)).toContain('constant.language.rule-id.partnerlint');
  }, 60_000);
});

describe('the extension inside VS Code', () => {
  it('passes its command and settings tests against the full vscode API', async () => {
    const folder = writeWorkspace(join(work, 'extension-workspace'), WORKSPACE_FILES);
    const suiteDir = join(work, 'suite');
    await build({
      entryPoints: [join(REPO_ROOT, 'client', 'test', 'vscode-suite', 'index.ts')],
      outfile: join(suiteDir, 'tests.js'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    });
    // mocha is loaded from the repository's node_modules.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(suiteDir, 'node_modules'), 'dir');

    const page = await browser!.newPage({ viewport: { width: 1280, height: 960 } });
    const log: string[] = [];
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => log.push(`${type}: ${format(...args)}`));
    const remote = (path: string) => `vscode-remote://${server!.host}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(join(suiteDir, 'tests.js'))],
    ];
    try {
      await page.goto(`${server!.origin}/?folder=${folder}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      const code = await withServerLog(() =>
        Promise.race([
          exitCode,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the extension tests did not finish:\n${log.join('\n')}`)), 300_000)),
        ]),
      );
      const results = JSON.parse(readFileSync(join(suiteDir, 'results.json'), 'utf8')) as {
        passed: string[];
        failed: { title: string; error: string }[];
      };
      expect(results.failed, log.join('\n')).toEqual([]);
      expect(results.passed.length).toBeGreaterThanOrEqual(10);
      expect(code).toBe(0);
    } finally {
      await page.close();
    }
  }, 400_000);
});

async function quickOpen(page: Page, fileName: string): Promise<void> {
  // The workbench takes a while to accept keys after it first paints: retry until the picker opens.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 2_000 });
      break;
    } catch (error) {
      if (attempt > 30) throw error;
    }
  }
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: fileName }).waitFor({ timeout: 20_000 });
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 });
}

/** The TextMate scopes VS Code shows for the token at a position (Developer: Inspect Editor Tokens and Scopes). */
async function tokenScopes(page: Page, line: number, column: number): Promise<string> {
  await goTo(page, line, column);
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type('Developer: Inspect Editor Tokens and Scopes');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Inspect Editor Tokens' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  const widget = page.locator('.token-inspect-widget', { hasText: 'textmate scopes' });
  await widget.waitFor({ timeout: 10_000 });
  const text = await widget.innerText();
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 });
  return text;
}
