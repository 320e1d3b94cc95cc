// Child process: times the engine in-process on one document, warm.
//   node engine-timing.mjs <engine.mjs> <document.md> <iterations> [steps, default parse,model,lint,relint]
// Prints JSON: per step the median, p95 and min in milliseconds. lint() and relint run <iterations>
// times; parse and model, which only split lint()'s time, half as many. relint is what the editor
// does after a keystroke: type a word into one line, then build and lint again keeping the work on
// the parts the edit did not touch (ModelCache, PartFindingsMemo).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './stats.mjs';

const [bundle, documentPath, iterationsArg, stepsArg = 'parse,model,lint,relint'] = process.argv.slice(2);
const iterations = Number(iterationsArg);
const engine = await import(pathToFileURL(bundle).href);
const text = readFileSync(documentPath, 'utf8');

// lint() is the number with a target; parse and model are there to split it, so fewer runs do.
const breakdownIterations = Math.max(3, Math.ceil(iterations / 2));
const steps = [
  ['parse', breakdownIterations, engine.parseMarkdown && (() => engine.parseMarkdown(text))],
  ['model', breakdownIterations, engine.buildModel && (() => engine.buildModel(text))],
  ['lint', iterations, () => engine.lint(text, {})],
  ['relint', iterations, engine.ModelCache && engine.PartFindingsMemo && typingRelint()],
].filter(([name, , run]) => run && stepsArg.split(',').includes(name));

/** Each run types " today" at the end of another prose line and re-lints with the editor's caches. */
function typingRelint() {
  const cache = new engine.ModelCache();
  const memo = new engine.PartFindingsMemo();
  let current = text;
  const lineEnds = [];
  for (let at = current.indexOf('\n'); at !== -1; at = current.indexOf('\n', at + 1)) {
    const start = current.lastIndexOf('\n', at - 1) + 1;
    if (/^([-*] |\d+\. )?[A-Z][a-z]/.test(current.slice(start, at))) lineEnds.push(at);
  }
  let edits = 0;
  return () => {
    // Typing moves the end of this line and of every line after it.
    const line = (edits * 37) % lineEnds.length;
    const at = lineEnds[line];
    current = `${current.slice(0, at)} today${current.slice(at)}`;
    for (let i = line; i < lineEnds.length; i++) lineEnds[i] += ' today'.length;
    edits++;
    engine.lintModel(engine.buildModel(current, { cache: cache }), {}, memo);
  };
}

const result = { lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text), steps: {} };
for (const [name, count, run] of steps) {
  // Warm-up: let the JIT settle so the numbers describe an editor that has been open a while.
  for (let i = 0; i < 3; i++) run();
  const samples = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  result.steps[name] = { medianMs: median(samples), p95Ms: percentile(samples, 95), minMs: Math.min(...samples), samples: samples.length };
}
const last = engine.lint(text, {});
result.findings = last.findings.length;
result.kind = last.document.kind;
result.ruleFailures = last.ruleFailures.map((f) => f.ruleId);
process.stdout.write(JSON.stringify(result));
