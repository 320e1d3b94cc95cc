/**
 * A third-party client: headless Neovim (Debian's 0.7) drives the built server over stdio, so the server
 * is shown to follow the protocol and not only VS Code's client. `.ci/run` installs Neovim; without it
 * this test fails on purpose.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import { makeWorkspace, SERVER_PATH } from './support/lsp-client.js';

const SCRIPT = fileURLToPath(new URL('./nvim/lsp-check.lua', import.meta.url));

interface NeovimReport {
  failure?: string;
  steps: {
    diagnostics?: { code: string; href: string; line: number; message: string }[];
    hover?: string;
    actions?: { title: string; kind: string; preferred: boolean }[];
    fixed_line?: string;
    after_fix?: { code: string; message: string }[];
  };
}

function runNeovim(folder: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${SCRIPT}`], {
      cwd: folder,
      env: {
        ...process.env,
        PARTNERLINT_SERVER: SERVER_PATH,
        PARTNERLINT_NODE: process.execPath,
        PARTNERLINT_DOC: path.join(folder, 'agreement.md'),
        PARTNERLINT_OUT: path.join(folder, 'nvim-report.json'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A hung editor must fail the test, not stall the suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

describe('Neovim as the client', () => {
  const workspace = makeWorkspace(['agreement.md']);
  afterAll(() => workspace.remove());

  it('gets diagnostics, a hover and a working quick fix from the server', { timeout: 90_000 }, async () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      throw new Error('Neovim (nvim) is not installed: run `apt-get install -y neovim` (.ci/run does) before this test.');
    }
    const { code, output } = await runNeovim(workspace.folder);
    const report = JSON.parse(readFileSync(path.join(workspace.folder, 'nvim-report.json'), 'utf8')) as NeovimReport;
    expect({ code, failure: report.failure ?? null }, output).toEqual({ code: 0, failure: null });

    const { diagnostics = [], hover = '', actions = [], fixed_line = '', after_fix = [] } = report.steps;
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('buzzword');
    expect(codes).toContain('no-review-or-exit');
    for (const d of diagnostics) expect(d.href).toBe(ruleDocsUrl(d.code));

    expect(hover).toContain('partnerlint: buzzword');
    expect(hover).toContain('**Why it matters:**');

    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Disable buzzword for this line');
    expect(titles).toContain('Disable buzzword for this file');
    expect(titles).toContain('Show documentation for buzzword');
    // The script asks about every diagnostic on the line, so each safe fix there is preferred.
    const preferred = actions.filter((a) => a.preferred).map((a) => a.title);
    expect(preferred.some((title) => /going forward/i.test(title))).toBe(true);
    expect(preferred.some((title) => /^Disable|^Show/.test(title))).toBe(false);

    expect(fixed_line).not.toMatch(/going forward/i);
    expect(after_fix.some((d) => d.code === 'buzzword' && /going forward/i.test(d.message))).toBe(false);
    expect(after_fix.some((d) => d.code === 'no-review-or-exit')).toBe(true);
  });
});
