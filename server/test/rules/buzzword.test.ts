import buzzword from '../../src/rules/buzzword.js';
import { markdown, ruleTester } from '../support/rule-tester.js';

const plan = (...lines: string[]) => markdown('strategy', '# Ageing well plan', '', ...lines);

ruleTester.run(buzzword, {
  valid: [
    { code: plan('District nurses and social workers will share one referral form from April 2026.') },
    { name: '"going forward to" a named body is movement', code: plan('The business case is going forward to Cabinet in June.') },
    { name: 'a named tool is not jargon', code: plan('Every patient has a Holistic Needs Assessment within 30 days.') },
    { name: '"leverage" as a noun', code: plan('The new contract gives the council more leverage over prices.') },
    { name: 'a buzzword the project allows', code: plan('Every patient gets a holistic assessment of their needs.'), options: { allow: ['holistic'] } },
  ],
  invalid: [
    {
      code: plan('Every patient gets a holistic assessment of their needs.'),
      findings: [
        {
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 30,
          message: '"holistic" is jargon that hides the meaning: say "whole-person", or say exactly what will happen.',
          output: plan('Every patient gets a whole-person assessment of their needs.'),
        },
      ],
    },
    {
      name: 'two phrases in one sentence are one finding with one fix',
      code: plan('Going forward, we will leverage our assets.'),
      findings: [
        {
          line: 6,
          column: 1,
          endColumn: 32,
          message: '"Going forward" and "leverage" are jargon that hides the meaning: say "From now on" and "use", or say exactly what will happen.',
          output: plan('From now on, we will use our assets.'),
        },
      ],
    },
    {
      name: 'one finding a line, in order, in a list',
      code: plan('- Going forward, the Board will publish its minutes.', '- Partners will share data seamlessly and leverage existing systems.'),
      findings: [
        {
          line: 6,
          column: 3,
          endColumn: 16,
          message: '"Going forward" is jargon that hides the meaning: say "From now on", or say exactly what will happen.',
          output: plan('- From now on, the Board will publish its minutes.', '- Partners will share data seamlessly and leverage existing systems.'),
        },
        {
          line: 7,
          column: 28,
          endColumn: 51,
          message: '"seamlessly" and "leverage" are jargon that hides the meaning: say "without gaps" and "use", or say exactly what will happen.',
          output: plan('- Going forward, the Board will publish its minutes.', '- Partners will share data without gaps and use existing systems.'),
        },
      ],
    },
    {
      name: 'in an agreement too',
      code: markdown('agreement', '# Partnership agreement', '', 'The partners will pick the low-hanging fruit first.'),
      findings: [
        {
          line: 6,
          column: 28,
          endColumn: 45,
          message: '"low-hanging fruit" is jargon that hides the meaning: say "easiest improvements", or say exactly what will happen.',
          output: markdown('agreement', '# Partnership agreement', '', 'The partners will pick the easiest improvements first.'),
        },
      ],
    },
    {
      name: 'extra jargon from the options, with and without a plain replacement',
      code: plan('We will do a deep dive into discharge data.', '', 'We will move the needle on loneliness.'),
      options: { extra: { 'deep dive': 'close look', 'move the needle': null } },
      findings: [
        {
          line: 6,
          column: 14,
          message: '"deep dive" is jargon that hides the meaning: say "close look", or say exactly what will happen.',
          output: plan('We will do a close look into discharge data.', '', 'We will move the needle on loneliness.'),
        },
        {
          line: 8,
          column: 9,
          message: '"move the needle" is jargon that hides the meaning: say in plain words what will happen.',
        },
      ],
    },
    {
      name: 'the plural has its own plain words',
      code: plan('We will take a whole-system approach and create synergies between services.'),
      findings: [
        {
          line: 6,
          column: 49,
          endColumn: 58,
          message: '"synergies" is jargon that hides the meaning: say "combined benefits", or say exactly what will happen.',
          output: plan('We will take a whole-system approach and create combined benefits between services.'),
        },
      ],
    },
  ],
});
