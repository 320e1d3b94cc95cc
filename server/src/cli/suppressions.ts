/**
 * Bulk suppressions, as ESLint's: `partnerlint-suppressions.json` records how many errors and warnings
 * each rule has in each file, so a library of documents that are already signed can adopt partnerlint
 * without rewriting them, and CI fails only on new findings. Counts, not lines, so that editing above
 * a finding does not bring it back; when a file has more findings of a rule than recorded, all of them
 * are reported, since nobody can tell which one is new.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../engine/types.js';
import { readRegularFile } from '../config/read-regular-file.js';
import type { FileResult } from './results.js';
import { writeFileAtomic } from './write-atomic.js';

export const SUPPRESSIONS_FILE_NAME = 'partnerlint-suppressions.json';
const MAX_BYTES = 16 * 1024 * 1024;

/** File (relative to the working folder, with `/`, as in ESLint) -> rule id -> how many findings are accepted. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export class SuppressionsError extends Error {}

/** Info findings never fail a run, so they are never recorded. */
const suppressible = (finding: Finding): boolean => finding.severity !== 'info';

export function readSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return {};
  const read = readRegularFile(file, MAX_BYTES);
  if ('problem' in read) throw new SuppressionsError(`${file} ${read.problem}`);
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    throw new SuppressionsError(`${file} is not valid JSON (${(error as Error).message}): fix it, or delete it and run --suppress-all again`);
  }
  if (!isSuppressions(data)) {
    throw new SuppressionsError(`${file} is not a suppressions file: it should map each file to rule ids with a "count"`);
  }
  return data;
}

function isSuppressions(data: unknown): data is Suppressions {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  return (
    isRecord(data) &&
    Object.values(data).every(
      (rules) => isRecord(rules) && Object.values(rules).every((entry) => isRecord(entry) && Number.isInteger(entry.count) && (entry.count as number) > 0),
    )
  );
}

/** Sorted, so that the committed file changes only where the counts do. */
export function writeSuppressions(file: string, suppressions: Suppressions): void {
  const sorted = Object.fromEntries(
    Object.keys(suppressions)
      .sort()
      .map((key) => [key, Object.fromEntries(Object.keys(suppressions[key]).sort().map((rule) => [rule, suppressions[key][rule]]))]),
  );
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`);
  } catch (error) {
    throw new SuppressionsError(`could not write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** The key of a checked file in the suppressions file. */
function keyOf(filePath: string, baseDir: string): string {
  return path.relative(baseDir, filePath).split(path.sep).join('/');
}

/** How many suppressible findings each rule has in each checked file (rules with none are left out). */
function countFindings(results: FileResult[], baseDir: string): Suppressions {
  const counts: Suppressions = {};
  for (const result of results) {
    const rules: Record<string, { count: number }> = {};
    for (const finding of result.findings.filter(suppressible)) {
      rules[finding.ruleId] = { count: (rules[finding.ruleId]?.count ?? 0) + 1 };
    }
    counts[keyOf(result.filePath, baseDir)] = rules;
  }
  return counts;
}

/** --suppress-all, or --suppress-rule with `onlyRules`: the checked files' findings of those rules become accepted. */
export function recordFindings(existing: Suppressions, results: FileResult[], baseDir: string, onlyRules?: string[]): Suppressions {
  const next = structuredClone(existing);
  for (const [key, rules] of Object.entries(countFindings(results, baseDir))) {
    const entry = { ...next[key] };
    for (const [rule, count] of Object.entries(rules)) if (!onlyRules || onlyRules.includes(rule)) entry[rule] = count;
    next[key] = entry;
  }
  return withoutEmpty(next);
}

/**
 * --prune-suppressions: lowers counts to what the checked files still have, and drops entries of files
 * that no longer exist, so a finding that was fixed cannot come back unnoticed.
 */
export function pruneSuppressions(existing: Suppressions, results: FileResult[], baseDir: string): Suppressions {
  const counts = countFindings(results, baseDir);
  const next: Suppressions = {};
  for (const [key, rules] of Object.entries(existing)) {
    if (!existsSync(path.resolve(baseDir, key))) continue;
    const current = counts[key];
    next[key] = current
      ? Object.fromEntries(Object.entries(rules).map(([rule, { count }]) => [rule, { count: Math.min(count, current[rule]?.count ?? 0) }]))
      : rules;
  }
  return withoutEmpty(next);
}

function withoutEmpty(suppressions: Suppressions): Suppressions {
  const kept: Suppressions = {};
  for (const [key, rules] of Object.entries(suppressions)) {
    const live = Object.entries(rules).filter(([, { count }]) => count > 0);
    if (live.length) kept[key] = Object.fromEntries(live);
  }
  return kept;
}

export interface Applied {
  results: FileResult[];
  suppressedCount: number;
  /** "agreement.md: vague-aim (2 recorded, 1 found)" for each entry that accepts more than the file has now. */
  unused: string[];
}

/** Drops the accepted findings from the results, and lists the entries of checked files that accept too many. */
export function applySuppressions(results: FileResult[], suppressions: Suppressions, baseDir: string): Applied {
  let suppressedCount = 0;
  const unused: string[] = [];
  const kept = results.map((result) => {
    const key = keyOf(result.filePath, baseDir);
    const rules = Object.hasOwn(suppressions, key) ? suppressions[key] : {};
    const found = countFindings([result], baseDir)[key];
    const hidden = new Set<string>();
    for (const [rule, { count }] of Object.entries(rules)) {
      const now = found[rule]?.count ?? 0;
      if (now <= count) hidden.add(rule);
      if (now < count) unused.push(`${key}: ${rule} (${count} recorded, ${now} found)`);
    }
    const findings = result.findings.filter((finding) => !(suppressible(finding) && hidden.has(finding.ruleId)));
    suppressedCount += result.findings.length - findings.length;
    return { ...result, findings };
  });
  return { results: kept, suppressedCount, unused };
}
