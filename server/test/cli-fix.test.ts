import { chmodSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/apply-fixes.js';
import { fixture, makeProject, parseJsonReport, runCli } from './cli-helpers.js';

const projects: string[] = [];
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function project(text: string | Buffer): { dir: string; file: string } {
  const dir = makeProject({ 'agreement.md': text });
  projects.push(dir);
  return { dir, file: path.join(dir, 'agreement.md') };
}

const original = fixture('discharge-agreement.md');

describe('--fix', () => {
  it('changes the text only where the reported fixes said, and a second run changes nothing', () => {
    const { dir, file } = project(original);
    const before = parseJsonReport(runCli(['--format', 'json'], { cwd: dir }))[0];
    const fixes = before.messages.flatMap((message) => (message.fix ? [message.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);

    const fixRun = runCli(['--fix', '--format', 'json'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(applyEdits(original, fixes).output);
    expect(fixed).not.toMatch(/going forward|synergy/i);
    // What is left to report has no safe fix, and the output is the text now on disk.
    const after = parseJsonReport(fixRun)[0];
    expect(after.messages.filter((message) => message.fix)).toEqual([]);
    expect(after.output).toBe(fixed);

    const modified = statSync(file).mtimeMs;
    const second = runCli(['--fix', '--format', 'json'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(statSync(file).mtimeMs).toBe(modified);
    expect(parseJsonReport(second)[0].output).toBeUndefined();
  });

  it('never applies suggestions', () => {
    const { dir, file } = project(original);
    const before = parseJsonReport(runCli(['--format', 'json'], { cwd: dir }))[0];
    // Templates (new sections, owner placeholders) whose words the document does not already hold.
    const templates = before.messages
      .flatMap((message) => message.suggestions ?? [])
      .map((suggestion) => suggestion.fix.text.trim())
      .filter((text) => text && !original.includes(text));
    expect(templates.length).toBeGreaterThan(0);
    runCli(['--fix'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    for (const template of templates) expect(fixed).not.toContain(template);
  });

  it('keeps a byte-order mark, Windows line endings and the file\'s permissions', () => {
    const { dir, file } = project(Buffer.from(`\uFEFF${original.replace(/\n/g, '\r\n')}`, 'utf8'));
    chmodSync(file, 0o640);
    runCli(['--fix'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.startsWith('\uFEFF')).toBe(true);
    expect(fixed).not.toMatch(/going forward|synergy/i);
    expect(fixed.match(/\r\n/g)?.length).toBe(original.match(/\n/g)?.length);
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('with --quiet fixes only error-level findings', () => {
    const { dir, file } = project(original);
    runCli(['--fix', '--quiet', '--rule', 'buzzword:warning'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(original);
    runCli(['--fix', '--quiet', '--rule', 'buzzword:error'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).not.toMatch(/going forward|synergy/i);
  });
});

describe('--fix-dry-run', () => {
  it('reports the fixed text as output without writing it', () => {
    const { dir, file } = project(original);
    const dryRun = parseJsonReport(runCli(['--fix-dry-run', '--format', 'json'], { cwd: dir }))[0];
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(dryRun.output).toBeDefined();
    runCli(['--fix'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(dryRun.output);
  });
});
