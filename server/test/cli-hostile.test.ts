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
