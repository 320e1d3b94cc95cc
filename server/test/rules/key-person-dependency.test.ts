import keyPersonDependency from '../../src/rules/key-person-dependency.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const plan = (...lines: string[]) => markdown('strategy', '# Discharge plan', '', ...lines);
const agreement = (...lines: string[]) => markdown('agreement', '# Partnership agreement', '', ...lines);
const alone = (person: string) =>
  `This rests on ${person} alone, with no deputy or handover if they move on: name a deputy or the post that takes over, and how the work is handed over.`;
const DEPUTY_CLAUSE = ' Their deputy is [name or post], who takes over if they move on, with a handover within [number] weeks.';
const addDeputy = { description: 'Add a deputy and handover clause to fill in' };
const rolesTable = (budgetRow: string) => ['## Roles', '', '| Task | Lead | Deputy |', '| --- | --- | --- |', '| Chair the Board | Dr Priya Nair | Cllr Sam Okafor |', budgetRow];

ruleTester.run(keyPersonDependency, {
  valid: [
    {
      name: 'a capitalised term the agreement defines in quotes is not a person',
      code: agreement(
        '## Data',
        '',
        'The Institute will maintain two databases (the "**Consolidated Databases**").',
        'Consolidated Databases will be managed solely by the Institute, which is responsible for their security.',
      ),
    },
    { name: 'a deputy named in the same sentence', code: plan('Jane Smith will lead the programme, with Tom Reilly as her deputy.') },
    { name: 'a role tied to a post, not a person', code: agreement('## Roles', '', 'The Head of Integrated Care leads the programme.') },
    {
      name: 'a general provision for any lead who moves on',
      code: agreement(
        '## Roles',
        '',
        'Rhian Price is the strategy lead.',
        '',
        '## Key staff',
        '',
        'If any named lead leaves their post, the employing partner will appoint a successor within two months and arrange a handover.',
      ),
    },
    { name: 'a name in the signatures table is no role', code: agreement('## Signatures', '', '| Name | Organisation |', '| --- | --- |', '| Jane Smith | Northshire County Council |') },
    { name: 'every row of the roles table has a deputy', code: agreement(...rolesTable('| Hold the pooled budget | Mark Evans | Ann Lee |')) },
    {
      name: 'cover named in the same sentence',
      code: agreement('## Roles', '', 'Dr Helen Carter is the named lead for safeguarding; in her absence the Deputy Director of Nursing takes the role.'),
    },
    { name: 'a named person with no role', code: plan('Jane Smith attended the launch event.') },
    { name: 'a contact for questions holds no role', code: plan('## Contacts', '', 'For questions about this plan, contact Jane Smith, Partnership Officer, jane.smith@northshire.gov.uk.') },
  ],
  invalid: [
    {
      code: plan('Jane Smith will lead all work on the discharge pathway.'),
      findings: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 56,
          message: alone('Jane Smith'),
          suggestions: [{ ...addDeputy, output: plan(`Jane Smith will lead all work on the discharge pathway.${DEPUTY_CLAUSE}`) }],
        },
      ],
    },
    {
      code: plan('All referrals go through Sarah Ahmed, who knows every family on the estate.'),
      findings: [
        {
          line: 6,
          column: 1,
          endColumn: 76,
          message: alone('Sarah Ahmed'),
          suggestions: [{ ...addDeputy, output: plan(`All referrals go through Sarah Ahmed, who knows every family on the estate.${DEPUTY_CLAUSE}`) }],
        },
      ],
    },
    {
      name: 'an empty Deputy cell, filled by the suggestion',
      code: agreement(...rolesTable('| Hold the pooled budget | Mark Evans | |')),
      findings: [
        {
          line: 11,
          column: 28,
          endColumn: 38,
          message: alone('Mark Evans'),
          suggestions: [
            {
              description: 'Name a deputy in this row to fill in',
              output: agreement(...rolesTable('| Hold the pooled budget | Mark Evans | [deputy name or post] |')),
            },
          ],
        },
      ],
    },
    {
      code: plan('Mr Ashworth personally approves every referral to the hub.'),
      findings: [
        {
          line: 6,
          column: 1,
          endColumn: 59,
          message: alone('Mr Ashworth'),
          suggestions: [{ ...addDeputy, output: plan(`Mr Ashworth personally approves every referral to the hub.${DEPUTY_CLAUSE}`) }],
        },
      ],
    },
  ],
});
