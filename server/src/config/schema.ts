/**
 * The JSON Schema of a partnerlint configuration, generated from the rule list so the validator, the
 * committed `server/schema/partnerlintrc.schema.json` (used by VS Code) and the rules never disagree.
 */
import { REPOSITORY_URL, ruleDocsUrl } from '../engine/docs-url.js';
import { allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { PRESET_NAMES } from './presets.js';

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const DOCUMENT_KINDS = ['strategy', 'agreement'] as const;

type Schema = Record<string, unknown>;

// `title` names the value in error messages ("is not a severity"); `type` lets validate.ts pick the anyOf branch meant.
const severity: Schema = { title: 'severity', type: 'string', enum: [...SEVERITIES] };
const preset: Schema = { title: 'preset', type: 'string', enum: [...PRESET_NAMES] };
const globs: Schema = { type: 'array', items: { type: 'string', minLength: 1 } };

export function buildConfigSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${REPOSITORY_URL}/blob/main/server/schema/partnerlintrc.schema.json`,
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
        description: 'Built-in presets to start from: "recommended" or "strict".',
        anyOf: [preset, { type: 'array', items: preset }],
      },
      rules: {
        type: 'object',
        description: 'Severity (off, info, warning, error) and options per rule.',
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
