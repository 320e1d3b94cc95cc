import noUserInvolvement from '../../src/rules/no-user-involvement.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const late =
  'People who use services are only brought in after the decisions are made: informing them is not involving them. Involve them while the plan is still being shaped.';
const missing =
  'Nowhere does this document involve service users, carers or residents in designing or governing the partnership: say how they will shape it from the start.';
const involvementSection = [
  '## Involving people who use services',
  '',
  '[Service users, carers or residents] will help design and govern this partnership from the start: [for example, two places on the Board and a lived-experience panel that shapes the plan before it is agreed].',
];
const addInvolvement = { description: 'Insert a section on involving service users from the start' };

ruleTester.run(noUserInvolvement, {
  valid: [
    { code: markdown('strategy', '# Carers strategy', '', '## Involvement', '', 'Carers co-designed this strategy and two carers sit on the Partnership Board.') },
    { code: markdown('strategy', '# Housing plan', '', 'A lived experience panel of tenants will help shape the plan from the start.') },
    {
      name: 'sending the agreed plan to the people who helped write it is reporting back',
      code: markdown('strategy', '# Youth plan', '', 'Young people helped write this plan. Once it is agreed, we will publish it and send it to the young people who took part.'),
    },
    {
      code: markdown('agreement', '# Partnership agreement', '', '## Governance', '', 'Two people with lived experience of homelessness are voting members of the Board.'),
    },
    { name: 'carers on the Board', code: markdown('agreement', '# Partnership agreement', '', '## Governance', '', 'Two carers are full members of the Partnership Board.') },
  ],
  invalid: [
    {
      name: 'users informed once the plan is agreed',
      code: markdown('strategy', '# Carers strategy', '', '## Involvement', '', 'Once the strategy is agreed, carers will be informed of the changes.'),
      findings: [{ line: 8, column: 1, endLine: 8, endColumn: 69, message: late }],
    },
    {
      name: 'residents consulted after the Board has agreed',
      code: markdown('agreement', '# Partnership agreement', '', '## Service users', '', 'Residents will be consulted once the plan is agreed by the Board.', '', '## Governance', '', 'The Board meets monthly.'),
      findings: [{ line: 8, column: 1, endColumn: 66, message: late }],
    },
    {
      name: 'no involvement anywhere: placed on the title, with a section to insert before governance',
      code: markdown(
        'strategy',
        '# Carers strategy',
        '',
        '## Aims',
        '',
        'Reduce delayed discharges from 120 to 60 a month by March 2027.',
        '',
        '## Governance',
        '',
        'The Partnership Board meets monthly.',
      ),
      findings: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          message: missing,
          suggestions: [
            {
              ...addInvolvement,
              output: markdown(
                'strategy',
                '# Carers strategy',
                '',
                '## Aims',
                '',
                'Reduce delayed discharges from 120 to 60 a month by March 2027.',
                '',
                ...involvementSection,
                '',
                '## Governance',
                '',
                'The Partnership Board meets monthly.',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'no involvement in a short agreement: the section goes at the end',
      code: markdown('agreement', '# Partnership agreement', '', 'The council and the trust will run a joint falls service.'),
      findings: [
        {
          line: 4,
          column: 3,
          message: missing,
          suggestions: [
            { ...addInvolvement, output: markdown('agreement', '# Partnership agreement', '', 'The council and the trust will run a joint falls service.', '', ...involvementSection) },
          ],
        },
      ],
    },
    {
      name: 'tenants told once Cabinet has approved',
      code: markdown('strategy', '# Tenancy plan', '', '## Communication', '', 'When the strategy has been approved by Cabinet, we will tell tenants about the changes.'),
      findings: [{ line: 8, column: 1, endColumn: 88, message: late }],
    },
    {
      name: 'a leaflet once the service opens',
      code: markdown('agreement', '# Partnership agreement', '', '## Communication', '', 'Service users will receive a leaflet about the new service once it opens.'),
      findings: [{ line: 8, column: 1, endColumn: 74, message: late }],
    },
  ],
});
