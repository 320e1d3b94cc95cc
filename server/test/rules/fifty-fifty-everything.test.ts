import fiftyFiftyEverything from '../../src/rules/fifty-fifty-everything.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const agreement = (...lines: string[]) => markdown('agreement', '# Partnership agreement', '', ...lines);
const message =
  'This splits everything equally, whatever each partner puts in or gets out: agree each cost, risk and decision separately, in proportion to contribution and benefit, and say why.';
const PROPORTIONAL =
  'Each cost is shared in proportion to [what each partner contributes or uses, e.g. referrals or staff time], reviewed [annually]; risks sit with [the partner best placed to manage each one], and decisions follow the [governance section].';
const proportional = { description: 'Replace with a proportional cost-sharing clause to fill in' };

ruleTester.run(fiftyFiftyEverything, {
  valid: [
    {
      name: 'one named post split 50/50 for a stated reason',
      code: agreement('## Resources', '', 'The coordinator post is funded 50/50 by the two councils because both teams use it equally.'),
    },
    { name: 'one item split equally', code: agreement('The cost of the venue is split equally.') },
    { code: agreement('Each partner will contribute half of the pooled budget, reflecting the equal number of referrals each makes.') },
    { name: 'an equal vote is not a split of costs', code: agreement('Each partner has an equal vote on the Board.') },
    { code: agreement('Half of the places on the Board are held by carers.') },
    { name: 'a split in proportion to use', code: agreement("The ICB pays 60% of the hub's running costs and the Council 40%, in line with each partner's share of referrals.") },
    { code: agreement('The Board has equal numbers of members from each partner.') },
    { code: markdown('strategy', '# Housing plan', '', 'Half of all new homes will be affordable.') },
  ],
  invalid: [
    {
      code: agreement('## Resources', '', 'All costs, risks and decisions will be shared 50/50.'),
      findings: [
        {
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 53,
          message,
          suggestions: [{ ...proportional, output: agreement('## Resources', '', PROPORTIONAL) }],
        },
      ],
    },
    {
      code: agreement('The two partners are equal partners in every respect.'),
      findings: [{ line: 6, column: 1, endColumn: 54, message, suggestions: [{ ...proportional, output: agreement(PROPORTIONAL) }] }],
    },
    {
      name: 'everything shared equally, in a strategy',
      code: markdown('strategy', '# Plan', '', 'Everything will be shared equally between the council and the trust.'),
      findings: [{ line: 6, column: 1, endColumn: 69, message, suggestions: [{ ...proportional, output: markdown('strategy', '# Plan', '', PROPORTIONAL) }] }],
    },
    {
      name: 'only the blanket sentence of a paragraph',
      code: agreement('The Council hosts the team. All funding, liabilities and savings are divided equally between the partners.'),
      findings: [
        {
          line: 6,
          column: 29,
          endColumn: 107,
          message,
          suggestions: [{ ...proportional, output: agreement(`The Council hosts the team. ${PROPORTIONAL}`) }],
        },
      ],
    },
    {
      code: agreement('Costs, savings and liabilities will be divided 50:50 between the two organisations.'),
      findings: [{ line: 6, column: 1, endColumn: 84, message, suggestions: [{ ...proportional, output: agreement(PROPORTIONAL) }] }],
    },
    {
      code: markdown('strategy', '# Plan', '', 'All decisions, costs and benefits will be shared equally by the partners.'),
      findings: [{ line: 6, column: 1, endColumn: 74, message, suggestions: [{ ...proportional, output: markdown('strategy', '# Plan', '', PROPORTIONAL) }] }],
    },
  ],
});
