/** Starts code-server (VS Code 1.100 in the browser) in its own home, offline, and stops its whole process group. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY } from './editors.js';

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  host: string;
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerHome {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  env: NodeJS.ProcessEnv;
}

/** A fresh HOME, XDG folders and TMPDIR, so nothing of the machine's own VS Code state leaks in. */
export function createCodeServerHome(userSettings: Record<string, unknown>): CodeServerHome {
  const root = mkdtempSync(join(tmpdir(), 'partnerlint-code-server-'));
  const dirs = ['home', 'config', 'data', 'cache', 'tmp', 'user-data/User', 'extensions'].map((dir) => join(root, dir));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'user-data', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
    XDG_CACHE_HOME: join(root, 'cache'),
    TMPDIR: join(root, 'tmp'),
    EXTENSIONS_GALLERY: '{}',
  };
  return { root, userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions'), env };
}

function commonArgs(home: CodeServerHome): string[] {
  return ['--user-data-dir', home.userDataDir, '--extensions-dir', home.extensionsDir];
}

export function installExtension(home: CodeServerHome, vsixPath: string): void {
  const run = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...commonArgs(home), '--install-extension', vsixPath], {
    env: home.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0 || !/was successfully installed/.test(run.stdout)) {
    throw new Error(`code-server --install-extension failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

export async function startCodeServer(home: CodeServerHome): Promise<CodeServer> {
  const args = [
    CODE_SERVER_ENTRY,
    ...commonArgs(home),
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
  ];
  // Its own process group, so that stopping it also stops the extension host and the language server.
  const child = spawn(process.execPath, args, { env: home.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('code-server did not report its port within 60 s')), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      stopGroup(child);
      reject(new Error(`${error.message}\n${output}`));
    };
    child.on('exit', (code) => fail(new Error(`code-server exited early (code ${code})`)));
    const look = () => {
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', look);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', look);
  });
  child.removeAllListeners('exit');
  const host = `127.0.0.1:${port}`;
  return {
    origin: `http://${host}`,
    host,
    log: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      stopGroup(child, 'SIGTERM');
      const forced = setTimeout(() => stopGroup(child, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    },
  };
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}
