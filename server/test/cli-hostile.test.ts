/**
 * The command line on files a cloned repository can contain to hurt whoever checks it: named pipes and
 * devices under document names, hostile configuration and the like (issue 9, the file and command-line cases).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, fixture, makeProject, parseJsonReport, runCli } from './cli-helpers.js';

const projects: string[] = [];
function project(files: Record<string, string | Buffer | object>): string {
  const dir = makeProject(files);
  projects.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const doc = fixture('discharge-agreement.md');
const reportedFiles = (run: ReturnType<typeof runCli>): string[] => parseJsonReport(run).map((file) => path.basename(file.filePath));

describe('only regular files are read (cases 1 and 2)', () => {
  it('reports a named pipe given by name, found in a folder or given to --config, instead of waiting on it', () => {
    const dir = project({ 'good.md': doc });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md'), path.join(dir, 'config.json')]);
    // A folder scan lists only files and links, so the pipe it meets is behind a link.
    const scannedDir = project({ 'good.md': doc });
    execFileSync('mkfifo', [path.join(scannedDir, 'pipe')]);
    symlinkSync('pipe', path.join(scannedDir, 'p.md'));

    const named = runCli(['--format', 'json', 'pipe.md', 'good.md'], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('skipped pipe.md: it is a named pipe, not a regular file');
    expect(reportedFiles(named)).toEqual(['good.md']);

    const scanned = runCli(['--format', 'json'], { cwd: scannedDir });
    expect(scanned.status).toBe(2);
    expect(scanned.stderr).toContain('skipped p.md: it is a named pipe');
    expect(reportedFiles(scanned)).toEqual(['good.md']);

    const config = runCli(['--config', 'config.json', 'good.md'], { cwd: dir });
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('configuration error in config.json: is a named pipe, not a regular file');
    expect(config.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a named pipe under a configuration file name found by searching', () => {
    const dir = project({ 'sub/a.md': doc });
    execFileSync('mkfifo', [path.join(dir, 'sub', '.partnerlintrc.json')]);
    const run = runCli(['sub/a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/configuration error in .*\.partnerlintrc\.json: is a named pipe/);
  });

  it('never reads a device, even through a markdown symbolic link in a scanned folder', () => {
    const dir = project({ 'good.md': doc });
    symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    const run = runCli(['--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('skipped zero.md: it is a device, not a regular file');
    expect(reportedFiles(run)).toEqual(['good.md']);
  });

  it('stops reading standard input at the size limit', () => {
    const dir = project({});
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, [CLI, '--stdin'], { cwd: dir, stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('is too large to check');
    } finally {
      closeSync(zero);
    }
  });
});

describe('globs in configuration (cases 4 and 5)', () => {
  it('reports an empty glob as a configuration error naming the setting, without a stack trace', () => {
    const dir = project({ '.partnerlintrc.json': { root: true, kinds: { '': 'agreement' } }, 'a.md': doc });
    const run = runCli(['a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('partnerlint: configuration error in .partnerlintrc.json: kinds: the glob "" is empty: write a path or pattern such as "drafts/**"\n');
  });

  it('refuses glob syntax it does not support, with the way to write it instead', () => {
    const dir = project({ '.partnerlintrc.json': { root: true, ignores: ['drafts/**', '@(old|new)/*.md'] }, 'a.md': doc });
    const run = runCli(['a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('configuration error in .partnerlintrc.json: ignores: the glob "@(old|new)/*.md" uses an extended pattern');
    expect(run.stderr).toContain('write "{a,b}" instead');
  });

  it('matches a glob built to backtrack against long names and finishes', () => {
    const longName = `${'a'.repeat(200)}.md`;
    const dir = project({
      '.partnerlintrc.json': { root: true, ignores: ['**/*a*a*a*a*a*a*a*a*a*a*b.md', 'skip/*a*a*a*a*a*a*a*a*a*a*.md'] },
      [longName]: doc,
      [`deep/${'a'.repeat(100)}/${longName}`]: doc,
      [`skip/${longName}`]: doc,
    });
    const run = runCli(['--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(parseJsonReport(run).map((file) => path.relative(dir, file.filePath)).sort()).toEqual([
      longName,
      `deep/${'a'.repeat(100)}/${longName}`,
    ]);
  });
});
