// Child process: times the engine in-process on one document, warm.
//   node engine-timing.mjs <engine.mjs> <document.md> <iterations> [steps, default parse,model,lint]
// Prints JSON: per step (parse, model, lint) the median, p95 and min in milliseconds.
// lint() runs <iterations> times; parse and model, which only split its time, half as many.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './stats.mjs';

const [bundle, documentPath, iterationsArg, stepsArg = 'parse,model,lint'] = process.argv.slice(2);
const iterations = Number(iterationsArg);
const engine = await import(pathToFileURL(bundle).href);
const text = readFileSync(documentPath, 'utf8');

// lint() is the number with a target; parse and model are there to split it, so fewer runs do.
const breakdownIterations = Math.max(3, Math.ceil(iterations / 2));
const steps = [
  ['parse', breakdownIterations, engine.parseMarkdown && (() => engine.parseMarkdown(text))],
  ['model', breakdownIterations, engine.buildModel && (() => engine.buildModel(text))],
  ['lint', iterations, () => engine.lint(text, {})],
].filter(([name, , run]) => run && stepsArg.split(',').includes(name));

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
