import { AFTER_DECISION, INFORMING, INVOLVING, ONLY_TOLD, USER_GROUPS } from '../language/people.js';
import { memoizeText } from '../language/text-memo.js';
import type { Sentence } from '../model/types.js';
import { insertSectionSkeleton } from './support/skeletons.js';
import { defineRule } from './types.js';

const PUBLISHING = /\b(publish\w*|send\w*|share\w*)\b/i;

export default defineRule({
  meta: {
    id: 'no-user-involvement',
    description: 'Service users, carers or residents are not involved in designing or governing the partnership, or only hear about it after decisions are made.',
    defaultSeverity: 'error',
    kinds: ['strategy', 'agreement'],
    level: 'both',
    tags: ['involvement', 'users'],
    fixable: 'suggestion',
    guidance: {
      why:
        'People who use services care about getting help, not about which agency gives it. Involving them from the very start is the first thing good partnerships do; telling them after the decisions are made is not involvement.',
      howToFix:
        'Say how service users, carers or residents help design the partnership and take part in its governance from the outset.',
      goodExample: 'Two carers and two people with lived experience sit on the Partnership Board and co-chair the design workshops.',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    let involved = false;
    const late: Sentence[] = [];
    for (const sentence of doc.sentences) {
      if (sentence.block === 'heading') continue;
      const reading = readSentence(sentence.text);
      if (reading === 'late') late.push(sentence);
      else if (reading === 'involving') involved = true;
    }
    for (const sentence of late) {
      // Publishing the finished plan to people who already helped shape it is reporting back, not late involvement.
      if (involved && PUBLISHING.test(sentence.text) && !/\b(consult\w*|notif\w*|told|inform\w*)\b/i.test(sentence.text)) continue;
      report({
        message: 'People who use services are only brought in after the decisions are made: informing them is not involving them. Involve them while the plan is still being shaped.',
        span: sentence.span,
      });
    }
    if (!involved && late.length === 0) {
      report({
        message: 'Nowhere does this document involve service users, carers or residents in designing or governing the partnership: say how they will shape it from the start.',
        span: null,
        anchor: doc.sections.find((s) => s.meanings.includes('involvement'))?.headingSpan,
        suggestions: [insertSectionSkeleton(doc, 'involvement')],
      });
    }
  },
});

/** Whether a sentence about service users brings them in late, involves them, or neither. */
const readSentence = memoizeText((text: string): 'late' | 'involving' | null => {
  if (!USER_GROUPS.test(text)) return null;
  if (isLate(text)) return 'late';
  return INVOLVING.test(text) ? 'involving' : null;
});

/** Told or consulted only once the decision is taken ("once the plan is agreed, residents will be informed"). */
function isLate(text: string): boolean {
  // Reporting back to the people who helped write the plan closes the loop; it is not late involvement.
  if (/\bwho (took part|helped|contributed|shaped|worked on|co-?produced)\b/i.test(text)) return false;
  if (ONLY_TOLD.test(text) && !INVOLVING.test(text)) return true;
  if (!AFTER_DECISION.test(text)) return false;
  return INFORMING.test(text) || /\bconsult\w*\b/i.test(text);
}
