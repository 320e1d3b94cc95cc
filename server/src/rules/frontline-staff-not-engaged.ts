import { anchorFor, statements } from './support/document-checks.js';
import { insertSectionSkeleton } from './support/skeletons.js';
import { defineRule } from './types.js';

const STAFF =
  /\b(front[- ]?line|staff|practitioners?|workforce|employees|team members?|teams|operatives|surveyors|volunteers?|befrienders?|social workers?|nurses?|care workers?|support workers?|key workers?|teachers?|caseworkers?|case workers?|clinicians?|gps|health visitors?|housing officers?|therapists?|paramedics?|officers|workers)\b/i;
const ENGAGED =
  /\b(brief\w*|involv\w*|design(ing|ed)?\s+(the|a|an|new|our|their)|courses?|learning (sessions?|events?|programmes?|and development)|upskill\w*|engag\w*|train\w*|sessions?|consult\w*|co-?design\w*|co-?produc\w*|workshops?|induction|inducted|role clarity|clear (about )?(their )?roles?|roles? (will be |are )?(clear|clarified|defined|set out)|(sets?|setting) out (their|his|her|its|each \w+[’']s) (own )?roles?|explain\w* (their|his|her) roles?|guides? (to|on|for) (their|the) roles?|job descriptions?|listening|feedback|supervision|communicat\w*|shadowing|learning sessions?|development sessions?|staff forums?|champions?|roadshows?|views|input|say in|shape|shaping|help design|help(ed)? (to )?(design|develop|shape)|told about|informed|updated|question and answer|q&a|team meetings?)\b/i;

export default defineRule({
  meta: {
    id: 'frontline-staff-not-engaged',
    description: 'Front-line staff are not briefed, involved, trained or given clear roles in the change.',
    defaultSeverity: 'warning',
    kinds: ['strategy', 'agreement'],
    level: 'document',
    tags: ['workforce'],
    fixable: 'suggestion',
    guidance: {
      why:
        'Partnerships fail above all when they do not win the commitment of front-line staff; one study saw morale, job satisfaction and role clarity fall in the first year of a mental health partnership.',
      howToFix:
        'Say how front-line staff are briefed, involved in the design, trained and made clear about their roles.',
      goodExample: 'Front-line staff from both teams join the design workshops, get joint training before go-live, and receive a one-page guide to who does what.',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    // In a section about staff, the sentence need not name them again ("Every one of them will ...").
    if (statements(doc).some((s) => (STAFF.test(s.text) || s.meanings.includes('workforce')) && ENGAGED.test(s.text))) return;
    report({
      message: 'Nothing here engages front-line staff, whose commitment partnerships depend on: say how they will be briefed, involved in the design, trained and told what their role is.',
      span: null,
      anchor: anchorFor(doc, ['workforce']),
      suggestions: [insertSectionSkeleton(doc, 'workforce')],
    });
  },
});
