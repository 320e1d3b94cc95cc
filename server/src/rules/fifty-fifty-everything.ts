import { defineRule } from './types.js';

/** Every form of EQUAL_SPLIT has one of these words: a quick test that rules most sentences out. */
const MIGHT_SPLIT = /50|fifty|half|equal/i;
const EQUAL_SPLIT =
  /\b(50\s*\/\s*50|50\s*:\s*50|fifty[\s-]fifty|50(\s*(per ?cent|%))?\s+each|half each|equal(ly)?\s+(shares?|split|parts|proportions|basis|measure)|(shared|split|divided|borne|met|funded|paid|apportioned|owned|held|taken)\s+(\w+\s+){0,3}equally|equally\s+(shared|split|divided|borne|met|funded|apportioned)|(contribute|contributes|share|shares|invest|pay|fund|bear|own|split|divide)\s+(\w+\s+){0,2}equally|(split|share|divide)\s+(every|all)\b[^.;]{0,60}\bequally|in equal (shares|parts|proportions|measure)|on an equal (basis|footing)|equal partners)\b/i;
/** What makes a split blanket: it covers everything, or several kinds of thing at once. */
const UNIVERSAL = /\b(all|every|everything|each and every|in every respect|in all respects|in all things|all aspects)\b/i;
const CATEGORY = /\b(costs?|risks?|decisions?|resources?|liabilit(y|ies)|benefits?|responsibilit(y|ies)|funding|savings?|income|overspends?|underspends?|losses|gains|rewards|accountabilit(y|ies)|assets?|expenditure|budgets?)\b/gi;
const JUSTIFIED = /\b(because|since|as both|as each|reflect(s|ing)?|in proportion|proportionate(ly)?|based on|according to|in line with (their|each)|given that|which matches|mirrors)\b/i;

export default defineRule({
  meta: {
    id: 'fifty-fifty-everything',
    description: 'Every cost, risk and decision is split equally instead of in proportion to what each partner brings and gains.',
    defaultSeverity: 'error',
    kinds: ['strategy', 'agreement'],
    level: 'line',
    tags: ['resources', 'governance'],
    fixable: 'suggestion',
    guidance: {
      why:
        'Splitting every cost, risk and decision down the middle sounds fair but ignores what each partner actually brings and uses; experienced practitioners list it among the worst tips for running a partnership.',
      howToFix:
        'Agree each contribution on its own merits and give the reason for the split of each item.',
      goodExample: 'The council funds 70% of the hub’s running costs because 70% of its referrals come from adult social care.',
    },
  },
  defaultOptions: {},
  checkPart({ doc, report }) {
    for (const sentence of doc.sentences) {
      const split = MIGHT_SPLIT.test(sentence.text) ? EQUAL_SPLIT.exec(sentence.text) : null;
      if (!split) continue;
      const categories = new Set([...sentence.text.matchAll(CATEGORY)].map((m) => m[1].toLowerCase().replace(/s$/, '')));
      // "We are equal partners in every respect" is the blanket rule; "the people we work with are equal partners" is respect.
      const partnersOnly = /^equal partners$/i.test(split[0]) && categories.size === 0 && !/\b(in every respect|in all (respects|things|matters))\b/i.test(sentence.text);
      if (partnersOnly) continue;
      const blanket = UNIVERSAL.test(sentence.text) || categories.size >= 2 || /equal partners|in every respect|in all respects/i.test(split[0]);
      if (!blanket || (JUSTIFIED.test(sentence.text) && categories.size < 2 && !/\b(everything|every respect|all respects)\b/i.test(sentence.text))) continue;
      report({
        message: 'This splits everything equally, whatever each partner puts in or gets out: agree each cost, risk and decision separately, in proportion to contribution and benefit, and say why.',
        span: sentence.span,
        suggestions: [
          {
            description: 'Replace with a proportional cost-sharing clause to fill in',
            range: [sentence.span.start, sentence.span.end],
            text: 'Each cost is shared in proportion to [what each partner contributes or uses, e.g. referrals or staff time], reviewed [annually]; risks sit with [the partner best placed to manage each one], and decisions follow the [governance section].',
          },
        ],
      });
    }
  },
});
