/** The extension manifest (the root package.json) against the engine: settings, commands, files it points at. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../server/src/rules/index.js';
import { NEW_DOCUMENT_COMMANDS } from '../src/new-documents.js';
import { REPO_ROOT } from './support/editors.js';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties;

describe('extension manifest', () => {
  it('offers a severity setting for exactly the rules the engine has, described as the rules describe themselves', () => {
    const ruleSettings = settings['partnerlint.rules'];
    expect(ruleSettings.type).toBe('object');
    expect(ruleSettings.additionalProperties).toBe(false);
    const expected = Object.fromEntries(
      allRules.map((rule) => [rule.meta.id, { type: 'string', enum: ['off', 'info', 'warning', 'error'], description: rule.meta.description }]),
    );
    // On a mismatch: copy the rule ids and descriptions from server/src/rules into package.json.
    expect(ruleSettings.properties).toEqual(expected);
  });

  it('describes every setting and offers the run modes the server knows', () => {
    expect(Object.keys(settings).sort()).toEqual(['partnerlint.enable', 'partnerlint.rules', 'partnerlint.run', 'partnerlint.trace.server']);
    for (const [name, schema] of Object.entries<Record<string, unknown>>(settings)) {
      expect(schema.description ?? schema.markdownDescription, name).toMatch(/\w{3,}.*\w{3,}/);
    }
    expect(settings['partnerlint.run'].enum).toEqual(['onType', 'onSave']);
    expect(settings['partnerlint.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
  });

  it('lists its commands in the palette under Partnerlint', () => {
    const commands = manifest.contributes.commands as { command: string; title: string; category: string }[];
    expect(commands.map((c) => c.command).sort()).toEqual([
      'partnerlint.fixAll',
      'partnerlint.lintWorkspace',
      'partnerlint.newAgreement',
      'partnerlint.newStrategy',
      'partnerlint.restartServer',
      'partnerlint.showOutput',
    ]);
    for (const command of commands) expect(command.category).toBe('Partnerlint');
  });

  it('offers a new strategy and a new agreement, each opening a skeleton from the snippets', () => {
    const commands = manifest.contributes.commands as { command: string; title: string }[];
    const snippets = JSON.parse(readFileSync(join(REPO_ROOT, manifest.contributes.snippets[0].path), 'utf8'));
    for (const entry of NEW_DOCUMENT_COMMANDS) {
      expect(commands).toContainEqual(expect.objectContaining({ command: entry.command, title: entry.title }));
      // client/test/snippets.test.ts checks that this skeleton draws no finding.
      expect(snippets).toHaveProperty([entry.snippet]);
    }
  });

  it('has a walkthrough whose steps show markdown that exists and run commands that exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    expect(walkthrough.title).toBe('Check your first partnership document');
    const ours = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    for (const step of walkthrough.steps) {
      expect(existsSync(join(REPO_ROOT, step.media.markdown)), step.media.markdown).toBe(true);
      expect(step.completionEvents.length, step.id).toBeGreaterThan(0);
      for (const [, command] of (step.description as string).matchAll(/\(command:(partnerlint\.\w+)/g)) expect(ours).toContain(command);
    }
  });

  it('declares limited support for virtual workspaces, and hides what needs files on disk there', () => {
    const virtual = manifest.capabilities.virtualWorkspaces;
    expect(virtual.supported).toBe('limited');
    expect(virtual.description).toMatch(/only new unsaved documents/);
    expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'partnerlint.lintWorkspace', when: '!virtualWorkspace' });
  });

  it('activates on markdown and on partnerlint configuration files', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'workspaceContains:**/.partnerlintrc*']);
  });

  it('points at files that exist', () => {
    expect(manifest.main).toBe('./client/out/extension.js'); // what client/build.mjs writes
    const paths = [
      manifest.icon,
      ...manifest.contributes.jsonValidation.map((entry: { url: string }) => entry.url),
      ...manifest.contributes.grammars.map((entry: { path: string }) => entry.path),
      ...manifest.contributes.snippets.map((entry: { path: string }) => entry.path),
    ];
    for (const path of paths) expect(existsSync(join(REPO_ROOT, path)), path).toBe(true);
  });

  it('declares limited support for untrusted workspaces and restricts only settings that exist', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    expect(trust.supported).toBe('limited');
    expect(trust.description).toMatch(/never runs code/);
    for (const name of trust.restrictedConfigurations) expect(settings).toHaveProperty([name]);
  });
});
