import { describesPeoplesLives, namesChange, namesQuality } from '../language/change.js';
import { isDeliverable } from '../language/deliverables.js';
import { measurableFacts, sloganPattern } from '../language/measurable.js';
import type { Aim } from '../model/types.js';
import { defineRule } from './types.js';

interface Options {
  extraSlogans: string[];
  beneficiaryGroups: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'vague-aim',
    description: 'An aim, objective or intended outcome names no measure, date or group who benefits.',
    defaultSeverity: 'error',
    kinds: ['strategy', 'agreement'],
    level: 'line',
    tags: ['outcomes', 'purpose'],
    fixable: 'suggestion',
    optionsSchema: {
      type: 'object',
      properties: {
        extraSlogans: { type: 'array', items: { type: 'string' }, description: 'Extra phrases that count as slogans.' },
        beneficiaryGroups: { type: 'array', items: { type: 'string' }, description: 'Extra words that name a group who benefits.' },
      },
      additionalProperties: false,
    },
    guidance: {
      why:
        'Partners who never agree what change they are after tend to drift apart, and without a stated change nobody can later tell whether the partnership worked for the people it serves.',
      howToFix:
        'Say who benefits, what changes for them, by how much (a baseline and a target) and by when.',
      goodExample: 'Cut the wait for a home care assessment from 21 to 7 days for adults leaving hospital by March 2027.',
    },
  },
  defaultOptions: { extraSlogans: [], beneficiaryGroups: [] },
  checkPart({ doc, options, report }) {
    // One finding a line: "Priority C: One conversation. Our ambition is ..." states one aim.
    const seen = new Set<number>();
    for (const aim of doc.aims) {
      const line = doc.locate(aim.span.start).line;
      if (seen.has(line)) continue;
      const facts = measurableFacts(aim.context, options.extraSlogans, options.beneficiaryGroups);
      if (facts.measure || facts.date) continue;
      // "Create an annual schedule of events" is a task with an output: its owner matters, not its measure.
      if (!facts.slogan && isDeliverable(aim.text) && !namesQuality(aim.text)) continue;
      // "Read and adhere to the code of conduct" names no change to aim for: a rule or a task, not a vague aim.
      if (!facts.slogan && !namesChange(aim.text) && !describesPeoplesLives(aim.text)) continue;
      if (facts.beneficiary && !facts.slogan) continue;
      seen.add(line);
      const slogan = sloganPattern(options.extraSlogans).exec(aim.text)?.[0];
      report({
        message: slogan
          ? `This aim rests on the slogan "${slogan}" and names no ${facts.beneficiary ? 'measure or date' : 'measure, date or group who benefits'}: say what will change, by how much, by when${facts.beneficiary ? '' : ' and for whom'}.`
          : 'This aim names no measure, date or group who benefits: say what will change, by how much, by when and for whom.',
        span: aim.span,
        suggestions: [measureClause(aim)],
      });
    }
  },
});

/** Inserts a clause to fill in just before the aim's final full stop. */
function measureClause(aim: Aim) {
  const trimmed = aim.text.replace(/[\s.;]+$/, '');
  const at = trimmed.length ? aim.sourceOffset(trimmed.length - 1) + 1 : aim.span.end;
  return {
    description: 'Add a measure, date and beneficiary group to this aim',
    range: [at, at] as [number, number],
    text: ', measured by [indicator] moving from [baseline] to [target] by [month year] for [group who benefits]',
  };
}
