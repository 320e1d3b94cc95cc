import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, makeProject, parseJsonReport, runCli } from './cli-helpers.js';
import { FIXTURES_ROOT } from './support/detection-labels.js';

const projects: string[] = [];
function project(files: Record<string, string | Buffer | object>): string {
  const dir = makeProject(files);
  projects.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The files a JSON run reported on, relative to the project, sorted. */
function linted(dir: string, args: string[] = []): string[] {
  const run = runCli(['--format', 'json', ...args], { cwd: dir });
  return parseJsonReport(run)
    .map((file) => path.relative(dir, file.filePath).split(path.sep).join('/'))
    .sort();
}

const doc = fixture('discharge-agreement.md');

describe('which files are checked', () => {
  it('defaults to the markdown under the current folder, leaving out node_modules and other files', () => {
    const dir = project({ 'a.md': doc, 'docs/b.markdown': doc, 'docs/notes.txt': doc, 'node_modules/pkg/c.md': doc });
    expect(linted(dir)).toEqual(['a.md', 'docs/b.markdown']);
  });

  it('honours .gitignore and .partnerlintignore, each relative to its folder, with re-inclusion', () => {
    const dir = project({
      '.gitignore': 'build/\n*.tmp.md\n',
      '.partnerlintignore': 'archive/**\n!archive/current.md\n',
      'docs/.gitignore': 'private.md\n',
      'a.md': doc,
      'build/out.md': doc,
      'x.tmp.md': doc,
      'archive/2019.md': doc,
      'archive/current.md': doc,
      'docs/private.md': doc,
      'docs/public.md': doc,
      'private.md': doc,
    });
    expect(linted(dir)).toEqual(['a.md', 'archive/current.md', 'docs/public.md', 'private.md']);
  });

  it('says why an explicitly named file was ignored, and --verbose says it for the rest', () => {
    const dir = project({ '.partnerlintignore': 'drafts/\n', 'drafts/a.md': doc, 'drafts/b.md': doc, 'c.md': doc });
    const named = runCli(['drafts/a.md', 'c.md'], { cwd: dir });
    expect(named.stderr).toContain('skipped drafts/a.md: excluded by .partnerlintignore');
    const quiet = runCli([], { cwd: dir });
    expect(quiet.stderr).toBe('');
    const verbose = runCli(['--verbose'], { cwd: dir });
    expect(verbose.stderr).toContain('skipped drafts/a.md: excluded by .partnerlintignore');
    expect(verbose.stderr).toContain('skipped drafts/b.md: excluded by .partnerlintignore');
  });

  it('takes files, folders and globs', () => {
    const dir = project({ 'a.md': doc, 'plans/b.md': doc, 'plans/deep/c.md': doc, 'other/d.md': doc, 'other/e.md': doc });
    expect(linted(dir, ['a.md', 'plans'])).toEqual(['a.md', 'plans/b.md', 'plans/deep/c.md']);
    expect(linted(dir, ['other/*.md', 'other/d.md'])).toEqual(['other/d.md', 'other/e.md']);
  });

  it('exits 2 when a glob matches nothing', () => {
    const run = runCli(['missing/**/*.md'], { cwd: project({ 'a.md': doc }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no files match "missing/**/*.md"');
  });

  it('leaves out files excluded by the configuration\'s files and ignores', () => {
    const dir = project({
      '.partnerlintrc.json': { root: true, files: ['plans/**'], ignores: ['plans/old/**'] },
      'a.md': doc,
      'plans/b.md': doc,
      'plans/old/c.md': doc,
    });
    expect(linted(dir)).toEqual(['plans/b.md']);
    const verbose = runCli(['--verbose'], { cwd: dir });
    expect(verbose.stderr).toContain('skipped plans/old/c.md: excluded by the files/ignores settings in .partnerlintrc.json');
    expect(verbose.stderr).toContain('skipped a.md: excluded by the files/ignores settings');
  });
});

describe('files that cannot be checked', () => {
  it('reports a file that is not UTF-8, one too large and one unreadable, and checks the rest', () => {
    const dir = project({
      'good.md': doc,
      'latin1.md': Buffer.from('# Partnership agreement\n\nCaf\xe9 and cr\xe8che\n', 'latin1'),
      'huge.md': `${doc}\n${'Plain words, nothing more.\n'.repeat(220_000)}`,
    });
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    const run = runCli(['--format', 'json', '.', 'dangling.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('skipped latin1.md: it is not valid UTF-8 text');
    expect(run.stderr).toMatch(/skipped huge\.md: it is too large to check \(5\.\d MB; the limit is 5\.0 MB\)/);
    expect(run.stderr).toMatch(/skipped dangling\.md: it does not exist/);
    const report = parseJsonReport(run);
    expect(report.map((file) => path.basename(file.filePath))).toEqual(['good.md']);
    expect(report[0].messages.length).toBeGreaterThan(0);
  });

  it('searches a folder named like a document instead of reading it', () => {
    const dir = project({ 'good.md': doc });
    mkdirSync(path.join(dir, 'folder.md'));
    writeFileSync(path.join(dir, 'folder.md', 'inner.md'), doc);
    expect(linted(dir, ['folder.md'])).toEqual(['folder.md/inner.md']);
  });
});

describe('documents that are not partnership documents', () => {
  it('gives an ordinary README no findings, and --verbose says why', () => {
    const dir = project({ 'README.md': fixture('README.md') });
    const run = runCli(['--format', 'json', '--verbose'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(parseJsonReport(run)).toMatchObject([{ messages: [], errorCount: 0, warningCount: 0 }]);
    expect(run.stderr).toMatch(/skipped README\.md: not a partnership document \(.+\)/);
    expect(runCli([], { cwd: dir }).stderr).toBe('');
  });

  it('with --verbose says what each file was read as, and the evidence for and against', () => {
    const kinds = path.join(FIXTURES_ROOT, 'kinds');
    const dir = project({
      'mou.md': readFileSync(path.join(kinds, 'mou-castlegate-northmarsh.md'), 'utf8'),
      'press.md': readFileSync(path.join(kinds, 'press-release-mou.md'), 'utf8'),
    });
    const { stderr } = runCli(['--verbose'], { cwd: dir });
    expect(stderr).toMatch(/checked mou\.md as a partnership agreement \(title names a memorandum of understanding; .*\d+ numbered clauses/);
    expect(stderr).toContain('skipped press.md: not a partnership document (its title names a press release or news item');
  });
});

describe('worker threads', () => {
  it('give the same report as the main thread alone, and fix files too', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`docs/agreement-${String(i).padStart(2, '0')}.md`] = doc.replace('Riverside', `Riverside ${i}`);
    files['docs/README.md'] = fixture('README.md');
    const dir = project(files);
    const alone = runCli(['--format', 'json'], { cwd: dir, env: { PARTNERLINT_WORKERS: '0' } });
    const pooled = runCli(['--format', 'json'], { cwd: dir, env: { PARTNERLINT_WORKERS: '2' } });
    expect(pooled.status).toBe(alone.status);
    expect(parseJsonReport(pooled)).toHaveLength(31);
    expect(pooled.stdout).toBe(alone.stdout);

    const fixed = runCli(['--fix', '--format', 'json'], { cwd: dir, env: { PARTNERLINT_WORKERS: '2' } });
    const changed = parseJsonReport(fixed).filter((file) => file.output !== undefined);
    expect(changed).toHaveLength(30);
    for (const file of changed) expect(readFileSync(file.filePath, 'utf8')).toBe(file.output);
  });
});
