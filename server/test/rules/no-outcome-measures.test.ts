import noOutcomeMeasures from '../../src/rules/no-outcome-measures.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const message =
  'Nothing in this document measures whether things get better for service users, carers or the community: add outcome measures with a baseline, a target and a date.';
const outcomeMeasures = [
  '## Outcome measures',
  '',
  '| Outcome for people | Measure (rate, number or share) | Baseline | Target | By |',
  '| --- | --- | --- | --- | --- |',
  '| [change for service users or carers] | [indicator] | [current value] | [target value] | [month year] |',
];
const addMeasures = { description: 'Insert an outcome measures table to fill in' };
const activityOnly = ['## Measures', '', '- Number of partnership meetings held.', '- Number of leaflets distributed.'];
const sceneSetting = ['## Background', '', 'Last year 1,870 households were accepted as homeless in the borough.', '', '## Aims', '', 'Work together more effectively.'];
const reportOnly = ['## 1. Purpose', '', 'The hub brings together health and housing.', '', '## 5. Measuring success', '', 'The Board will receive a quarterly report.'];
const review = ['## 6. Review', '', 'The Board reviews this agreement every year.'];

ruleTester.run(noOutcomeMeasures, {
  valid: [
    {
      name: 'a share of people still living at home, with a baseline and a date',
      code: markdown(
        'strategy',
        '# Home first plan',
        '',
        '## Outcomes',
        '',
        'By March 2027, 80% of people discharged from hospital with reablement will still be living at home 91 days later, up from 72%.',
      ),
    },
    { name: '"reduce" with a baseline, a target and a date', code: markdown('strategy', '# Discharge plan', '', '## Outcome measures', '', 'Reduce delayed discharges from 120 to 60 a month by March 2027.') },
    {
      name: 'a measures table with baseline and target',
      code: markdown('strategy', '# Carers plan', '', '## What we will measure', '', '| Outcome | Baseline | Target | By |', '| --- | --- | --- | --- |', '| Carers who say they feel supported | 41% | 60% | 2027 |'),
    },
    { code: markdown('strategy', '# Care leavers plan', '', 'We will cut the share of care leavers without a settled home from 14% to 7% by 2028.') },
    { code: markdown('agreement', '# Partnership agreement', '', '## Outcomes', '', 'Halve the number of hospital admissions after a fall among people over 75, from 400 to 200 a year, by 2028.') },
    {
      name: 'a count of people with a target, in a measures table',
      code: markdown('strategy', '# Rough sleeping plan', '', '## How we will know', '', '| Measure | Now | Target by 2028 |', '| --- | --- | --- |', '| Rough sleepers on a single night | 24 | 10 |'),
    },
    { code: markdown('strategy', '# Young carers plan', '', '## Outcomes', '', 'By 2028 we want 90% of young carers to say they get the support they need, up from 65% in 2024.') },
    { code: markdown('strategy', '# Falls plan', '', '## Measures', '', '- Emergency admissions for falls among over-65s: 2,100 in 2024/25, target 1,800 by 2027/28.') },
  ],
  invalid: [
    {
      name: 'activity counts only: placed on the measures heading',
      code: markdown('strategy', '# Falls plan', '', ...activityOnly),
      findings: [
        {
          line: 6,
          column: 4,
          endLine: 6,
          endColumn: 12,
          message,
          suggestions: [{ ...addMeasures, output: markdown('strategy', '# Falls plan', '', ...activityOnly, '', ...outcomeMeasures) }],
        },
      ],
    },
    {
      name: 'a statistic that sets the scene measures nothing going forward',
      code: markdown('agreement', '# Partnership agreement', '', ...sceneSetting),
      findings: [
        {
          line: 4,
          column: 3,
          endColumn: 24,
          message,
          suggestions: [{ ...addMeasures, output: markdown('agreement', '# Partnership agreement', '', ...sceneSetting, '', ...outcomeMeasures) }],
        },
      ],
    },
    {
      name: 'a report to the Board is no measure: the table goes before the review section',
      code: markdown('agreement', '# Partnership agreement', '', ...reportOnly, '', ...review),
      findings: [
        {
          line: 10,
          column: 4,
          endColumn: 24,
          message,
          suggestions: [{ ...addMeasures, output: markdown('agreement', '# Partnership agreement', '', ...reportOnly, '', ...outcomeMeasures, '', ...review) }],
        },
      ],
    },
  ],
});
