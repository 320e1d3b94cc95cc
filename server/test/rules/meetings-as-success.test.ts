import meetingsAsSuccess from '../../src/rules/meetings-as-success.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const plan = (...lines: string[]) => markdown('strategy', '# Falls prevention plan', '', ...lines);
const message =
  'This measures the partnership by its meetings or paperwork, not by what changes for the people it serves: judge success by outcomes for users, such as shorter waits or fewer crises.';

ruleTester.run(meetingsAsSuccess, {
  valid: [
    { name: 'how often meetings are held is a fact, not a measure', code: plan('## Governance', '', 'Meetings are held monthly.') },
    { code: plan('## Governance', '', 'The Board meets quarterly and publishes its minutes.') },
    { code: plan('Success will be judged by the number of people who stay in their own home after leaving hospital.') },
    { code: plan('## Measures', '', '- Carers who say they feel supported: from 41% to 60% by 2027.') },
    { code: plan('## Governance', '', 'The Board meets every two months and reports to the Health and Wellbeing Board.') },
    { code: plan('## Measuring success', '', '- Fewer people readmitted to hospital within 30 days: from 14% to 10% by 2027.') },
  ],
  invalid: [
    {
      code: plan('Regular, well-attended meetings show the partnership is working.'),
      findings: [{ line: 6, column: 1, endLine: 6, endColumn: 65, message }],
    },
    {
      name: 'meetings and attendance listed among the signs of success, beside a real outcome',
      code: plan(
        '## How we will know we are succeeding',
        '',
        '- Number of partnership meetings held each year.',
        '- Fewer older people admitted to hospital after a fall: from 410 to 350 a year by 2027.',
        '- Attendance at Board meetings above 80%.',
      ),
      findings: [
        { line: 8, column: 3, endColumn: 49, message },
        { line: 10, column: 3, endColumn: 42, message },
      ],
    },
    {
      name: 'a meeting in the "Measure of success" column',
      code: markdown(
        'agreement',
        '# Partnership agreement',
        '',
        '| Action | Owner | Measure of success |',
        '| --- | --- | --- |',
        '| Set up the hub | Council | Steering group meets monthly |',
        '| Open the hub | Council | 200 families seen in the first year |',
      ),
      findings: [{ line: 8, column: 30, endColumn: 58, message }],
    },
    {
      code: plan('The success of the partnership will be demonstrated by the publication of the strategy.'),
      findings: [{ line: 6, column: 1, endColumn: 88, message }],
    },
    {
      code: plan('We will know the partnership is working because all partners attend every Board meeting.'),
      findings: [{ line: 6, column: 1, endColumn: 89, message }],
    },
    {
      name: 'meetings held and a report published, as the measures of success',
      code: plan('## Measuring success', '', '- Quarterly partnership meetings held.', '- Annual report published.'),
      findings: [
        { line: 8, column: 3, endColumn: 39, message },
        { line: 9, column: 3, endColumn: 27, message },
      ],
    },
  ],
});
