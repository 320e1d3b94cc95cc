/** Hovers: an adviser's explanation of each finding under the cursor, and a partner's responsibilities. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Finding } from '../engine/types.js';
import { findingRange, offsetRange, rangesTouch } from './diagnostics.js';
import type { LintSnapshot } from './document-linter.js';
import { partnerAt, responsibilitiesOf, type PartnerMention } from './partners.js';
import { findRule } from '../rules/index.js';

const MAX_LISTED_ACTIONS = 8;

export function hoverAt(snapshot: LintSnapshot, position: Position): Hover | null {
  const { document, model, result } = snapshot;
  const here = { start: position, end: position };
  const findings = result.findings.filter((finding) => rangesTouch(findingRange(finding), here));
  const partner = model ? partnerAt(model, document.offsetAt(position)) : null;
  if (findings.length === 0 && !partner) return null;

  const parts = findings.map(explainFinding);
  if (partner) parts.push(describePartner(snapshot, partner));
  const range = partner && findings.length === 0 ? offsetRange(document, partner.start, partner.end) : undefined;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}

export function explainFinding(finding: Finding): string {
  const guidance = findRule(finding.ruleId)?.meta.guidance;
  const lines = [`**partnerlint: ${finding.ruleId}** (${finding.severity})`, '', `**What is wrong here:** ${finding.message}`];
  if (guidance) {
    lines.push('', `**Why it matters:** ${guidance.why}`, '', `**How to fix it:** ${guidance.howToFix}`);
    lines.push('', '**For example:**', '', `> ${guidance.goodExample}`);
  }
  if (finding.fix) lines.push('', `Quick fix available: ${finding.fix.description}.`);
  else if (finding.suggestions?.length) lines.push('', `Suggestion available: ${finding.suggestions[0].description}.`);
  lines.push('', `[Read more about ${finding.ruleId}](${finding.docsUrl})`);
  return lines.join('\n');
}

function describePartner(snapshot: LintSnapshot, mention: PartnerMention): string {
  const model = snapshot.model!;
  const { partner } = mention;
  const listedAt = model.locate(partner.span.start).line;
  const aliases = partner.aliases.length ? ` (also called ${partner.aliases.map((a) => `“${a}”`).join(', ')})` : '';
  const lines = [`**Partner: ${partner.name}**${aliases}`, '', `Listed on line ${listedAt}.`, ''];
  const duties = responsibilitiesOf(model, partner);
  if (duties.length === 0) {
    lines.push(
      `No action or responsibility in this document is given to ${partner.name}. ` +
        'Give it a named role, or ask whether it needs to be a partner at all.',
    );
    return lines.join('\n');
  }
  lines.push(`Responsibilities in this document (${duties.length}):`, '');
  for (const { action, owner } of duties.slice(0, MAX_LISTED_ACTIONS)) {
    const line = model.locate(action.span.start).line;
    const section = action.section ? ` in “${action.section.heading}”` : '';
    const role = owner ? 'owner' : 'named in';
    lines.push(`- Line ${line}${section} (${role}): ${shorten(action.text)}`);
  }
  if (duties.length > MAX_LISTED_ACTIONS) lines.push(`- … and ${duties.length - MAX_LISTED_ACTIONS} more`);
  return lines.join('\n');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
