/**
 * The JSON Schema of a partnerlint configuration, generated from the rule list so the validator, the
 * committed `server/schema/partnerlintrc.schema.json` (used by VS Code) and the rules never disagree.
 */
import { ruleDocsUrl } from '../engine/docs-url.js';
import type { SeveritySetting } from '../engine/types.js';
import { allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { PRESET_NAMES } from './presets.js';

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
/** ESLint's ways of writing a severity, accepted so that a team used to ESLint can keep its habits. */
const SEVERITY_ALIASES: Record<string, SeveritySetting> = { warn: 'warning', 0: 'off', 1: 'warning', 2: 'error' };
export const DOCUMENT_KINDS = ['strategy', 'agreement'] as const;

/**
 * Where the schema is published: the released npm package's copy, so that it always matches the rules of
 * the latest release (pin a version with `partnerlint@0.1.0/...`). Also used as `$schema` in configuration.
 */
export const SCHEMA_URL = 'https://unpkg.com/partnerlint/schema/partnerlintrc.schema.json';
export const PACKAGE_JSON_SCHEMA_URL = 'https://unpkg.com/partnerlint/schema/package-json.schema.json';

/** "warn" -> "warning", 2 -> "error"; anything else is already a severity (the schema has checked it). */
export function normalizeSeverity(value: SeveritySetting | string | number): SeveritySetting {
  return Object.hasOwn(SEVERITY_ALIASES, String(value)) ? SEVERITY_ALIASES[String(value)] : (value as SeveritySetting);
}

type Schema = Record<string, unknown>;

// `title` names the value in error messages ("is not a severity"); `type` lets validate.ts pick the anyOf branch meant.
const severity: Schema = {
  title: 'severity',
  type: ['string', 'integer'],
  enum: [...SEVERITIES, ...Object.keys(SEVERITY_ALIASES).map((alias) => (/^\d$/.test(alias) ? Number(alias) : alias))],
  // The spellings to suggest, in editors and in error messages.
  examples: [...SEVERITIES],
};
const extendsEntry: Schema = {
  type: 'string',
  minLength: 1,
  examples: [...PRESET_NAMES, './shared/partnerlint.json', '@example/partnerlint-config'],
};
const globs: Schema = { type: 'array', items: { type: 'string', minLength: 1 } };

export function buildConfigSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'partnerlint configuration',
    description: 'Settings for partnerlint, the checker for partnership strategies and agreements.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: {
        type: 'boolean',
        description: 'Stop looking for configuration in parent folders.',
      },
      extends: {
        description:
          'What to start from, in order, this file\'s own settings winning: the presets "recommended" or "strict", a JSON or YAML configuration file (a path starting with ./ or ../, from this file\'s folder), or an installed npm package holding one.',
        anyOf: [extendsEntry, { type: 'array', items: extendsEntry }],
      },
      rules: {
        type: 'object',
        description: 'Severity (off, info, warning, error; ESLint\'s "warn", 0, 1 and 2 work too) and options per rule.',
        properties: Object.fromEntries(allRules.map((rule) => [rule.meta.id, ruleEntry(rule)])),
        additionalProperties: false,
      },
      partners: {
        type: 'object',
        description: 'Other names for partners: canonical name -> aliases, e.g. "the Council".',
        additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      kinds: {
        type: 'object',
        description: 'Document kind by glob (relative to this file\'s folder), for files without `type:` frontmatter.',
        additionalProperties: { title: 'document kind', type: 'string', enum: [...DOCUMENT_KINDS] },
      },
      files: { ...globs, description: 'Only files matching these globs are checked (relative to this file\'s folder).' },
      ignores: { ...globs, description: 'Files matching these globs are not checked (relative to this file\'s folder).' },
      reportUnusedDirectives: {
        type: 'boolean',
        description: 'Report partnerlint-disable comments that silence nothing.',
      },
    },
    additionalProperties: false,
  };
}

/** A rule accepts "severity", ["severity", options] or {"severity": ..., "options": ...}. */
function ruleEntry(rule: Rule<unknown>): Schema {
  const options = rule.meta.optionsSchema ?? { type: 'object' };
  return {
    description: `${rule.meta.description} Default: ${rule.meta.defaultSeverity}. ${ruleDocsUrl(rule.meta.id)}`,
    anyOf: [
      severity,
      { type: 'array', items: [severity, options], minItems: 1, additionalItems: false },
      {
        type: 'object',
        properties: { severity, options },
        required: ['severity'],
        additionalProperties: false,
      },
    ],
  };
}

/**
 * For the `partnerlint` key of a package.json (VS Code's jsonValidation); the rest of the file is npm's.
 * The configuration schema is written in whole rather than referred to, so no editor has to resolve a
 * reference between two files.
 */
export function buildPackageJsonSchema(): Schema {
  const { $schema, $id, ...config } = buildConfigSchema();
  return {
    $schema,
    $id: PACKAGE_JSON_SCHEMA_URL,
    title: 'package.json with partnerlint settings',
    type: 'object',
    properties: { partnerlint: config },
  };
}
