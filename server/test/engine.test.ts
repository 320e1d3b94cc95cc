/** The engine itself: directives, document kinds, placement of document-level findings, odd input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { allRules } from '../src/rules/index.js';

const agreement = (body: string) => `---\ntype: agreement\n---\n\n# Partnership agreement\n\n${body}\n`;
const ids = (text: string, settings = {}) => lint(text, settings).findings.map((f) => `${f.ruleId}@${f.start.line}`);

describe('inline directives', () => {
  const jargon = 'Going forward, the Board will meet.';

  it('disable-next-line and disable-line silence one line for the named rules only', () => {
    const next = agreement(`<!-- partnerlint-disable-next-line buzzword -- wording agreed with legal -->\n${jargon}`);
    expect(ids(next).filter((id) => id.startsWith('buzzword'))).toEqual([]);
    const line = agreement(`${jargon} <!-- partnerlint-disable-line buzzword -->`);
    expect(ids(line).filter((id) => id.startsWith('buzzword'))).toEqual([]);
    const other = agreement(`<!-- partnerlint-disable-next-line vague-aim -->\n${jargon}`);
    expect(ids(other).filter((id) => id.startsWith('buzzword'))).toHaveLength(1);
  });

  it('disable ... enable covers the lines between them', () => {
    const text = agreement(`<!-- partnerlint-disable buzzword -->\n\n${jargon}\n\n<!-- partnerlint-enable buzzword -->\n\n${jargon}`);
    const lines = lint(text).findings.filter((f) => f.ruleId === 'buzzword').map((f) => f.start.line);
    expect(lines).toEqual([text.split('\n').lastIndexOf(jargon) + 1]);
  });

  it('disable-file with no rule names silences every rule', () => {
    expect(ids(agreement(`<!-- partnerlint-disable-file -->\n\n${jargon}`))).toEqual([]);
  });

  it('reports directives that silence nothing, with a fix that removes them', () => {
    const text = agreement(`<!-- partnerlint-disable-next-line fifty-fifty-everything -->\nThe Board meets monthly.`);
    const unused = lint(text, { reportUnusedDirectives: true }).findings.filter((f) => f.ruleId === 'unused-directive');
    expect(unused).toHaveLength(1);
    expect(unused[0].fix?.text).toBe('');
    expect(lint(text).findings.some((f) => f.ruleId === 'unused-directive')).toBe(false);
  });
});

describe('which documents are partnership documents', () => {
  it('takes the kind from frontmatter, from configuration, or from an unmistakable title', () => {
    expect(lint(agreement('Text.')).document.kind).toBe('agreement');
    expect(lint('# Notes\n\nText.\n', { kind: 'strategy' }).document.kind).toBe('strategy');
    const titled = '# Memorandum of Understanding between Northshire Council and Northshire ICB\n\n## Roles\n\nText.\n\n## Review\n\nText.\n';
    expect(lint(titled).document.kind).toBe('agreement');
  });

  it('gives an ordinary README nothing, and says why', () => {
    const readme = '# Referral router\n\nGoing forward, run `npm start`. All costs are shared 50/50.\n\n## Install\n\nnpm ci\n';
    const result = lint(readme);
    expect(result.findings).toEqual([]);
    expect(result.document.kind).toBeNull();
    expect(result.document.reason).toMatch(/not a partnership document/);
  });

  it('says when frontmatter declares some other kind of document', () => {
    expect(lint('---\ntype: blog\n---\n\n# Partnership agreement\n').document.reason).toMatch(/type "blog"/);
  });
});

describe('document-level findings', () => {
  it('sit on the heading of the section that should hold the missing content', () => {
    const text = agreement('## 1. Aims\n\nText.\n\n## 2. Review and exit\n\nThe agreement may end on six months notice.');
    const finding = lint(text).findings.find((f) => f.ruleId === 'no-review-or-exit');
    expect(finding?.documentLevel).toBe(true);
    expect(finding?.start.line).toBe(text.split('\n').indexOf('## 2. Review and exit') + 1);
    expect(finding?.message).toMatch(/review date/);
    expect(finding?.message).not.toMatch(/exit or termination/);
  });
});

describe('odd input', () => {
  const odd = [
    '',
    '\n\n\n',
    '---\ntype: [agreement\n---\n# Broken frontmatter\n',
    '---\ntype: agreement\n---\n' + '| a |\n'.repeat(200),
    '---\ntype: strategy\n---\n' + '- '.repeat(5000),
    '---\ntype: agreement\n---\n# A\n' + '> '.repeat(500) + 'deep quote\n',
    '---\ntype: agreement\n---\n\u0000\uFEFF# Title\n\n\u202Eright-to-left\r\nWindows line\r\n',
    '---\ntype: strategy\n---\n# ' + 'x'.repeat(100_000) + '\n',
  ];
  it('never throws and never reports outside the text', () => {
    for (const text of odd) {
      const result = lint(text);
      expect(result.ruleFailures).toEqual([]);
      for (const finding of result.findings) {
        expect(finding.start.offset).toBeGreaterThanOrEqual(0);
        expect(finding.end.offset).toBeLessThanOrEqual(text.length);
        expect(finding.start.offset).toBeLessThanOrEqual(finding.end.offset);
      }
    }
  });
});

describe('the example documents that npm start lints', () => {
  const examples = join(__dirname, '../../test-fixtures/examples');
  const read = (name: string) => readFileSync(join(examples, name), 'utf8');

  it('finds nothing in the good strategy and the good agreement', () => {
    expect(lint(read('good-strategy.md')).findings).toEqual([]);
    expect(lint(read('good-agreement.md')).findings).toEqual([]);
  });

  it('shows every rule across the weak ones', () => {
    const found = new Set(['weak-strategy.md', 'weak-agreement.md'].flatMap((name) => lint(read(name)).findings.map((f) => f.ruleId)));
    expect([...found].sort()).toEqual(allRules.map((rule) => rule.meta.id).sort());
  });
});

describe('related places', () => {
  it('points a partner with no role at the section where roles are set out', () => {
    const text = agreement(
      '## Partners\n\n- Northshire County Council\n- Northshire Leisure Trust\n\n## Roles and responsibilities\n\n| Action | Owner |\n| --- | --- |\n| Run the falls clinic | Northshire County Council |',
    );
    const finding = lint(text).findings.find((f) => f.ruleId === 'partner-sprawl');
    expect(finding?.message).toMatch(/Northshire Leisure Trust/);
    expect(finding?.related?.[0].start.line).toBe(text.split('\n').indexOf('## Roles and responsibilities') + 1);
  });
});

describe('documents converted from Word', () => {
  it('reads a bold line standing alone as a heading', () => {
    const text = [
      '**Partnership Agreement between Eastshire Council and Eastshire ICB**',
      '',
      '**1. Aims**',
      '',
      '- Improve outcomes through joined-up working.',
      '',
      '**2. Decisions**',
      '',
      'The Board decides by consensus; a meeting is quorate when both partners are present.',
      '',
      '**Note:** bold words that start a paragraph are not a heading.',
      '',
    ].join('\n');
    const result = lint(text);
    expect(result.document.kind).toBe('agreement');
    const rules = result.findings.map((f) => `${f.ruleId}@${f.start.line}`);
    expect(rules).toContain('vague-aim@5');
    expect(rules.some((r) => r.startsWith('decision-making-unclear'))).toBe(false);
  });
});
