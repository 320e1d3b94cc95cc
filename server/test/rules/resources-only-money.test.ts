import resourcesOnlyMoney from '../../src/rules/resources-only-money.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const agreement = (...lines: string[]) => markdown('agreement', '# Partnership agreement', '', ...lines);
const onlyMoney = 'This resources section covers only money: add the staff time, premises, data and IT, skills and management capacity each partner brings.';
const contributionsTable = [
  '| Partner | Money | Staff time | Premises | Data and IT | Skills and management |',
  '| --- | --- | --- | --- | --- | --- |',
  '| [partner] | [£ amount] | [posts or hours] | [buildings or rooms] | [systems and data] | [expertise] |',
];
const addTable = { description: 'Add a table of staff, premises, data and skills contributions to fill in' };
const costTable = ['| Item | Annual cost | Paid by |', '| --- | --- | --- |', '| Staff costs | £80,000 | Council |', '| Venue hire | £5,000 | ICB |'];

ruleTester.run(resourcesOnlyMoney, {
  valid: [
    {
      name: 'a Contribution column that names an office and an analyst as well as money',
      code: markdown(
        'agreement',
        '# Partnership agreement',
        '',
        '## Resources',
        '',
        '| Partner | Contribution |',
        '| --- | --- |',
        '| Northshire County Council | £50,000 a year and a shared office in the civic centre |',
        '| Northshire ICB | Two days a week of a data analyst |',
      ),
    },
    {
      name: 'money, seconded staff and premises',
      code: agreement(
        '## Resources',
        '',
        'The Council contributes £200,000 a year. The Trust seconds two occupational therapists (1.6 FTE) and provides clinic space at Riverside House.',
      ),
    },
    {
      name: 'contributions set out under another heading',
      code: agreement(
        '## What each partner brings',
        '',
        "The Council provides the hub's office and two analysts. The Trust provides a community nurse and access to its patient records system.",
      ),
    },
    { name: 'a strategy is not held to an agreement’s resources', code: markdown('strategy', '# Falls plan', '', '## Purpose', '', 'The council and the trust will run a joint falls service.') },
    { code: agreement('## Resources', '', '| Partner | What it brings |', '| --- | --- |', '| Council | £50,000 and a shared office |', '| ICB | Two days a week of a data analyst |') },
    { name: 'a room is a resource', code: agreement('## Resources', '', 'The Trust provides a room at Riverside Clinic on Tuesdays. The Council pays for the coordinator post.') },
  ],
  invalid: [
    {
      code: agreement('## Resources', '', 'The Council contributes £200,000 a year and the ICB £150,000 to the pooled fund.'),
      findings: [
        {
          line: 6,
          column: 4,
          endLine: 6,
          endColumn: 13,
          message: onlyMoney,
          suggestions: [{ ...addTable, output: agreement('## Resources', '', 'The Council contributes £200,000 a year and the ICB £150,000 to the pooled fund.', '', ...contributionsTable) }],
        },
      ],
    },
    {
      name: '"staff costs" in a table of costs are money',
      code: agreement('## 4. Finance', '', ...costTable, '', '## 5. Review', '', 'The Board reviews this agreement every April.'),
      findings: [
        {
          line: 6,
          column: 4,
          endColumn: 14,
          message: onlyMoney,
          suggestions: [{ ...addTable, output: agreement('## 4. Finance', '', ...costTable, '', ...contributionsTable, '', '## 5. Review', '', 'The Board reviews this agreement every April.') }],
        },
      ],
    },
    {
      name: 'no resources section at all',
      code: agreement('## Purpose', '', 'The council and the trust will run a joint falls service.'),
      findings: [
        {
          line: 4,
          column: 3,
          endColumn: 24,
          message:
            'This agreement has no resources section: set out what each partner contributes, including staff time, premises, data and IT, skills and management capacity, not only money.',
          suggestions: [
            {
              description: 'Insert a resources table that covers more than money',
              output: agreement('## Purpose', '', 'The council and the trust will run a joint falls service.', '', '## Resources', '', ...contributionsTable),
            },
          ],
        },
      ],
    },
    {
      name: 'a funding section with only sums of money',
      code: agreement('## Funding', '', 'Each partner will contribute £25,000 a year. Any underspend will be returned to the partners.'),
      findings: [
        {
          line: 6,
          column: 4,
          endColumn: 11,
          message: onlyMoney,
          suggestions: [
            { ...addTable, output: agreement('## Funding', '', 'Each partner will contribute £25,000 a year. Any underspend will be returned to the partners.', '', ...contributionsTable) },
          ],
        },
      ],
    },
  ],
});
