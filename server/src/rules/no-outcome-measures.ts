import { hasDate, hasMeasure } from '../language/measurable.js';
import { USER_GROUPS } from '../language/people.js';
import { anchorFor, statements } from './support/document-checks.js';
import { insertSectionSkeleton } from './support/skeletons.js';
import type { SectionMeaning } from '../model/types.js';
import { defineRule } from './types.js';

/** Indicators that are about what happens to people, not about the partnership's own activity. */
const OUTCOME_INDICATOR =
  /\b(rates?|proportion|percentage|share of|uptake|crimes?|victims?|anti-?social behaviour|offending|incidents|(deliberate |accidental |dwelling )?fires|fire deaths|smoke alarms?|injur(y|ies)|deaths?|take-up|health checks?|screening|vaccinations?|immunisations?|suitable accommodation|accommodation|tenanc(y|ies)|housed|neet|not in education|in education|number of (people|residents|patients|children|families|households|carers|adults|young people|pupils|older people|tenants|users)|satisf\w*|wellbeing|well-being|quality of life|waiting (times?|lists?)|waits?|admissions?|readmissions?|re-admissions?|delayed discharges?|discharges?|discharged|(still )?living (at home|independently)|attainment|exclusions?|homeless\w*|rough sleep\w*|reoffend\w*|re-offend\w*|employment|life expectancy|mortality|falls|crises|crisis|evictions?|tenanc(y|ies) sustained|independen\w*|self-reported|report (feeling|that|being)|say (they|that)|feel (safer|supported|listened)|loneliness|isolation|attendance at school|school attendance|healthy weight|smoking|obesity|recovery|in work|stable (housing|accommodation)|placements?)\b/i;
const CHANGE = /\b(reduc\w*|increas\w*|fewer|more|rise|fall|halv\w*|doubl\w*|baseline|target|from \d|to \d|improv\w*|cut|raise|lower|higher|(up|down) from)\b/i;
/** Words that name an outcome but measure nothing unless a number comes with them. */
const GENERIC_OUTCOME = /\b(outcomes? for|experience of|independen\w*|better lives)\b/i;

const SCENE_SETTING: SectionMeaning[] = ['background', 'vision', 'partners'];
const TARGET_SECTIONS: SectionMeaning[] = ['aims', 'outcomes', 'measures'];

/** Counts of the partnership's own activity are not outcomes. */
const ACTIVITY = /\b(number of [\w\s]{0,30}\b(registered|referred|seen|contacted|assessed|trained|delivered|held|completed|distributed|attending|signposted|sent|issued)\b|(number|percentage|proportion|share) of (\w+ ){0,2}(assessments|referrals|plans|reviews|cases|visits|contacts|calls|applications|orders|items|deliveries|installations) (completed|made|carried out|delivered|done|sent|issued|processed|held|received|answered|closed)\b|meetings?|attendance at (the )?(board|meetings?|workshops?)|workshops?|papers|minutes|strategies (produced|published)|plans (produced|published)|reports (produced|submitted))\b/i;

export default defineRule({
  meta: {
    id: 'no-outcome-measures',
    description: 'Nothing measures whether outcomes improve for service users, carers or the community.',
    defaultSeverity: 'error',
    kinds: ['strategy', 'agreement'],
    level: 'document',
    tags: ['outcomes', 'measures'],
    fixable: 'suggestion',
    guidance: {
      why:
        'In the end a partnership is judged by whether outcomes for users improve; counting activity alone cannot show that.',
      howToFix:
        'Add at least one measure of change for service users, carers or the community, with a baseline and a target.',
      goodExample: 'Share of carers who say they feel supported: from 41% (2025 survey) to 60% by 2027.',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const measured = statements(doc).some((s) => {
      // Statistics that set the scene ("1,870 households were accepted last year") measure nothing going forward.
      const sceneSetting = s.meanings.some((m) => SCENE_SETTING.includes(m)) && !s.meanings.some((m) => TARGET_SECTIONS.includes(m));
      if (ACTIVITY.test(s.text) || sceneSetting) return false;
      // "Cut the share of care leavers without a home from 14% to 7% by 2028": people, a number, a change, a date.
      if (USER_GROUPS.test(s.text) && hasMeasure(s.text) && CHANGE.test(s.text) && hasDate(s.text)) return true;
      const specific = OUTCOME_INDICATOR.test(s.text);
      if (!specific && !GENERIC_OUTCOME.test(s.text)) return false;
      const targeted = s.meanings.some((m) => TARGET_SECTIONS.includes(m)) || CHANGE.test(s.text);
      const quantified = (hasMeasure(s.text) && targeted) || (hasDate(s.text) && CHANGE.test(s.text));
      const inMeasures = specific && s.meanings.includes('measures') && (CHANGE.test(s.text) || USER_GROUPS.test(s.text));
      return quantified || inMeasures;
    });
    if (measured) return;
    report({
      message: 'Nothing in this document measures whether things get better for service users, carers or the community: add outcome measures with a baseline, a target and a date.',
      span: null,
      anchor: anchorFor(doc, ['measures', 'outcomes']),
      suggestions: [insertSectionSkeleton(doc, 'measures')],
    });
  },
});
