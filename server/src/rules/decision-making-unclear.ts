import { anchorFor, statements } from './support/document-checks.js';
import { insertSectionSkeleton } from './support/skeletons.js';
import { defineRule } from './types.js';

/** Statements of how decisions are taken, not merely that a board exists or "oversees". */
const HOW_DECISIONS =
  /\b(quorum|quorate|votes?|voting|majority|consensus|unanimous\w*|casting vote|delegat\w*|escalat\w*|reserved (matters|decisions)|scheme of delegation|decision[- ]making (process|arrangements|powers|rights)|decisions? (will be|are|shall be|is|must be|can be|may be) (taken|made|reached|agreed|referred)|(decide|decides|determines?|approves?|signs? off|agrees?)\b[^.]{0,80}\b(budget|spend\w*|changes?|variations?|matters|plans?|commissioning|decisions|priorities|allocation)|(decides?|will decide|determines?|chooses?) (who|what|whether|which|how)|cannot agree|fail(s)? to agree|unable to agree|authority to (approve|decide|spend|agree|commit)|(is|are) authorised to|(up to|above|over|below) £\s?\d[^.]{0,60}\b(approv\w*|decid\w*|sign\w* off|agree\w*)|(approved|decided|determined|authori[sz]ed|signed off) (in writing )?by (?!(email|post|phone|letter|the end|the date|no later)\b)(the )?[a-z][\w'’-]*|at (its|their|his|her|the \w+'s) (sole |absolute |reasonable )?discretion|final (decision|say|authority|determination))\b/i;

export default defineRule({
  meta: {
    id: 'decision-making-unclear',
    description: 'The agreement does not say how decisions are taken: who decides what, quorum or voting, delegation and escalation.',
    defaultSeverity: 'error',
    kinds: ['agreement'],
    level: 'document',
    tags: ['governance'],
    fixable: 'suggestion',
    guidance: {
      why:
        'Partners often decide in very different ways (long formal processes in one, quick conversations in another); unless the agreement says how decisions are made, that difference breeds confusion and suspicion.',
      howToFix:
        'State who decides what, the quorum and voting, what is delegated to officers, and how disagreements are escalated.',
      goodExample: 'The Board decides by consensus with a quorum of one member from each partner; spending under £50k is delegated to the programme lead; deadlocks go to the chief executives.',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    if (statements(doc).some((s) => HOW_DECISIONS.test(s.text))) return;
    report({
      message: 'This agreement does not say how decisions are taken: set out who decides what, what makes a meeting quorate, how votes or consensus work, what is delegated and where disagreements are escalated.',
      span: null,
      anchor: anchorFor(doc, ['governance']),
      suggestions: [insertSectionSkeleton(doc, 'governance')],
    });
  },
});
