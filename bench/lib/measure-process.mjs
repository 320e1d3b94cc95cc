// Runs one command as a whole process and measures it as a user would feel it: wall time, CPU time
// (user + system, all threads) and peak resident memory, read from GNU time (`/usr/bin/time -v`).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/**
 * Runs `command args` in `cwd` with stdout and stderr sent to files in `outDir` (output is part of the
 * work, the terminal is not); `env` adds to the environment. Resolves to { wallS, cpuS, userS, sysS, peakMiB, exitCode, stdoutFile, stderrFile }.
 * Without GNU time, only wall time is known.
 */
export async function measureProcess(command, args, { cwd, outDir, env = {} }) {
  const stdoutFile = path.join(outDir, 'stdout');
  const stderrFile = path.join(outDir, 'stderr');
  const timeFile = path.join(outDir, 'time');
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const [exe, exeArgs] = hasGnuTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const exitCode = await new Promise((resolve, reject) => {
    const child = spawn(exe, exeArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, err] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const elapsed = (performance.now() - started) / 1000;
  closeSync(out);
  closeSync(err);
  const result = { wallS: elapsed, cpuS: null, userS: null, sysS: null, peakMiB: null, exitCode, stdoutFile, stderrFile };
  if (hasGnuTime) Object.assign(result, parseGnuTime(readFileSync(timeFile, 'utf8')));
  return result;
}

function parseGnuTime(report) {
  const field = (label) => {
    const line = report.split('\n').find((l) => l.trim().startsWith(label));
    return line ? line.slice(line.lastIndexOf(': ') + 2).trim() : null;
  };
  const userS = Number(field('User time (seconds)'));
  const sysS = Number(field('System time (seconds)'));
  // Wall time stays our own (GNU time rounds it to 10 ms); CPU and memory come from the kernel's rusage.
  return { userS, sysS, cpuS: userS + sysS, peakMiB: Number(field('Maximum resident set size (kbytes)')) / 1024 };
}
