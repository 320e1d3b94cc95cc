/** Checks a parsed configuration against the JSON Schema and turns the first problem into a plain sentence. */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { configError } from './errors.js';
import { buildConfigSchema } from './schema.js';
import type { RawConfig } from './types.js';

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  // verbose: errors carry the failing value and schema, which the messages quote.
  validator ??= new Ajv({ allErrors: false, verbose: true, strict: false }).compile(buildConfigSchema());
  return validator;
}

/**
 * Throws a ConfigError naming `file` and the offending key unless `data` is a valid configuration.
 * `keyPrefix` is prepended to key paths (e.g. "partnerlint" inside package.json).
 */
export function validateConfig(data: unknown, file: string, keyPrefix = ''): RawConfig {
  const validate = compiled();
  if (validate(data)) return data as RawConfig;
  const { pointer, problem } = explain(validate.errors ?? []);
  const key = [keyPrefix, keyPath(pointer)].filter(Boolean).join('.').replace(/\.\[/g, '[');
  throw configError(file, key || undefined, problem);
}

interface Explanation {
  pointer: string;
  problem: string;
}

/** With allErrors off, the last error is the one that failed validation; anyOf is narrowed to the branch meant. */
function explain(errors: ErrorObject[]): Explanation {
  const last = errors[errors.length - 1];
  if (!last) return { pointer: '', problem: 'is not a valid configuration' };
  if (last.keyword === 'anyOf') return explainAnyOf(last, errors);
  return { pointer: pointerOf(last), problem: describe(last) };
}

/** The branch meant is the first whose type fits the value; its own errors say what is wrong inside it. */
function explainAnyOf(anyOf: ErrorObject, errors: ErrorObject[]): Explanation {
  const branchCount = (anyOf.schema as unknown[]).length;
  const expected: string[] = [];
  for (let branch = 0; branch < branchCount; branch++) {
    const prefix = `${anyOf.schemaPath}/${branch}/`;
    const own = errors.filter((error) => error.schemaPath.startsWith(prefix));
    const typeMismatch = own.find((error) => error.keyword === 'type' && error.instancePath === anyOf.instancePath);
    if (typeMismatch) expected.push(...typeNames(typeMismatch.params.type));
    else if (own.length) return explain(own);
  }
  return { pointer: anyOf.instancePath, problem: `must be ${orList(expected)} (found ${found(anyOf.data)})` };
}

function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${error.params.additionalProperty}`;
  if (error.keyword === 'required') return `${error.instancePath}/${error.params.missingProperty}`;
  return error.instancePath;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum': {
      // `examples` names the values to suggest when the schema also accepts other spellings (ESLint's "warn").
      const { title, examples } = (error.parentSchema ?? {}) as { title?: string; examples?: unknown[] };
      const allowed = orList((examples ?? (error.params.allowedValues as unknown[])).map(String));
      return `${JSON.stringify(error.data)} is not ${title ? `a ${title}` : 'allowed'} (use ${allowed})`;
    }
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const what = error.instancePath === '/rules' ? 'is not a partnerlint rule' : 'is not a known setting';
      const guess = closest(name, known);
      return guess ? `${what} (did you mean "${guess}"?)` : `${what} (known: ${known.filter((k) => k !== '$schema').join(', ')})`;
    }
    case 'required':
      return 'is missing';
    case 'type':
      return `must be ${orList(typeNames(error.params.type))} (found ${found(error.data)})`;
    case 'minLength':
      return 'must not be empty';
    case 'additionalItems':
    case 'maxItems':
      return 'has too many items';
    default:
      return error.message ?? 'is not valid';
  }
}

/** "/rules/vague-aim/1/extraSlogans" -> "rules.vague-aim[1].extraSlogans" */
function keyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
}

/** Ajv gives a list of types as "integer,null": ["a whole number", "null"]. */
function typeNames(type: unknown): string[] {
  const names: Record<string, string> = {
    string: 'a string',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
    null: 'null',
  };
  const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
  return types.map((name) => names[name] ?? name);
}

function found(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The known name a typo most likely meant, if one is close enough. */
function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
