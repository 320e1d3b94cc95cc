// Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the time went: self time per
// function and per source area, mapped back through the bundle's source map to the original
// TypeScript file or npm package.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `profileFiles`: one file per thread (the CLI lints on worker threads; each writes its own profile).
 * Idle time is left out, so shares are of the CPU time actually spent.
 */
export function summariseProfile(profileFiles, { top = 25 } = {}) {
  const maps = new SourceMaps();
  const byFunction = new Map();
  const byArea = new Map();
  let totalUs = 0;
  for (const file of profileFiles) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const us = profile.timeDeltas[index] ?? 0;
      const frame = nodes.get(id).callFrame;
      if (frame.functionName === '(idle)') return;
      totalUs += us;
      const origin = maps.originOf(frame);
      const name = `${frame.functionName || '(anonymous)'} ${origin.label}`.trim();
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
      byArea.set(origin.area, (byArea.get(origin.area) ?? 0) + us);
    });
  }
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Number(((100 * us) / totalUs).toFixed(1)) }));
  return { totalMs: Math.round(totalUs / 1000), functions: rank(byFunction), areas: rank(byArea) };
}

/** Maps bundle positions back to sources, reading each bundle's .map once. */
class SourceMaps {
  constructor() {
    this.cache = new Map();
  }

  originOf(frame) {
    if (!frame.url) return { label: '', area: frame.functionName || '(native)' };
    const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    const map = this.mapFor(file);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^file:\/\//, '');
      return { label: `${shorten(source)}:${entry.originalLine + 1}`, area: areaOf(source) };
    }
    return { label: `${shorten(file)}:${frame.lineNumber + 1}`, area: file.startsWith('node:') || !file.includes('/') ? 'node internals' : areaOf(file) };
  }

  mapFor(file) {
    if (!this.cache.has(file)) {
      const mapFile = `${file}.map`;
      this.cache.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
    }
    return this.cache.get(file);
  }
}

/** An npm package by name, or the product's own folder under src/ (model, rules, language, cli...). */
function areaOf(source) {
  const nodeModules = source.lastIndexOf('node_modules/');
  if (nodeModules !== -1) {
    const parts = source.slice(nodeModules + 'node_modules/'.length).split('/');
    return `npm: ${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const src = source.lastIndexOf('/src/');
  if (src !== -1) {
    const rest = source.slice(src + 5).split('/');
    return rest.length > 1 ? `src/${rest[0]}/` : `src/${rest[0]}`;
  }
  return source.startsWith('node:') ? 'node internals' : path.basename(source);
}

function shorten(source) {
  const nodeModules = source.lastIndexOf('node_modules/');
  if (nodeModules !== -1) return source.slice(nodeModules + 'node_modules/'.length);
  const src = source.lastIndexOf('/src/');
  return src !== -1 ? source.slice(src + 1) : source;
}
