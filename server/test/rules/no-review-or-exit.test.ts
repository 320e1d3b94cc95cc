import noReviewOrExit from '../../src/rules/no-review-or-exit.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const agreement = (...lines: string[]) => markdown('agreement', '# Partnership agreement', '', ...lines);
const missing = (what: string) =>
  `This agreement is missing ${what}: partners drift apart when nobody knows when the deal is checked, how to leave it, or how to settle a disagreement.`;
const reviewExitDisputes = [
  '## Review, exit and disputes',
  '',
  '- Review: the partners will review this agreement by [month year] and every [12 months] after that.',
  "- Exit: a partner may leave by giving [number] months' written notice; [how shared staff, assets and data are handled].",
  '- Disputes: a disagreement goes first to [named posts], then to [escalation body] if it is not settled within [number] days.',
];
const addTerms = { description: 'Insert review, exit and dispute terms to fill in' };
const aims = ['## 1. Aims', '', 'Reduce delayed discharges from 120 to 60 a month by March 2027.'];
const governance = [
  '## 2. Governance',
  '',
  "The Board decides by consensus. Disputes go to the two chief executives. Either partner may withdraw on six months' notice.",
  '',
  '## 3. Resources',
  '',
  'The Council hosts the team.',
];

ruleTester.run(noReviewOrExit, {
  valid: [
    {
      name: 'a review each April, a notice period and a disputes route',
      code: agreement(
        '## 7. Review, leaving and disagreements',
        '',
        'The Board reviews this agreement every April.',
        "Either partner may leave on three months' notice.",
        'Any disagreement goes to the two chief executives.',
      ),
    },
    {
      code: agreement(
        '## 7. Duration and review',
        '',
        'This agreement runs for three years and will be reviewed annually by the Partnership Board.',
        '',
        '## 8. Termination',
        '',
        "Either partner may terminate this agreement by giving six months' written notice.",
        '',
        '## 9. Disputes',
        '',
        'Any disagreement goes first to the two Directors, then to mediation.',
      ),
    },
    {
      name: 'all three in one paragraph of a memorandum',
      code: markdown(
        'agreement',
        '# Memorandum of understanding',
        '',
        "This memorandum runs from April 2026 to March 2029 and will be reviewed after the first 12 months. Either partner may terminate it on three months' notice. Any dispute will be settled by the two chief executives.",
      ),
    },
    { name: 'a strategy needs no exit terms', code: markdown('strategy', '# Discharge plan', '', ...aims) },
    {
      code: agreement(
        '## Review and exit',
        '',
        "The partners will review this agreement annually. A partner may leave on three months' notice.",
        '',
        '## Disagreements',
        '',
        'Disagreements are escalated to the chief executives.',
      ),
    },
  ],
  invalid: [
    {
      name: 'none of the three',
      code: agreement(...aims),
      findings: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          message: missing('a review date, exit or termination terms and a route for resolving disputes'),
          suggestions: [{ ...addTerms, output: agreement(...aims, '', ...reviewExitDisputes) }],
        },
      ],
    },
    {
      name: 'exit and disputes but no review',
      code: agreement(...governance),
      findings: [
        {
          line: 4,
          column: 3,
          message: missing('a review date'),
          suggestions: [{ ...addTerms, output: agreement(...governance, '', ...reviewExitDisputes) }],
        },
      ],
    },
    {
      name: 'a review but no exit or disputes',
      code: agreement('## 2. Governance', '', 'The Board will review this agreement after the first 12 months.'),
      findings: [
        {
          line: 4,
          column: 3,
          message: missing('exit or termination terms and a route for resolving disputes'),
          suggestions: [
            { ...addTerms, output: agreement('## 2. Governance', '', 'The Board will review this agreement after the first 12 months.', '', ...reviewExitDisputes) },
          ],
        },
      ],
    },
  ],
});
