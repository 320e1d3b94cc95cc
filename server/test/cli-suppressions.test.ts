/** Bulk suppressions: adopting partnerlint on documents already signed, so that only new findings fail. */
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, makeProject, runCli } from './cli-helpers.js';

const projects: string[] = [];
function project(): string {
  const agreement = fixture('discharge-agreement.md');
  const dir = makeProject({ 'signed/discharge.md': agreement, 'signed/discharge-2024.md': agreement });
  projects.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Suppressions = Record<string, Record<string, { count: number }>>;
const suppressionsOf = (dir: string): Suppressions =>
  JSON.parse(readFileSync(path.join(dir, 'partnerlint-suppressions.json'), 'utf8')) as Suppressions;
const edit = (dir: string, file: string, change: (text: string) => string): void =>
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

describe('bulk suppressions', () => {
  it('--suppress-all accepts what is there: the next run passes, a new finding fails, moving lines does not', () => {
    const dir = project();
    expect(runCli([], { cwd: dir }).status).toBe(1);
    const recorded = runCli(['--suppress-all'], { cwd: dir });
    expect(recorded.status).toBe(0);
    // Info findings never fail a run, so they are not recorded, and still shown.
    expect(recorded.stdout).toMatch(/\(0 errors, 0 warnings, \d+ infos?\)/);
    expect(recorded.stderr).toContain('updated partnerlint-suppressions.json');
    const suppressions = suppressionsOf(dir);
    expect(Object.keys(suppressions)).toEqual(['signed/discharge-2024.md', 'signed/discharge.md']);
    expect(suppressions['signed/discharge.md']['vague-aim']).toEqual({ count: 2 });
    expect(suppressions['signed/discharge.md'].buzzword).toBeUndefined();
    expect(runCli([], { cwd: dir })).toMatchObject({ status: 0, stderr: '' });

    edit(dir, 'signed/discharge.md', (text) => text.replace('## Parties', 'Signed on 3 March 2025 by both chief executives.\n\n## Parties'));
    expect(runCli([], { cwd: dir }).status).toBe(0);

    edit(dir, 'signed/discharge.md', (text) => text.replace('- Deliver better services for everyone.', '- Deliver better services for everyone.\n- Improve lives across the county.'));
    const added = runCli(['--format', 'json'], { cwd: dir });
    expect(added.status).toBe(1);
    const [file] = (JSON.parse(added.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).filter((f) => f.filePath.endsWith('signed/discharge.md'));
    // Nobody can tell which of three vague aims is the new one, so all three are shown.
    expect(file.messages.filter((m) => m.ruleId === 'vague-aim')).toHaveLength(3);
    expect(file.messages.filter((m) => m.ruleId === 'missing-accountability')).toHaveLength(0);
  });

  it('--suppress-rule records one rule only', () => {
    const dir = project();
    expect(runCli(['--suppress-rule', 'vague-aim'], { cwd: dir }).status).toBe(1);
    const suppressions = suppressionsOf(dir);
    for (const rules of Object.values(suppressions)) expect(Object.keys(rules)).toEqual(['vague-aim']);
  });

  it('fails on accepted findings that were fixed until --prune-suppressions drops them', () => {
    const dir = project();
    runCli(['--suppress-all'], { cwd: dir });
    edit(dir, 'signed/discharge.md', (text) => text.replace('- Improve outcomes through joined-up working.\n', ''));
    unlinkSync(path.join(dir, 'signed/discharge-2024.md'));

    const stale = runCli([], { cwd: dir });
    expect(stale.status).toBe(2);
    expect(stale.stderr).toContain('signed/discharge.md: vague-aim (2 recorded, 1 found)');
    expect(stale.stderr).toContain('run partnerlint --prune-suppressions');
    expect(runCli(['--pass-on-unpruned-suppressions'], { cwd: dir }).status).toBe(0);

    expect(runCli(['--prune-suppressions'], { cwd: dir }).status).toBe(0);
    const pruned = suppressionsOf(dir);
    expect(Object.keys(pruned)).toEqual(['signed/discharge.md']);
    expect(pruned['signed/discharge.md']['vague-aim']).toEqual({ count: 1 });
    expect(runCli([], { cwd: dir })).toMatchObject({ status: 0, stderr: '' });
  });

  it('reads the file named by --suppressions-location, and says plainly when it is damaged', () => {
    const dir = project();
    runCli(['--suppress-all', '--suppressions-location', 'ci/accepted.json'], { cwd: dir });
    expect(existsSync(path.join(dir, 'ci/accepted.json'))).toBe(true);
    expect(runCli(['--suppressions-location', 'ci/accepted.json'], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, 'partnerlint-suppressions.json'), '{"signed/discharge.md": {"vague-aim": 2}}');
    const damaged = runCli([], { cwd: dir });
    expect(damaged.status).toBe(2);
    expect(damaged.stderr).toMatch(/is not a suppressions file/);
    const unwritable = runCli(['--suppress-all', '--suppressions-location', 'signed/discharge.md/accepted.json'], { cwd: dir });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/^partnerlint: could not write .*accepted\.json \(\w+\)\n$/);
  });
});
