// Editor latency: the built language server as a real process over stdio, driven by a real JSON-RPC
// client. Opens one long document, makes small edits one at a time, and times each edit from the
// moment `didChange` is sent to the moment the diagnostics for that version arrive.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node.js';
import { median, percentile } from './stats.mjs';

const EDIT_TIMEOUT_MS = 60_000;

/**
 * mode `push`: the client does not support pull diagnostics, so the server publishes them
 * (`textDocument/publishDiagnostics` with the document version). mode `pull`: the client asks with
 * `textDocument/diagnostic` right after each change, as VS Code does.
 */
export async function measureEditorLatency({ serverPath, documentPath, edits, mode, debounceMs, budgetMs = Infinity }) {
  const session = await startSession(serverPath, documentPath, mode, debounceMs);
  try {
    const lines = readFileSync(documentPath, 'utf8').split('\n');
    const uri = pathToFileURL(documentPath).href;
    let version = 1;
    const openStarted = performance.now();
    session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text: lines.join('\n') },
    });
    const opened = await session.diagnosticsFor(uri, version);
    const openMs = performance.now() - openStarted;

    const samples = [];
    let lastCount = opened.count;
    let stoppedEarly = false;
    const editsStarted = performance.now();
    for (const line of editLines(lines, edits)) {
      // A server far off its target would take minutes for 50 edits; the budget keeps the bench bounded.
      if (performance.now() - editsStarted > budgetMs) {
        stoppedEarly = true;
        break;
      }
      const character = lines[line].length;
      const insert = ' today';
      lines[line] += insert;
      version += 1;
      const change = session.incremental
        ? { range: { start: { line, character }, end: { line, character } }, text: insert }
        : { text: lines.join('\n') };
      const started = performance.now();
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const result = await session.diagnosticsFor(uri, version);
      samples.push(performance.now() - started);
      lastCount = result.count;
    }
    return {
      mode,
      debounceMs,
      edits: samples.length,
      stoppedEarly,
      openMs,
      medianMs: median(samples),
      p95Ms: percentile(samples, 95),
      maxMs: Math.max(...samples),
      diagnostics: lastCount,
      sync: session.incremental ? 'incremental' : 'full',
    };
  } finally {
    await session.stop();
  }
}

/** Lines worth typing on (prose and list items, not tables or headings), spread over the document. */
function editLines(lines, count) {
  const candidates = lines.map((text, index) => ({ text, index })).filter(({ text }) => /^([-*] |\d+\. )?[A-Z][a-z]/.test(text));
  return Array.from({ length: Math.min(count, candidates.length) }, (_, i) => {
    // Stride through the document with a step coprime to most sizes, so edits jump around like a reader's.
    return candidates[Math.floor(((i * 37) % count) * (candidates.length / count))].index;
  });
}

async function startSession(serverPath, documentPath, mode, debounceMs) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: path.dirname(documentPath), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // A server that dies fails the measurement at once instead of waiting out the timeout.
  const died = exited.then((code) => {
    throw new Error(`the server exited (code ${code}): ${stderr}`);
  });
  died.catch(() => {});
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

  // The server may ask for settings, register capabilities or create progress; answer like a plain editor.
  connection.onRequest((method, params) =>
    method === 'workspace/configuration' ? params.items.map(() => ({ enable: true, run: 'onType', rules: {} })) : null,
  );
  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const waiter = waiters.get(params.uri);
    if (waiter && (params.version === undefined || params.version === waiter.version)) {
      waiters.delete(params.uri);
      waiter.resolve({ count: params.diagnostics.length });
    }
  });
  connection.onNotification(() => {});
  connection.listen();

  const folder = pathToFileURL(path.dirname(documentPath)).href;
  let init;
  try {
    init = await withTimeout(
      Promise.race([died, connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: 'bench' }],
        capabilities: {
          textDocument: {
            synchronization: { didSave: true },
            publishDiagnostics: { versionSupport: true, relatedInformation: true },
            ...(mode === 'pull' ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          },
          workspace: { configuration: true },
        },
        initializationOptions: { debounceMs },
      })]),
      EDIT_TIMEOUT_MS,
      () => `the server did not answer initialize: ${stderr}`,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  connection.sendNotification('initialized', {});
  const sync = init.capabilities.textDocumentSync;
  const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
  if (mode === 'pull' && !init.capabilities.diagnosticProvider) {
    child.kill('SIGKILL');
    throw new Error('the server does not offer pull diagnostics');
  }

  const diagnosticsFor = (uri, version) => {
    const answer =
      mode === 'pull'
        ? connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then((report) => ({ count: report.items?.length ?? 0 }))
        : new Promise((resolve) => waiters.set(uri, { version, resolve }));
    return withTimeout(Promise.race([answer, died]), EDIT_TIMEOUT_MS, () => `no diagnostics for version ${version}: ${stderr}`);
  };

  const stop = async () => {
    try {
      await withTimeout(connection.sendRequest('shutdown'), 5000, () => 'shutdown timed out');
      connection.sendNotification('exit');
    } catch {
      // A server that will not shut down is killed below.
    }
    const gone = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 3000))]);
    if (!gone) child.kill('SIGKILL');
    connection.dispose();
  };
  return { connection, incremental, diagnosticsFor, stop };
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms))),
  ]);
}
