/**
 * The language server on a workspace a cloned repository could make hostile (issue 9, cases 1, 2, 4 and 5):
 * "Lint whole workspace" reads files with the command line's reader, and configuration errors reach the user.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageType } from 'vscode-languageserver-protocol';
import { LspTestClient, makeWorkspace } from './support/lsp-client.js';
import { readFixture } from './support/lsp-text.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(files: Record<string, string>): Promise<{ client: LspTestClient; folder: string }> {
  const workspace = makeWorkspace(['agreement.md']);
  cleanups.push(() => workspace.remove());
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(workspace.folder, name), content);
  const client = await LspTestClient.start({ folder: workspace.folder });
  cleanups.push(() => client.stop());
  return { client, folder: workspace.folder };
}

describe('a hostile workspace', () => {
  it('lints the whole workspace past named pipes, devices and a glob built to backtrack', async () => {
    const longName = `${'a'.repeat(200)}.md`;
    const { client, folder } = await start({
      '.partnerlintrc.json': JSON.stringify({ root: true, ignores: ['**/*a*a*a*a*a*a*a*a*a*a*b.md'] }),
      [longName]: readFixture('agreement.md'),
    });
    execFileSync('mkfifo', [path.join(folder, 'pipe')]);
    symlinkSync('pipe', path.join(folder, 'pipe.md'));
    symlinkSync('/dev/zero', path.join(folder, 'zero.md'));
    const summary = (await client.executeCommand('partnerlint.lintWorkspace')) as Record<string, number>;
    expect(summary).toEqual({ files: 2, partnershipDocuments: 2, findings: expect.any(Number) });
    expect(client.exited).toBe(false);
  });

  it('tells the user about an empty glob in the configuration', async () => {
    const { client } = await start({ '.partnerlintrc.json': JSON.stringify({ root: true, kinds: { '': 'agreement' } }) });
    await client.open(client.uri('agreement.md'), readFixture('agreement.md'));
    const error = await client.waitFor('an error message', () => client.messages.find((m) => m.type === MessageType.Error));
    expect(error.message).toContain('kinds: the glob "" is empty');
  });
});
