import decisionMakingUnclear from '../../src/rules/decision-making-unclear.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const agreement = (...lines: string[]) => markdown('agreement', '# Partnership agreement', '', ...lines);
const message =
  'This agreement does not say how decisions are taken: set out who decides what, what makes a meeting quorate, how votes or consensus work, what is delegated and where disagreements are escalated.';
const howDecisions = [
  '## How decisions are made',
  '',
  '[Board or group] decides [which matters]. A meeting is quorate when [who] are present, and decisions are taken by [consensus or majority vote]. Between meetings, [named post] may decide [delegated matters]. A matter the group cannot settle goes to [escalation route] within [number] days.',
];
const addSection = { description: 'Insert a "How decisions are made" section to fill in' };
const oversight = ['## Governance', '', 'The Partnership Board oversees the work of the hub.'];
const aims = ['## Aims', '', 'Reduce delayed discharges from 120 to 60 a month by March 2027.'];
const meetings = ['## Governance', '', 'The Board meets monthly and receives a performance report.'];
const resources = ['## Resources', '', 'The Council hosts the team.'];

ruleTester.run(decisionMakingUnclear, {
  valid: [
    { code: agreement('## Governance', '', 'The Board decides by consensus with a quorum of one member from each partner.') },
    { name: 'delegation', code: agreement('## Governance', '', 'Spending under £50,000 is delegated to the programme lead.') },
    { code: agreement('## Governance', '', 'Decisions will be taken by a majority vote of the Board.') },
    { name: 'a strategy need not set out decision rules', code: markdown('strategy', '# Discharge plan', '', 'The Board oversees the plan.') },
    {
      name: 'who decides, and where a deadlock goes',
      code: agreement('## Decisions', '', 'Decisions about the pooled budget are taken by the Joint Commissioning Board; if it cannot agree, the matter goes to the two chief executives.'),
    },
    { code: agreement('## Governance', '', 'The Board may approve spending of up to £100,000; anything above that needs the approval of both Cabinets.') },
    { code: agreement('## Governance', '', 'Each partner has one vote on the Board and decisions need a simple majority.') },
    {
      name: 'the kind given by configuration rather than frontmatter',
      code: '# Hub terms of reference\n\n## Decisions\n\nDecisions are made by consensus of the partners present.\n',
      kind: 'agreement',
    },
  ],
  invalid: [
    {
      name: 'a board that "oversees" says nothing of how it decides',
      code: agreement(...oversight),
      findings: [
        { line: 6, column: 4, endLine: 6, endColumn: 14, message, suggestions: [{ ...addSection, output: agreement(...oversight, '', ...howDecisions) }] },
      ],
    },
    {
      name: 'no governance at all: placed on the title',
      code: agreement(...aims),
      findings: [{ line: 4, column: 3, endColumn: 24, message, suggestions: [{ ...addSection, output: agreement(...aims, '', ...howDecisions) }] }],
    },
    {
      name: 'meetings but no decision rules: the section goes before resources',
      code: agreement(...meetings, '', ...resources),
      findings: [{ line: 6, column: 4, message, suggestions: [{ ...addSection, output: agreement(...meetings, '', ...howDecisions, '', ...resources) }] }],
    },
    {
      name: 'a steering group that meets says nothing of how it decides',
      code: agreement('## Governance', '', 'A Steering Group with representatives of each partner will meet quarterly.'),
      findings: [
        {
          line: 6,
          column: 4,
          message,
          suggestions: [{ ...addSection, output: agreement('## Governance', '', 'A Steering Group with representatives of each partner will meet quarterly.', '', ...howDecisions) }],
        },
      ],
    },
    {
      name: '"oversight and leadership" is not a way of deciding',
      code: agreement('## Governance', '', 'The Board provides strategic oversight and leadership for the partnership.'),
      findings: [
        {
          line: 6,
          column: 4,
          message,
          suggestions: [{ ...addSection, output: agreement('## Governance', '', 'The Board provides strategic oversight and leadership for the partnership.', '', ...howDecisions) }],
        },
      ],
    },
  ],
});
