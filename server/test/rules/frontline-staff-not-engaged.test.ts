import frontlineStaffNotEngaged from '../../src/rules/frontline-staff-not-engaged.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const message =
  'Nothing here engages front-line staff, whose commitment partnerships depend on: say how they will be briefed, involved in the design, trained and told what their role is.';
const frontlineSection = [
  '## Front-line staff',
  '',
  'Front-line staff will be [briefed, involved in the design, trained] by [owner] before [date], and each team will have its role in the partnership set out in [document].',
];
const addSection = { description: 'Insert a section on engaging front-line staff' };
const aims = ['## Aims', '', 'Reduce delayed discharges from 120 to 60 a month by March 2027.'];
const governance = ['## Governance', '', 'The Board meets monthly.'];
const transfer = ['## Workforce', '', 'Staff will transfer to the Council on 1 April.'];

ruleTester.run(frontlineStaffNotEngaged, {
  valid: [
    {
      name: 'a guide that sets out front-line staff their role',
      code: markdown(
        'strategy',
        '# Housing advice hub plan',
        '',
        '## Staff',
        '',
        'Each housing officer will receive a one-page guide that sets out their role in the hub.',
      ),
    },
    {
      code: markdown('strategy', '# Discharge plan', '', '## Our staff', '', 'Front-line staff from both teams will join the design workshops and get joint training before go-live.'),
    },
    { code: markdown('agreement', '# Partnership agreement', '', 'District nurses and social workers will be briefed on the new referral route before it opens.') },
    { code: markdown('strategy', '# Home care plan', '', 'Care workers helped design the new rota.') },
    { code: markdown('agreement', '# Partnership agreement', '', '## Roles', '', 'Social workers and community nurses will be trained together before the hub opens.') },
    { code: markdown('strategy', '# School health plan', '', '## Our workforce', '', 'Teachers and school nurses will be consulted on the new pathway before it is finalised.') },
    {
      code: markdown('agreement', '# Partnership agreement', '', '## Staff', '', 'Front-line practitioners from both organisations will take part in joint induction and monthly team meetings.'),
    },
  ],
  invalid: [
    {
      name: 'staff never mentioned: the section goes before governance',
      code: markdown('strategy', '# Discharge plan', '', ...aims, '', ...governance),
      findings: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 17,
          message,
          suggestions: [{ ...addSection, output: markdown('strategy', '# Discharge plan', '', ...aims, '', ...frontlineSection, '', ...governance) }],
        },
      ],
    },
    {
      name: 'staff counted but not engaged',
      code: markdown('strategy', '# Discharge plan', '', 'The new service will be staffed by four support workers.'),
      findings: [
        {
          line: 4,
          column: 3,
          message,
          suggestions: [{ ...addSection, output: markdown('strategy', '# Discharge plan', '', 'The new service will be staffed by four support workers.', '', ...frontlineSection) }],
        },
      ],
    },
    {
      name: 'a transfer of staff is not engagement: placed on the workforce heading',
      code: markdown('agreement', '# Partnership agreement', '', ...transfer),
      findings: [
        {
          line: 6,
          column: 4,
          endColumn: 13,
          message,
          suggestions: [{ ...addSection, output: markdown('agreement', '# Partnership agreement', '', ...transfer, '', ...frontlineSection) }],
        },
      ],
    },
    {
      name: 'managers agree the structure; front-line staff are not mentioned',
      code: markdown('strategy', '# Discharge plan', '', '## Workforce', '', 'Senior managers from each partner will agree the new structure.'),
      findings: [
        {
          line: 6,
          column: 4,
          message,
          suggestions: [
            {
              ...addSection,
              output: markdown('strategy', '# Discharge plan', '', '## Workforce', '', 'Senior managers from each partner will agree the new structure.', '', ...frontlineSection),
            },
          ],
        },
      ],
    },
  ],
});
