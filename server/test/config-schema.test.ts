import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema } from '../src/config/index.js';
import { allRules } from '../src/rules/index.js';

const schemaFile = path.join(__dirname, '../schema/partnerlintrc.schema.json');

describe('the committed configuration schema', () => {
  // When a rule is added or its options change, regenerate with:
  //   npx vitest run -u server/test/config-schema.test.ts
  it('is up to date with the rule list', async () => {
    await expect(`${JSON.stringify(buildConfigSchema(), null, 2)}\n`).toMatchFileSnapshot(schemaFile);
  });

  it('accepts the documented example and rejects a misspelt severity', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const example = {
      $schema: './node_modules/partnerlint-server/schema/partnerlintrc.schema.json',
      root: true,
      extends: 'recommended',
      rules: { buzzword: 'off', 'vague-aim': ['error', {}], 'partner-sprawl': { severity: 'warning', options: {} } },
      partners: { 'Northshire County Council': ['NCC', 'the Council'] },
      kinds: { 'agreements/**/*.md': 'agreement' },
      files: ['**/*.md'],
      ignores: ['drafts/**'],
      reportUnusedDirectives: true,
    };
    expect(validate(example)).toBe(true);
    expect(validate({ rules: { buzzword: 'eror' } })).toBe(false);
  });

  it('lists every rule with its description', () => {
    const rules = (buildConfigSchema().properties as { rules: { properties: Record<string, { description: string }> } }).rules;
    expect(Object.keys(rules.properties)).toEqual(allRules.map((rule) => rule.meta.id));
    for (const rule of allRules) expect(rules.properties[rule.meta.id].description).toContain(rule.meta.description);
  });
});
