import vagueAim from '../../src/rules/vague-aim.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const aims = (...items: string[]) => markdown('strategy', '# Hospital discharge strategy', '', '## Our aims', '', ...items);

/** The suggestion's clause, inserted before the aim's full stop. */
const MEASURE = ', measured by [indicator] moving from [baseline] to [target] by [month year] for [group who benefits]';
const addMeasure = { description: 'Add a measure, date and beneficiary group to this aim' };
const noMeasure = 'names no measure, date or group who benefits: say what will change, by how much, by when and for whom.';

ruleTester.run(vagueAim, {
  valid: [
    { name: '"reduce" with a baseline, a target and a date is measurable', code: aims('- Reduce delayed discharges from 120 to 60 a month by March 2027.') },
    { code: aims('- Halve the wait for a care assessment to 7 days by 2027.') },
    { name: 'a named group who benefits', code: aims('- Give every care leaver a named housing officer.') },
    { code: aims('- Cut rough sleeping in the city by a third within two years.') },
    { name: 'facts outside an aims section are not aims', code: markdown('strategy', '# Plan', '', '## Background', '', 'Meetings are held monthly.') },
    { code: aims('- Increase the share of pupils with special needs who attend a mainstream school from 62% to 70% by 2028.') },
    { code: aims('- By April 2027, every child leaving care has a named personal adviser.') },
    {
      name: 'a measurable aim that also mentions joined-up working',
      code: aims('- Reduce delayed discharges from 120 to 60 a month by March 2027 through joined-up working.'),
    },
  ],
  invalid: [
    {
      name: 'a slogan aim beside a measurable one',
      code: aims('- Reduce delayed discharges from 120 to 60 a month by March 2027.', '- Improve outcomes through joined-up working.'),
      findings: [
        {
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 46,
          message: `This aim rests on the slogan "Improve outcomes" and ${noMeasure}`,
          suggestions: [
            {
              ...addMeasure,
              output: aims('- Reduce delayed discharges from 120 to 60 a month by March 2027.', `- Improve outcomes through joined-up working${MEASURE}.`),
            },
          ],
        },
      ],
    },
    {
      code: aims('- Work together more effectively.'),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 34,
          message: `This aim rests on the slogan "Work together more effectively" and ${noMeasure}`,
          suggestions: [{ ...addMeasure, output: aims(`- Work together more effectively${MEASURE}.`) }],
        },
      ],
    },
    {
      name: 'a numbered objective in an agreement',
      code: markdown('agreement', '# Partnership agreement', '', '## 2. Objectives', '', 'The objectives of this agreement are:', '', '1. To deliver better services.'),
      findings: [
        {
          line: 10,
          column: 4,
          endColumn: 31,
          message: `This aim rests on the slogan "deliver better services" and ${noMeasure}`,
          suggestions: [
            {
              ...addMeasure,
              output: markdown('agreement', '# Partnership agreement', '', '## 2. Objectives', '', 'The objectives of this agreement are:', '', `1. To deliver better services${MEASURE}.`),
            },
          ],
        },
      ],
    },
    {
      name: 'an aim stated in prose',
      code: markdown('strategy', '# Plan', '', 'Our aim is to make the borough a better place.'),
      findings: [
        {
          line: 6,
          column: 1,
          endColumn: 47,
          message: `This aim ${noMeasure}`,
          suggestions: [{ ...addMeasure, output: markdown('strategy', '# Plan', '', `Our aim is to make the borough a better place${MEASURE}.`) }],
        },
      ],
    },
    {
      code: aims('- Strengthen partnership working across the system.'),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 52,
          message: `This aim rests on the slogan "Strengthen partnership" and ${noMeasure}`,
          suggestions: [{ ...addMeasure, output: aims(`- Strengthen partnership working across the system${MEASURE}.`) }],
        },
      ],
    },
    {
      code: aims('- Deliver seamless, person-centred services.'),
      findings: [
        {
          line: 8,
          column: 3,
          endColumn: 45,
          message: `This aim rests on the slogan "person-centred" and ${noMeasure}`,
          suggestions: [{ ...addMeasure, output: aims(`- Deliver seamless, person-centred services${MEASURE}.`) }],
        },
      ],
    },
  ],
});
