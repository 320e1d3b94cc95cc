import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema, buildPackageJsonSchema } from '../src/config/index.js';
import { allRules } from '../src/rules/index.js';

const schemaFile = path.join(__dirname, '../schema/partnerlintrc.schema.json');
const packageJsonSchemaFile = path.join(__dirname, '../schema/package-json.schema.json');
const committed = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the committed configuration schema', () => {
  // When a rule is added or its options change, regenerate with:
  //   npx vitest run -u server/test/config-schema.test.ts
  it('is up to date with the rule list', async () => {
    await expect(`${JSON.stringify(buildConfigSchema(), null, 2)}\n`).toMatchFileSnapshot(schemaFile);
    await expect(`${JSON.stringify(buildPackageJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(packageJsonSchemaFile);
  });

  it('has a stable address that serves JSON, for "$schema" in configuration files', () => {
    expect(committed(schemaFile).$id).toBe('https://unpkg.com/partnerlint/schema/partnerlintrc.schema.json');
  });

  it('is applied by VS Code to .partnerlintrc.json, .yaml and .yml, and to the partnerlint key of package.json', () => {
    const root = path.join(__dirname, '../..');
    const { contributes } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: Record<'jsonValidation' | 'yamlValidation', { fileMatch: string | string[]; url: string }[]>;
    };
    expect(contributes.jsonValidation).toEqual(
      expect.arrayContaining([
        { fileMatch: '.partnerlintrc.json', url: './server/schema/partnerlintrc.schema.json' },
        { fileMatch: 'package.json', url: './server/schema/package-json.schema.json' },
      ]),
    );
    // Through the YAML extension (redhat.vscode-yaml), which reads this contribution.
    expect(contributes.yamlValidation).toEqual([
      { fileMatch: ['.partnerlintrc.yaml', '.partnerlintrc.yml'], url: './server/schema/partnerlintrc.schema.json' },
    ]);
    for (const { url } of [...contributes.jsonValidation, ...contributes.yamlValidation]) expect(existsSync(path.join(root, url))).toBe(true);
  });

  it('checks the partnerlint key of a package.json and leaves the rest of it to npm', () => {
    const validate = new Ajv({ strict: false }).compile(committed(packageJsonSchemaFile));
    expect(validate({ name: 'policies', private: true, partnerlint: { extends: 'strict', rules: { buzzword: 'warn' } } })).toBe(true);
    expect(validate({ name: 'policies', partnerlint: { rules: { buzzword: 'eror' } } })).toBe(false);
  });

  it('accepts ESLint\'s severities and extends of files and packages', () => {
    const validate = new Ajv({ strict: false }).compile(committed(schemaFile));
    expect(validate({ extends: ['strict', './shared.yaml', '@northshire/partnerlint-config'], rules: { buzzword: 'warn', 'vague-aim': 2, 'partner-sprawl': [1, {}] } })).toBe(true);
    expect(validate({ rules: { buzzword: 3 } })).toBe(false);
    expect(validate({ extends: '' })).toBe(false);
  });

  it('accepts the documented example and rejects a misspelt severity', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const example = {
      $schema: 'https://unpkg.com/partnerlint/schema/partnerlintrc.schema.json',
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
