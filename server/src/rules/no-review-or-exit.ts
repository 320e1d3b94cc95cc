import { hasDate } from '../language/measurable.js';
import { anchorFor, statements } from './support/document-checks.js';
import { insertSectionSkeleton } from './support/skeletons.js';
import { defineRule } from './types.js';

const REVIEW = /\b(review\w*|re-?assess\w*|evaluat\w*|renew\w*|look (again|back)|look at how|take stock|amend\w*|modif\w*|revis\w*)\b/i;
const REVIEW_WHEN = /\b(annual\w*|every \w+ (months|years)|each year|every year|yearly|biannual\w*|six[- ]monthly|twelve[- ]monthly|after (the )?(first )?\w+ (months|years)|at the end of|review date|anniversary|no later than|within \w+ (months|years)|by \[?month year\]?|(every|each) (january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|quarter)|at any time|from time to time|periodically|regularly)\b/i;
/** What is reviewed must be the agreement itself, not this month's performance report. */
const REVIEW_OBJECT = /\b(agreement|partnership|arrangements?|memorandum|mou|terms of reference|terms|this document|section 75|schedule|pool(ed)? (fund|budget))\b/i;
const EXIT = /\b(terminat\w*|exit\w*|withdraw\w*|notice period|\d+ (months|weeks|days)'? (written )?notice|(written|months'?|reasonable) notice|give notice|giving notice|leave (the|this) (partnership|agreement)|come to an end|comes to an end|expir\w*|dissol\w*|wind(ing)?[- ](up|down)|end (this|the) agreement|ending (this|the) (agreement|partnership))\b/i;
const DISPUTES = /\b(disput\w*|disagreements?|escalat\w*|mediat\w*|arbitrat\w*|resolv\w* (any )?(conflicts?|differences|disagreements?)|differences of (opinion|view)|cannot agree|fail(s)? to agree|unable to agree)\b/i;

export default defineRule({
  meta: {
    id: 'no-review-or-exit',
    description: 'The agreement has no review date, exit or termination terms, or route for resolving disputes.',
    defaultSeverity: 'error',
    kinds: ['agreement'],
    level: 'document',
    tags: ['governance', 'review'],
    fixable: 'suggestion',
    guidance: {
      why:
        'Partners with different accountabilities and decision cultures will pull apart at times. An agreement without a review date, an exit route and a way to settle disputes leaves them nothing to fall back on when they do.',
      howToFix:
        'Add a review date, the terms on which a partner may leave or the agreement end, and the steps for resolving disputes.',
      goodExample: 'The Board reviews this agreement every April. A partner may withdraw on six months’ notice. Disputes go first to the chief officers, then to an independent mediator.',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const all = statements(doc);
    const missing: string[] = [];
    const reviewed = all.some(
      (s) =>
        (REVIEW_WHEN.test(s.text) || hasDate(s.text)) &&
        ((REVIEW.test(s.text) && REVIEW_OBJECT.test(s.text)) || s.meanings.includes('review')),
    );
    if (!reviewed) missing.push('a review date');
    if (!all.some((s) => EXIT.test(s.text))) missing.push('exit or termination terms');
    if (!all.some((s) => DISPUTES.test(s.text))) missing.push('a route for resolving disputes');
    if (missing.length === 0) return;
    report({
      message: `This agreement is missing ${listOf(missing)}: partners drift apart when nobody knows when the deal is checked, how to leave it, or how to settle a disagreement.`,
      span: null,
      anchor: anchorFor(doc, ['review', 'exit', 'disputes']),
      suggestions: [insertSectionSkeleton(doc, 'review')],
    });
  },
});

function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
