/**
 * The command line on files a cloned repository can contain to hurt whoever checks it: named pipes and
 * devices under document names, hostile configuration and the like (issue 9, the file and command-line cases).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, linkSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSource, type CheckTask } from '../src/cli/check-file.js';
import { readSourceFile } from '../src/cli/read-source.js';
import { loadConfigForFile } from '../src/config/index.js';
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

  it('reports a named pipe under a configuration file name found by searching, and passes over one under an ignore file name', () => {
    const dir = project({ 'sub/a.md': doc });
    execFileSync('mkfifo', [path.join(dir, 'sub', '.partnerlintrc.json'), path.join(dir, '.gitignore')]);
    const run = runCli(['sub/a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/configuration error in .*\.partnerlintrc\.json: is a named pipe/);
  });

  it('reports a socket named like a document', async () => {
    const dir = project({ 'good.md': doc });
    const server = net.createServer().listen(path.join(dir, 'socket.md'));
    await once(server, 'listening');
    try {
      const run = runCli(['socket.md', 'good.md'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('skipped socket.md: it is a socket or device that cannot be read as a file');
    } finally {
      server.close();
    }
  });

  it('never reads a device, named or behind a markdown symbolic link in a scanned folder', () => {
    const dir = project({ 'good.md': doc });
    symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    const scanned = runCli(['--format', 'json'], { cwd: dir });
    expect(scanned.status).toBe(2);
    expect(scanned.stderr).toContain('skipped zero.md: it is a symbolic link to /dev/zero, outside the folders being checked');
    expect(reportedFiles(scanned)).toEqual(['good.md']);

    const named = runCli(['--format', 'json', '/dev/zero', 'good.md'], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('skipped /dev/zero: it is a device, not a regular file');
    expect(reportedFiles(named)).toEqual(['good.md']);
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

describe('--fix writes only where it should (cases 8, 9 and 13)', () => {
  it('refuses a read-only file, even when run by root', () => {
    const dir = project({ 'agreement.md': doc });
    const file = path.join(dir, 'agreement.md');
    chmodSync(file, 0o444);
    const run = runCli(['--fix'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('could not write the fixes to agreement.md: it is read-only; partnerlint leaves it as it is');
    expect(readFileSync(file, 'utf8')).toBe(doc);
  });

  it('keeps the owner, the permissions and hard links of the file it fixes', () => {
    const dir = project({ 'agreement.md': doc });
    const file = path.join(dir, 'agreement.md');
    const twin = path.join(dir, 'twin.txt');
    linkSync(file, twin);
    chmodSync(file, 0o664);
    // As root (CI), hand the file to another user, as in a shared checkout.
    if (process.getuid?.() === 0) chownSync(file, 65534, 65534);
    const before = statSync(file);
    const run = runCli(['--fix'], { cwd: dir });
    expect(run.stderr).toBe('');
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).not.toBe(doc);
    expect(readFileSync(twin, 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect({ ino: after.ino, nlink: after.nlink, uid: after.uid, gid: after.gid, mode: after.mode }).toEqual({
      ino: before.ino,
      nlink: 2,
      uid: before.uid,
      gid: before.gid,
      mode: before.mode,
    });
    expect(readdirSorted(dir)).toEqual(['.git', '.partnerlintrc.json', 'agreement.md', 'twin.txt']);
  });

  it('neither reads nor writes through a symbolic link that leads out of the folder being checked', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-outside-'));
    projects.push(outside);
    const precious = path.join(outside, 'precious.md');
    writeFileSync(precious, doc);
    const dir = project({ 'good.md': doc });
    symlinkSync(precious, path.join(dir, 'linked.md'));

    const lintRun = runCli(['--format', 'json'], { cwd: dir });
    expect(lintRun.status).toBe(2);
    expect(lintRun.stderr).toContain(`skipped linked.md: it is a symbolic link to ${precious}, outside the folders being checked`);
    expect(reportedFiles(lintRun)).toEqual(['good.md']);

    const fixRun = runCli(['--fix', 'linked.md'], { cwd: dir });
    expect(fixRun.status).toBe(2);
    expect(readFileSync(precious, 'utf8')).toBe(doc);
    // Named by its own path, the file is checked.
    expect(runCli(['--format', 'json', precious], { cwd: dir }).status).toBe(1);
  });

  describe('a file that changes between reading and writing', () => {
    const fixTask = (filePath: string): CheckTask => ({
      filePath,
      settings: loadConfigForFile(filePath).settings,
      fix: true,
      write: true,
      errorsOnly: false,
    });
    const readThen = (change: (file: string) => void): { file: string; writeError?: string } => {
      const file = path.join(project({ 'agreement.md': doc }), 'agreement.md');
      const read = readSourceFile(file);
      change(file);
      const outcome = checkSource(fixTask(file), read);
      if (!outcome.checked) throw new Error(outcome.problem);
      expect(outcome.output).toBeDefined();
      return { file, writeError: outcome.writeError };
    };

    it('keeps an edit made meanwhile instead of writing over it', () => {
      const edited = `${doc}\nA paragraph written while partnerlint was running.\n`;
      const { file, writeError } = readThen((target) => writeFileSync(target, edited));
      expect(writeError).toMatch(/^it changed after partnerlint read it/);
      expect(readFileSync(file, 'utf8')).toBe(edited);
    });

    it('does not create again a file deleted meanwhile', () => {
      const { file, writeError } = readThen((target) => unlinkSync(target));
      expect(writeError).toBe('it was deleted after partnerlint read it, so it was not created again');
      expect(() => statSync(file)).toThrow(/ENOENT/);
    });

    it('does not write into a different file put in its place', () => {
      const { file, writeError } = readThen((target) => {
        writeFileSync(`${target}.new`, doc);
        renameSync(`${target}.new`, target);
      });
      expect(writeError).toMatch(/^it was replaced by another file/);
      expect(readFileSync(file, 'utf8')).toBe(doc);
    });
  });
});

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('removing an unused directive (case 10)', () => {
  const lines = (text: string | undefined): string[] => (text ?? '').split(/\r\n|\r|\n/);
  const fixedOutput = (text: string): string | undefined => {
    const dir = project({ '.partnerlintrc.json': { root: true, reportUnusedDirectives: true }, 'a.md': text });
    return parseJsonReport(runCli(['--fix-dry-run', '--format', 'json', 'a.md'], { cwd: dir }))[0].output;
  };

  it.each([
    ['a lone \\r before it and \\n after', 'Agreement\r<!-- partnerlint-disable-next-line buzzword -->\n\n## Parties'],
    ['\\n before it and lone \\r endings after', 'Agreement\n<!-- partnerlint-disable-next-line buzzword -->\r\r## Parties'],
    ['a lone \\r before it and \\r\\n after', 'Agreement\r<!-- partnerlint-disable-next-line buzzword -->\r\n\n## Parties'],
  ])('takes away only the directive\'s line, with %s', (_, replacement) => {
    const withDirective = doc.replace('Agreement\n\n## Parties', replacement);
    expect(withDirective).not.toBe(doc);
    const output = fixedOutput(withDirective);
    expect(output).not.toContain('partnerlint-disable');
    expect(lines(output)).toEqual(lines(fixedOutput(doc)));
  });
});

describe('frontmatter that is not valid YAML (case 12)', () => {
  it('is reported with the reason and exit code 2, not passed over in silence', () => {
    const broken = '---\ntype: agreement\ntitle: "Joint working: [draft\n---\n\n# Notes\n\nWe will work together going forward.\n';
    const dir = project({ 'a.md': broken, 'good.md': doc });
    const run = runCli(['--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/partnerlint: a\.md: its frontmatter is not valid YAML \(.+\), so nothing in it was read, not even its type; correct the frontmatter\n/);
    expect(reportedFiles(run)).toEqual(['a.md', 'good.md']);
    // The same again from the cache, which must not vouch for it.
    expect(runCli(['--cache'], { cwd: dir }).status).toBe(2);
    expect(runCli(['--cache'], { cwd: dir }).stderr).toContain('a.md: its frontmatter is not valid YAML');
  });

  it('leaves frontmatter that is valid YAML but not a list of settings alone', () => {
    const dir = project({ 'a.md': '---\njust a line\n---\n\n# Notes\n' });
    const run = runCli([], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('--cache (cases 13 and 14)', () => {
  const machine = (): NodeJS.ProcessEnv => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-home-'));
    projects.push(home);
    return { XDG_CACHE_HOME: home };
  };

  it('never writes through a symbolic link in the cache\'s place', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'partnerlint-outside-'));
    projects.push(outside);
    const precious = path.join(outside, 'precious.txt');
    writeFileSync(precious, 'keep me\n');
    const dir = project({ 'agreement.md': doc });
    symlinkSync(precious, path.join(dir, '.partnerlintcache'));
    const run = runCli(['--cache'], { cwd: dir, env: machine() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not using the cache .partnerlintcache: it is a symbolic link');
    expect(readFileSync(precious, 'utf8')).toBe('keep me\n');
  });

  it('trusts only entries signed on this machine, so a cache from elsewhere cannot hide findings', () => {
    const dir = project({ 'agreement.md': doc });
    const here = machine();
    expect(runCli(['--cache'], { cwd: dir, env: here }).status).toBe(1);
    // Someone empties the findings in the cache file and commits it.
    const cacheFile = path.join(dir, '.partnerlintcache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const entry of Object.values(cache.entries) as { result: { findings: unknown[] } }[]) entry.result.findings = [];
    writeFileSync(cacheFile, JSON.stringify(cache));

    const elsewhere = runCli(['--cache', '--format', 'json'], { cwd: dir, env: machine() });
    expect(elsewhere.status).toBe(1);
    expect(parseJsonReport(elsewhere)[0].errorCount).toBeGreaterThan(0);
    // The key stays in the user's cache folder, readable by that user alone.
    const key = path.join(here.XDG_CACHE_HOME as string, 'partnerlint', 'cache-key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
  });

  it('keeps the cache where --cache-location says', () => {
    const dir = project({ 'agreement.md': doc, 'cache/.keep': '' });
    expect(runCli(['--cache', '--cache-location', 'cache'], { cwd: dir, env: machine() }).status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'cache', '.partnerlintcache'), 'utf8')).entries).toBeTypeOf('object');
    expect(runCli(['--cache-location', 'cache'], { cwd: dir }).stderr).toContain('--cache-location needs --cache');
  });
});

describe('control characters from documents (case 15)', () => {
  it('are shown as visible escapes in stylish output and notes, never sent to the terminal', () => {
    // A partner named with a window-title command: partner-sprawl quotes the name in its message.
    const hostile = doc
      .replace('("the Trust")', '("the Trust")\n- Northside \u001b]0;owned\u0007Housing Association')
      .replace('Going forward, the partners', 'Going forward, the \u001b[31mpartners');
    const name = 'evil\u001b[2J\u009b\u202ename.md';
    const dir = project({ [name]: hostile, 'broken.md': '---\ntype: agreement\ntitle: "\u001b[31m\n---\n' });
    // Wide enough that the quoted name is not wrapped onto two lines.
    const run = runCli([], { cwd: dir, env: { COLUMNS: '400' } });
    expect(run.status).toBe(2);
    const unprintable = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
    expect(run.stdout).not.toMatch(unprintable);
    expect(run.stderr).not.toMatch(unprintable);
    expect(run.stdout).toContain('evil\\x1b[2J\\x9b\\u202ename.md');
    expect(run.stdout).toContain('Northside \\x1b]0;owned\\x07Housing Association');
    expect(runCli(['--format', 'github'], { cwd: dir }).stdout).not.toMatch(unprintable);
    // The fixes shown as a diff quote the document's lines.
    const dryRun = runCli(['--fix-dry-run'], { cwd: dir });
    expect(dryRun.stdout).toContain('the \\x1b[31mpartners');
    expect(dryRun.stdout).not.toMatch(unprintable);
  });
});

describe('configuration files that are not configuration (case 16)', () => {
  it('does not quote the content of a file given to --config that is not JSON', () => {
    const dir = project({ 'a.md': doc, 'secrets.json': 'admin:s3cret-password:0:0\n' });
    const run = runCli(['--config', 'secrets.json', 'a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("partnerlint: configuration error in secrets.json: is not valid JSON: Unexpected token 'a'\n");
    const passwd = runCli(['--config', '/etc/passwd', 'a.md'], { cwd: dir });
    expect(passwd.status).toBe(2);
    expect(passwd.stderr).not.toContain('root:');
  });

  it.each([
    ['.partnerlintrc.json', 'null', '.partnerlintrc.json: must be an object'],
    ['.partnerlintrc.yaml', 'null\n', '.partnerlintrc.yaml: must be an object'],
    ['package.json', '{ "name": "x", "partnerlint": null }', 'package.json: partnerlint: must be an object'],
  ])('reports %s holding %s instead of settings', (name, content, message) => {
    const dir = project({ 'sub/a.md': doc, [`sub/${name}`]: content });
    const run = runCli(['sub/a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`configuration error in sub/${message}`);
  });

  it('takes an empty YAML file, or one of comments only, as no settings', () => {
    const dir = project({ 'sub/a.md': doc, 'sub/.partnerlintrc.yaml': '# nothing yet\n\n' });
    expect(runCli(['sub/a.md'], { cwd: dir })).toMatchObject({ status: 1, stderr: '' });
  });
});
