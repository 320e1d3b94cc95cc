import { termsOf } from '../language/vocabulary/entry.js';
import { SUCCESS_STEMS, SUCCESS_WORDS } from '../language/vocabulary/success-words.js';
import { stemPattern, wordPattern } from '../language/words.js';
import type { Sentence } from '../model/types.js';
import { defineRule } from './types.js';

/** Counts of process: meetings held, attendance, papers produced. */
const PROCESS =
  /\b((number|frequency|count|percentage|proportion|level|rate|regularity)\s+of\s+(\w+\s+){0,3}(meetings?|workshops?|events?|forums?|conferences?|board meetings?|partners attending|attendees)|(attendance|turnout)(\s+rates?)?\s+(at|of)\s+(\w+\s+){0,4}(meetings?|boards?|workshops?|events?|forums?|sessions|conferences?|groups?|panels?|committees?)|minutes\s+of\s+(\w+\s+){0,3}meetings|meetings\s+(that|which)\s+(are|were)\s+quorate|quorate\s+meetings|(number|proportion|percentage)\s+of\s+(\w+\s+){0,3}(that|who)\s+attend|(attendance|turnout)\s+(by|rates?|levels?|figures?)\s+(of\s+)?(partners|members|organisations)|represented\s+at\s+(\w+\s+){0,3}meetings|well[- ]attended|(high|good|full|strong)\s+attendance|meetings?\s+(held|attended|taking place|convened|being held)|(strategies|plans|papers|reports|minutes|action plans?|policies|protocols|reviews?)\s+((have|has) been\s+|are\s+|were\s+|being\s+)?(produced|published|written|submitted|signed off|agreed)|publication of (an?|the)\s+(\w+\s+){0,3}(review|report|strategy|plan|newsletter)|(all|every)\s+partners?\s+(attend|attending|present|represented)|regular(,)?\s+(and\s+)?(well[- ]attended\s+)?(partnership\s+|board\s+)?meetings|attend(s|ing|ed)?\s+(at least\s+)?[^.;]{0,40}(meetings|forums?|boards?|steering groups?|conferences?)|(sit|sits|sitting|sat|come|comes|coming|came) (round|around) the (same )?table|(termly|monthly|quarterly|annual|regular|weekly|fortnightly|bi-monthly|six-weekly)\s+(\w+\s+){0,3}meetings|(conferences?|summits?|forums?|workshops?)\s+(will be\s+|is\s+|are\s+|was\s+|were\s+)?(held|run|attended)|packed (hall|room|house)|(full |busy )?programme of (\w+\s+){0,3}(meetings|forums|workshops|conferences)|how many (\w+\s+){0,3}meetings|held\s+\d+\s+(\w+\s+)?meetings|(produced|published|written|delivered)\s+(\w+\s+){0,3}(strategies|plans|reports|papers)|(was|were)\s+attended\s+by|(papers|briefings|reports)\s+(and\s+\w+\s+)?produced|(workshops?|events?)\s+(delivered|held|run)|(strategy|plan)\s+produced)\b/i;
/** Outputs that are process when they stand as a measure of success ("Falls pathway published", "Group meets every two months"). */
const OUTPUT =
  /\b((document|pathway|strategy|plan|report|review|paper|terms of reference|protocol|policy)\s+(\w+\s+){0,2}(published|completed|produced|agreed|in place|signed off)|(partners?|organisations?|schools?|members?|employers?|businesses)\s+(have\s+)?(signed|signed up|signing)\b|(charter|pledge|compact|protocol)\s+(\w+\s+){0,2}signed|(adopted|signed up to|signed)\s+(the\s+|its\s+|their\s+)?(\w+\s+){0,4}(compact|strategy|charter|pledge|protocol|action plan)|(action plan|work ?plan|delivery plan|risk register)\s+(\w+\s+)?(updated|refreshed|reviewed))\b/i;
/** Only as a stated measure of success: "Group meets every two months with good attendance". */
const MEETING_OUTPUT =
  /\b(meets\s+(\w+\s+){0,3}(quarterly|monthly|weekly|every|each|regularly)|with\s+(\d+|good|high|full)\s+(\w+\s+)?(attend\w*|organisations attending|attendance)|(every|all) (members?|partners?) (present|attending|attended)|(subgroups?|sub-groups?|groups?|boards?|committees?|panels?|forums?)\s+(has\s+|have\s+)?(meet|met|meets)\b)\b/i;
/**
 * Attendance or meeting counts written as a target or a result: a measure of success whatever words
 * surround it ("Attendance of 10,000+ people at the summit", "Increase attendance at events by 5%",
 * "Meeting attendance improved in 2015", "twice-monthly meetings with an average of 5 participants").
 */
const ATTENDANCE_TARGET =
  /\b(attendance\s+of\s+[\d,.]+\s*\+?\s*(k\s+)?(people|attendees|delegates|participants|members)|(increase|grow|raise|boost|improve|maintain|double)\w*\s+(\w+\s+){0,2}(attendance|turnout|footfall)\b[^.;]{0,60}\d|(meeting|event|session|conference)\s+(attendance|turnout)\s+(has\s+|have\s+)?(improved|increased|grew|rose|doubled|went up)|meetings?\s+with\s+(an\s+average\s+of\s+)?\d+\s+(or\s+more\s+)?(participants|attendees|members|people)|(level|frequency)\s+of\s+activity\s+of\s+(\w+\s+){0,3}meetings)\b/i;
/** Words and shapes ("evidence of progress", "shows that") that make a sentence a statement of how success is judged: sentence structure, so an expression. */
const STRONG_SUCCESS = /\b(success(ful)?|judged|measured by|evidence of (progress|success)|demonstrat\w+|proves?|shows? (that|how))\b/i;
/** "We will know the partnership is working if:" makes each item below it a measure of success. */
const SUCCESS_LEAD_IN = /\b(success\w*|succeeding|working|judge\w*|measure\w*|know|key results?|krs?|kpis?|targets?|indicators?|metrics?)\b[^:]*:\s*$/i;
/** Words of judging success (vocabulary/success-words.ts): without one, a count of meetings is a record, not a measure. */
const SUCCESS = new RegExp(`${stemPattern(termsOf(SUCCESS_STEMS)).source}|${wordPattern(termsOf(SUCCESS_WORDS)).source}`, 'i');

export default defineRule({
  meta: {
    id: 'meetings-as-success',
    description: 'Success is measured by meetings, attendance or papers produced rather than by change for people.',
    defaultSeverity: 'warning',
    kinds: ['strategy', 'agreement'],
    level: 'line',
    tags: ['outcomes', 'measures'],
    fixable: null,
    guidance: {
      why:
        'A full diary of well-attended meetings shows activity, not results; treating it as proof of a good partnership is a classic trap.',
      howToFix:
        'Judge success by what changes for service users, and keep meetings as the means, not the measure.',
      goodExample: 'Success means fewer people having to repeat their story: 80% of new referrals handled by one named worker by 2027.',
    },
  },
  defaultOptions: {},
  checkPart({ doc, report }) {
    const lines = new Set<number>();
    for (const sentence of doc.sentences) {
      if (sentence.block === 'heading') continue;
      const measure = inMeasureColumn(sentence) || SUCCESS_LEAD_IN.test(sentence.item?.leadIn ?? '');
      const strong = STRONG_SUCCESS.test(sentence.text);
      const judged = measure || inMeasures(sentence) || strong;
      // Most sentences say nothing about success: ruling them out first spares the long patterns below.
      if (!judged && !SUCCESS.test(sentence.text) && !ATTENDANCE_TARGET.test(sentence.text)) continue;
      // "The Board meets monthly" in prose is a fact; as an item in a list of measures it is an indicator.
      const stated = measure || strong || (inMeasures(sentence) && sentence.block !== 'paragraph');
      const process = ATTENDANCE_TARGET.test(sentence.text) || PROCESS.test(sentence.text) || (judged && OUTPUT.test(sentence.text)) || (stated && MEETING_OUTPUT.test(sentence.text));
      if (!process) continue;
      const line = doc.locate(sentence.span.start).line;
      if (lines.has(line)) continue;
      lines.add(line);
      report({
        message: 'This measures the partnership by its meetings or paperwork, not by what changes for the people it serves: judge success by outcomes for users, such as shorter waits or fewer crises.',
        span: sentence.span,
      });
    }
  },
});

/** In a measures section an indicator needs no "success" word to be one. */
function inMeasures(sentence: Sentence): boolean {
  const meanings = sentence.section?.meanings ?? [];
  return meanings.includes('measures') || meanings.includes('outcomes');
}

/** A cell of a "Measure of success" column of an action plan. */
function inMeasureColumn(sentence: Sentence): boolean {
  for (const [header, cell] of sentence.item?.cells ?? []) {
    if (cell.span.start <= sentence.span.start && sentence.span.end <= cell.span.end) return MEASURE_COLUMN.test(header);
  }
  return false;
}

const MEASURE_COLUMN = /\b(measures?|success|kpis?|indicators?|evidence|outcomes?|how we will know)\b/;
