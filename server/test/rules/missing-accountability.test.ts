import missingAccountability from '../../src/rules/missing-accountability.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const plan = (...lines: string[]) => markdown('strategy', '# Ageing well plan', '', ...lines);
const placeholder = { description: 'Insert an owner placeholder to fill in' };
const passive = (words: string) => `"${words}" says what will happen but not who will do it: name the partner or post accountable.`;
const whoDoesWhat = ['## Who does what', '', '| Action | Owner | Deadline |', '| --- | --- | --- |', '| [action] | [partner or post] | [month year] |'];

ruleTester.run(missingAccountability, {
  valid: [
    {
      name: 'both parties bound to a disputes step in an agreement',
      code: markdown('agreement', '# Partnership agreement', '', ...whoDoesWhat, '', '## Disputes', '', 'In a dispute, both parties agree to make a good faith effort to settle it through negotiation.'),
    },
    {
      name: 'a passive governed by the terms it names',
      code: plan('## Assets', '', 'Updates to the asset register will be managed as described in the Terms and Conditions.'),
    },
    { name: 'a passive with its owner named', code: plan('## Monitoring', '', 'Progress will be monitored by the Joint Board each quarter.') },
    { code: plan('## Actions', '', '- The City Council will recruit two care navigators by June 2026.') },
    { name: 'a stated fact is no action', code: plan('Meetings are held monthly.') },
    { name: 'an action table with a named owner', code: plan('| Action | Owner | Deadline |', '| --- | --- | --- |', '| Open the discharge hub | Northshire ICB | April 2026 |') },
    {
      name: 'an agreement that sets out roles, and a disputes clause that names who hears them',
      code: markdown(
        'agreement',
        '# Partnership agreement',
        '',
        '## Roles and responsibilities',
        '',
        'The Council employs the hub coordinator. The Trust provides two nurses.',
        '',
        '## Disputes',
        '',
        'Disputes will be referred to the two Directors of Adult Services.',
      ),
    },
    { code: plan('## Monitoring', '', 'The Programme Manager will review the action plan every quarter.') },
    { name: 'an owner named before the colon', code: plan('## Actions', '', '- Northshire ICB: commission a falls service by April 2026.') },
  ],
  invalid: [
    {
      name: 'an instruction done "jointly", with nobody named',
      code: plan('## Actions', '', '- Jointly develop a shared referral form.'),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 42,
          message: 'This action names nobody to carry it out: add the partner or post accountable for it.',
          suggestions: [{ ...placeholder, output: plan('## Actions', '', '- Jointly develop a shared referral form. (owner: [named post])') }],
        },
      ],
    },
    {
      name: 'named bodies working together with none of them leading',
      code: plan('## Actions', '', '- The Council, the ICB and the Police will work together to map the referral routes.'),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 85,
          message: '"The Council, the ICB and the Police" is not an accountable owner: name the one partner or post that will do this.',
          suggestions: [
            {
              ...placeholder,
              output: plan('## Actions', '', '- [named post] will work together to map the referral routes.'),
            },
          ],
        },
      ],
    },
    {
      name: 'an agentless passive',
      code: plan('## Monitoring', '', 'Progress will be monitored.'),
      findings: [
        {
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 28,
          message: passive('will be monitored'),
          suggestions: [{ ...placeholder, output: plan('## Monitoring', '', 'Progress will be monitored by [named post].') }],
        },
      ],
    },
    {
      name: 'a diffuse owner and a passive in one list, the owned action between them',
      code: plan('## Actions', '', '- All partners will promote the new referral line.', '- The City Council will recruit two care navigators by June 2026.', '- Funding is to be secured for the second year.'),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 51,
          message: '"All partners" is not an accountable owner: name the one partner or post that will do this.',
          suggestions: [
            {
              ...placeholder,
              output: plan('## Actions', '', '- [named post] will promote the new referral line.', '- The City Council will recruit two care navigators by June 2026.', '- Funding is to be secured for the second year.'),
            },
          ],
        },
        {
          line: 10,
          column: 3,
          endColumn: 48,
          message: passive('is to be secured'),
          suggestions: [
            {
              ...placeholder,
              output: plan('## Actions', '', '- All partners will promote the new referral line.', '- The City Council will recruit two care navigators by June 2026.', '- Funding is to be secured by [named post] for the second year.'),
            },
          ],
        },
      ],
    },
    {
      name: '"the partnership" as the doer, with each listed partner offered as owner',
      code: plan('## Partners', '', '- Eastbrook Borough Council', '- Eastbrook Community Health Trust', '', '## Actions', '', '- The partnership will publish a directory of local support by June 2026.'),
      findings: [
        {
          line: 13,
          column: 3,
          endColumn: 74,
          message: '"The partnership" is not an accountable owner: name the one partner or post that will do this.',
          suggestions: ['Eastbrook Borough Council', 'Eastbrook Community Health Trust', '[named post]'].map((owner) => ({
            description: owner.startsWith('[') ? placeholder.description : `Make ${owner} the owner`,
            output: plan('## Partners', '', '- Eastbrook Borough Council', '- Eastbrook Community Health Trust', '', '## Actions', '', `- ${owner} will publish a directory of local support by June 2026.`),
          })),
        },
      ],
    },
    {
      name: 'TBC and an empty cell in the Owner column',
      code: plan('| Action | Owner | Deadline |', '| --- | --- | --- |', "| Publish a carers' guide | TBC | June 2026 |", '| Train reception staff | | May 2026 |'),
      findings: [
        {
          line: 8,
          column: 1,
          endColumn: 46,
          message: '"TBC" is not an accountable owner: name the one partner or post that answers for this action.',
          suggestions: [{ ...placeholder, output: plan('| Action | Owner | Deadline |', '| --- | --- | --- |', "| Publish a carers' guide | [named post] | June 2026 |", '| Train reception staff | | May 2026 |') }],
        },
        {
          line: 9,
          column: 1,
          endColumn: 39,
          message: 'This action has an empty owner: name the partner or post accountable for it.',
          suggestions: [{ ...placeholder, output: plan('| Action | Owner | Deadline |', '| --- | --- | --- |', "| Publish a carers' guide | TBC | June 2026 |", '| Train reception staff | [named post] | May 2026 |') }],
        },
      ],
    },
    {
      name: 'an agreement that never says who does what',
      code: markdown('agreement', '# Partnership agreement', '', '## Purpose', '', 'Through this agreement the partners will reduce hospital admissions.'),
      findings: [
        {
          line: 4,
          column: 3,
          endColumn: 24,
          message: 'This agreement never sets out who does what: add a section or table that names, for each action, the partner or post accountable for it.',
          suggestions: [
            {
              description: 'Insert a "Who does what" table to fill in',
              output: markdown('agreement', '# Partnership agreement', '', '## Purpose', '', 'Through this agreement the partners will reduce hospital admissions.', '', ...whoDoesWhat),
            },
          ],
        },
      ],
    },
    {
      name: '"All partners" in the Lead column',
      code: plan('| Action | Lead | By |', '| --- | --- | --- |', '| Map existing services | All partners | March 2026 |'),
      findings: [
        {
          line: 8,
          column: 1,
          endColumn: 54,
          message: '"All partners" is not an accountable owner: name the one partner or post that answers for this action.',
          suggestions: [{ ...placeholder, output: plan('| Action | Lead | By |', '| --- | --- | --- |', '| Map existing services | [named post] | March 2026 |') }],
        },
      ],
    },
    {
      name: 'a passive and "Partners" in a list, the owned item left alone',
      code: plan(
        '## Actions',
        '',
        '- Training will be provided to all reception staff.',
        '- Partners will work to raise awareness of the service.',
        '- Northshire ICB: commission a falls service by April 2026.',
      ),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 52,
          message: passive('will be provided'),
          suggestions: [
            {
              ...placeholder,
              output: plan(
                '## Actions',
                '',
                '- Training will be provided by [named post] to all reception staff.',
                '- Partners will work to raise awareness of the service.',
                '- Northshire ICB: commission a falls service by April 2026.',
              ),
            },
          ],
        },
        {
          line: 9,
          column: 3,
          endColumn: 56,
          message: '"Partners" is not an accountable owner: name the one partner or post that will do this.',
          suggestions: [
            {
              ...placeholder,
              output: plan(
                '## Actions',
                '',
                '- Training will be provided to all reception staff.',
                '- [named post] will work to raise awareness of the service.',
                '- Northshire ICB: commission a falls service by April 2026.',
              ),
            },
          ],
        },
      ],
    },
  ],
});
