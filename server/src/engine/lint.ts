/** The engine: text and settings in, findings with fixes out. Every face calls this. */
import { buildModel } from '../model/build.js';
import type { PartnershipDocument, Span } from '../model/types.js';
import { allRules } from '../rules/index.js';
import type { Report, Rule } from '../rules/types.js';
import { applyDirectives, directiveRemoval } from './directives.js';
import { DIRECTIVES_DOCS_URL, ruleDocsUrl } from './docs-url.js';
import { partViews, stableOffsets, type PartFindingsMemo, type PartView } from './part-memo.js';
import type { Finding, LintResult, LintSettings, RuleFailure, Severity } from './types.js';

/** `rules` narrows the run to some rules (a rule's own tests run it alone); settings still apply to them. */
export function lint(text: string, settings: LintSettings = {}, rules: readonly Rule<any>[] = allRules): LintResult {
  const doc = buildModel(text, { kind: settings.kind, partners: settings.partners });
  return lintModel(doc, settings, undefined, rules);
}

/**
 * Runs the rules on a built model. With `memo` (the editor keeps one per document), part checks run
 * part by part and unchanged parts keep their findings; without, they run once over the whole text.
 */
export function lintModel(
  doc: PartnershipDocument,
  settings: LintSettings = {},
  memo?: PartFindingsMemo,
  rules: readonly Rule<any>[] = allRules,
): LintResult {
  const verdict = { kind: doc.kind, reason: doc.kindReason };
  if (doc.kind === null) return { findings: [], document: verdict, ruleFailures: [] };

  memo?.startLint();
  const parts = memo ? { memo, views: partViews(doc), stable: stableOffsets(doc) } : null;
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  for (const rule of rules) {
    const setting = settings.rules?.[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off' || !rule.meta.kinds.includes(doc.kind)) continue;
    try {
      runRule(rule, doc, severity, setting?.options, findings, parts);
    } catch (error) {
      ruleFailures.push({ ruleId: rule.meta.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }

  const { kept, unused } = applyDirectives(findings, doc.directives);
  if (settings.reportUnusedDirectives) {
    for (const directive of unused) {
      const which = directive.ruleIds.length ? directive.ruleIds.join(', ') : 'all rules';
      kept.push({
        ruleId: 'unused-directive',
        severity: 'warning',
        message: `This partnerlint-${directive.command} comment (${which}) silences nothing here; remove it.`,
        ...locateSpan(doc, directive.span),
        documentLevel: false,
        fix: { description: 'Remove the unused directive', ...directiveRemoval(doc.text, directive.span) },
        docsUrl: DIRECTIVES_DOCS_URL,
      });
    }
  }
  kept.sort((a, b) => a.start.offset - b.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, document: verdict, ruleFailures };
}

interface Parts {
  memo: PartFindingsMemo;
  views: PartView[];
  stable: ReadonlySet<number>;
}

function runRule(
  rule: Rule<any>,
  doc: PartnershipDocument,
  severity: Severity,
  configured: Record<string, unknown> | undefined,
  out: Finding[],
  parts: Parts | null,
): void {
  const report = (r: Report): void => {
    const documentLevel = r.span === null;
    const span = r.span ?? r.anchor ?? documentAnchor(doc);
    out.push({
      ruleId: rule.meta.id,
      severity,
      message: r.message,
      ...locateSpan(doc, span),
      documentLevel,
      ...(r.fix ? { fix: r.fix } : {}),
      ...(r.suggestions?.length ? { suggestions: r.suggestions } : {}),
      ...(r.related?.length
        ? { related: r.related.map((place) => ({ message: place.message, ...locateSpan(doc, place.span) })) }
        : {}),
      docsUrl: ruleDocsUrl(rule.meta.id),
    });
  };
  const options = { ...rule.defaultOptions, ...configured };
  const whole = { start: 0, end: doc.text.length };
  if (parts) runPartChecks(rule, doc, options, parts, report);
  else rule.checkPart?.({ doc, part: whole, options, report });
  rule.check?.({ doc, part: whole, options, report });
}

/** A rule's part check on every part, each part's findings remembered or found afresh. */
function runPartChecks(rule: Rule<any>, doc: PartnershipDocument, options: Record<string, unknown>, parts: Parts, report: (r: Report) => void): void {
  const { checkPart } = rule;
  if (!checkPart) return;
  // Besides the part itself, what a part check may read: its options, the kind and the partners.
  const ruleKey = JSON.stringify([rule.meta.id, options, doc.kind, doc.partners]);
  for (const view of parts.views) {
    const check = (): Report[] => {
      const reports: Report[] = [];
      checkPart({ doc: view.doc, part: view.span, options, report: (r) => reports.push(r) });
      return reports;
    };
    for (const r of parts.memo.findings(view, ruleKey, parts.stable, check)) report(r);
  }
}

/** Document-level findings sit on the title, or on the first line when there is none. */
function documentAnchor(doc: PartnershipDocument): Span {
  if (doc.title) return doc.title.span;
  const firstLineEnd = doc.text.indexOf('\n');
  return { start: 0, end: firstLineEnd === -1 ? doc.text.length : firstLineEnd };
}

function locateSpan(doc: PartnershipDocument, span: Span): Pick<Finding, 'start' | 'end'> {
  return { start: locate(doc, span.start), end: locate(doc, span.end) };
}

function locate(doc: PartnershipDocument, offset: number): Finding['start'] {
  const { line, column } = doc.locate(offset);
  return { line, column, offset };
}
