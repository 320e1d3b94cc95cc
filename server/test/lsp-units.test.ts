/** Pure parts of the language server: the finding-to-diagnostic mapping and the client settings reader. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../src/engine/lint.js';
import type { Finding } from '../src/engine/types.js';
import { toDiagnostic } from '../src/lsp/diagnostics.js';
import { normalizeClientSettings } from '../src/lsp/settings.js';
import { allRules } from '../src/rules/index.js';
import { readFixture } from './support/lsp-text.js';

describe('toDiagnostic', () => {
  const text = readFixture('agreement.md');
  const document = TextDocument.create('file:///a.md', 'markdown', 3, text);

  it('maps every finding the engine gives: rule id, link, severity and range', () => {
    const { findings } = lint(text, {});
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const diagnostic = toDiagnostic(finding, document);
      expect(diagnostic.code).toBe(finding.ruleId);
      expect(diagnostic.codeDescription).toEqual({ href: finding.docsUrl });
      expect(diagnostic.source).toBe('partnerlint');
      expect(diagnostic.severity).toBe({ error: 1, warning: 2, info: 3 }[finding.severity]);
      expect(diagnostic.range.start).toEqual({ line: finding.start.line - 1, character: finding.start.column - 1 });
      expect(diagnostic.range.end).toEqual({ line: finding.end.line - 1, character: finding.end.column - 1 });
    }
  });

  it('places findings where the editor does, whatever the line endings', () => {
    for (const ending of ['\r\n', '\r']) {
      const converted = text.replace(/\n/g, ending);
      const editor = TextDocument.create('file:///a.md', 'markdown', 1, converted);
      const { findings } = lint(converted, {});
      expect(findings.length).toBe(lint(text, {}).findings.length);
      for (const finding of findings) {
        const { range } = toDiagnostic(finding, editor);
        expect(range).toEqual({ start: editor.positionAt(finding.start.offset), end: editor.positionAt(finding.end.offset) });
      }
    }
  });

  it('turns related places into related information in the same document', () => {
    const listed = text.indexOf('Riverside Housing');
    const finding = lint(text, {}).findings.find((f) => f.ruleId === 'partner-sprawl')!;
    const withPlace: Finding = {
      ...finding,
      related: [
        { message: 'Listed here', start: { line: 6, column: 5, offset: listed }, end: { line: 6, column: 22, offset: listed + 17 } },
      ],
    };
    expect(toDiagnostic(withPlace, document).relatedInformation).toEqual([
      {
        location: { uri: 'file:///a.md', range: { start: { line: 5, character: 4 }, end: { line: 5, character: 21 } } },
        message: 'Listed here',
      },
    ]);
  });
});

describe('normalizeClientSettings', () => {
  it('keeps valid values and drops the rest', () => {
    expect(
      normalizeClientSettings({ enable: false, run: 'onSave', rules: { buzzword: 'off', 'vague-aim': 'loud', x: 3 } }),
    ).toEqual({ enable: false, run: 'onSave', rules: { buzzword: 'off' } });
    expect(normalizeClientSettings(null)).toEqual({ enable: true, run: 'onType', rules: {} });
    expect(normalizeClientSettings({ run: 'sometimes', rules: [] })).toEqual({ enable: true, run: 'onType', rules: {} });
  });
});

describe('rule guidance', () => {
  it('explains every rule', () => {
    for (const rule of allRules) {
      const guidance = rule.meta.guidance;
      expect(guidance, rule.meta.id).toBeDefined();
      expect(guidance.why.length).toBeGreaterThan(40);
      expect(guidance.howToFix.length).toBeGreaterThan(20);
      expect(guidance.goodExample.length).toBeGreaterThan(20);
    }
  });
});
