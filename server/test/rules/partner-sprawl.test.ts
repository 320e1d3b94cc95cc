import partnerSprawl from '../../src/rules/partner-sprawl.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const openEnded = 'An open-ended partnership spreads responsibility thin: name the partners the aims need, and what each one brings.';
const noRole = (partner: string) => `${partner} is listed as a partner but is given no role anywhere in this document: say what it does and answers for, or leave it out.`;

/** Three listed partners; the roles section names only the first two. */
const threePartners = markdown(
  'agreement',
  '# Partnership agreement',
  '',
  '## Partners',
  '',
  '- Northshire County Council',
  '- Northshire NHS Trust',
  '- Northshire Fire and Rescue Service',
  '',
  '## Roles',
  '',
  'Northshire County Council hosts the team. Northshire NHS Trust provides two community nurses.',
);

ruleTester.run(partnerSprawl, {
  valid: [
    {
      name: 'a list of what the network is, after its name, is no list of partners',
      code: markdown(
        'strategy',
        '# Reef network strategic plan',
        '',
        '## Who we are',
        '',
        'The network has these members:',
        '',
        '- Is a globally distributed, collaborative network.',
        '- Focuses on linking environmental change and biodiversity.',
      ),
    },
    {
      name: 'a partners table whose Role column says what each partner does',
      code: markdown(
        'agreement',
        '# Partnership agreement',
        '',
        '## Partners',
        '',
        '| Partner | Role |',
        '| --- | --- |',
        '| Northshire Police | Shares crime data monthly |',
        '| Northshire County Council | Hosts the hub and its two coordinators |',
      ),
    },
    {
      name: 'each partner listed with what it does',
      code: markdown(
        'agreement',
        '# Partnership agreement',
        '',
        '## Partners',
        '',
        '- Northshire County Council (commissions the service and hosts the team)',
        '- Northshire NHS Trust (provides two community nurses)',
      ),
    },
    {
      name: 'each partner given a role further on',
      code: markdown(
        'strategy',
        '# Food poverty plan',
        '',
        '## Partners',
        '',
        '- Westvale District Council',
        '- Westvale Food Bank',
        '',
        '## Who does what',
        '',
        'Westvale District Council leads the programme. Westvale Food Bank runs the advice sessions.',
      ),
    },
    { name: 'a door opened only with agreement', code: markdown('agreement', '# Partnership agreement', '', "Another organisation may join only with the Board's agreement.") },
    { name: 'a partners list within the configured limit', code: threePartners.replace('- Northshire Fire and Rescue Service\n', ''), options: { maxPartners: 2 } },
    { code: markdown('agreement', '# Partnership agreement', '', 'New partners may join with the unanimous agreement of the Board.') },
  ],
  invalid: [
    {
      code: markdown('strategy', '# Food poverty plan', '', 'We want as many partners as possible to sign up to the charter.'),
      findings: [{ line: 6, column: 1, endLine: 6, endColumn: 64, message: openEnded }],
    },
    {
      code: markdown('agreement', '# Partnership agreement', '', 'Membership is open to any organisation that wants to join.'),
      findings: [{ line: 6, column: 1, endColumn: 59, message: openEnded }],
    },
    {
      name: 'a listed partner with no role',
      code: threePartners,
      findings: [{ line: 10, column: 3, endLine: 10, endColumn: 37, message: noRole('Northshire Fire and Rescue Service') }],
    },
    {
      name: 'more partners than the configured limit',
      code: threePartners,
      options: { maxPartners: 2 },
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 28,
          message:
            'This partnership lists 3 partners, more than the 2 set for this project: a smaller core with clear roles is easier to hold to account.',
        },
        { line: 10, column: 3, endColumn: 37, message: noRole('Northshire Fire and Rescue Service') },
      ],
    },
    {
      code: markdown('strategy', '# Food poverty plan', '', 'The partnership welcomes any organisation that wants to get involved.'),
      findings: [{ line: 6, column: 1, endColumn: 70, message: openEnded }],
    },
  ],
});
