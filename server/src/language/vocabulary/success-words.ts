/**
 * Words that say how a partnership's success is judged ("success", "effective", "KPIs", "outcomes").
 * A count of meetings or attendance beside one of them is offered as a measure of success; the same
 * count without them is a record of activity. Examples pair the word with a count of meetings;
 * counter-examples give the count alone.
 */
import type { VocabularyEntry } from './entry.js';

/** Word starts: "success" also finds "successful", "achiev" finds "achieved", "achievement". */
export const SUCCESS_STEMS: readonly VocabularyEntry[] = [
  { term: 'success', example: 'Success means a high number of meetings held.', counterExample: 'The secretary records the number of meetings held.' },
  { term: 'succeed', example: 'We succeed when the number of meetings held rises.', counterExample: 'The secretary logs the number of meetings held.' },
  { term: 'effective', example: 'An effective partnership keeps up the number of meetings held.', counterExample: 'The partnership lists the number of meetings held.' },
  { term: 'demonstrat', example: 'The number of meetings held demonstrates commitment.', counterExample: 'The annual report gives the number of meetings held.' },
  { term: 'achiev', example: 'We achieved a high number of meetings held.', counterExample: 'The minutes note the number of meetings held.' },
];

/** Whole words and phrases. */
export const SUCCESS_WORDS: readonly VocabularyEntry[] = [
  { term: 'is working', example: 'The partnership is working if the number of meetings held stays high.', counterExample: 'The partnership keeps a tally of the number of meetings held.' },
  { term: 'are working', example: 'Partners are working together when the number of meetings held is high.', counterExample: 'Partners publish the number of meetings held.' },
  { term: 'working well', example: 'Working well means a steady number of meetings held.', counterExample: 'The clerk files the number of meetings held.' },
  { term: 'work well', example: 'We work well if the number of meetings held is steady.', counterExample: 'We note the number of meetings held.' },
  { term: 'works well', example: 'The board works well, with a high number of meetings held.', counterExample: 'The board notes the number of meetings held.' },
  { term: 'show', example: 'Figures show the number of meetings held each year.', counterExample: 'Figures give the number of meetings held each year.' },
  { term: 'shows', example: 'The report shows the number of meetings held.', counterExample: 'The report lists the number of meetings held.' },
  { term: 'shown', example: 'Progress is shown by the number of meetings held.', counterExample: 'Progress notes include the number of meetings held.' },
  { term: 'showing', example: 'A dashboard showing the number of meetings held.', counterExample: 'A dashboard listing the number of meetings held.' },
  { term: 'evidence', example: 'Evidence: the number of meetings held.', counterExample: 'Appendix: the number of meetings held.' },
  { term: 'evidenced', example: 'Progress is evidenced by the number of meetings held.', counterExample: 'Progress reports include the number of meetings held.' },
  { term: 'evidences', example: 'The log evidences the number of meetings held.', counterExample: 'The log records the number of meetings held.' },
  { term: 'judge', example: 'We judge progress by the number of meetings held.', counterExample: 'We record the number of meetings held.' },
  { term: 'judged', example: 'Progress is judged on the number of meetings held.', counterExample: 'The clerk counts the number of meetings held.' },
  { term: 'measure', example: 'We measure progress by the number of meetings held.', counterExample: 'We publish the number of meetings held.' },
  { term: 'measured', example: 'Progress is measured by the number of meetings held.', counterExample: 'The website gives the number of meetings held.' },
  { term: 'measures', example: 'Measures include the number of meetings held.', counterExample: 'Minutes include the number of meetings held.' },
  { term: 'sign of', example: 'A sign of progress is the number of meetings held.', counterExample: 'A table sets out the number of meetings held.' },
  { term: 'signs of', example: 'Signs of progress include the number of meetings held.', counterExample: 'Annual returns include the number of meetings held.' },
  { term: 'proof', example: 'Proof of progress is the number of meetings held.', counterExample: 'The register gives the number of meetings held.' },
  { term: 'prove', example: 'We will prove progress through the number of meetings held.', counterExample: 'We will report the number of meetings held.' },
  { term: 'proves', example: 'The number of meetings held proves our commitment.', counterExample: 'The number of meetings held is in the annual report.' },
  { term: 'healthy', example: 'A healthy partnership keeps up the number of meetings held.', counterExample: 'The partnership keeps a list of the number of meetings held.' },
  { term: 'strength of', example: 'The strength of the partnership is the number of meetings held.', counterExample: 'The secretary reports the number of meetings held.' },
  { term: 'kpi', example: 'KPI: the number of meetings held.', counterExample: 'Note: the number of meetings held.' },
  { term: 'kpis', example: 'KPIs include the number of meetings held.', counterExample: 'Minutes record the number of meetings held.' },
  { term: 'indicator', example: 'Indicator: the number of meetings held.', counterExample: 'Record: the number of meetings held.' },
  { term: 'indicators', example: 'Indicators include the number of meetings held.', counterExample: 'Records include the number of meetings held.' },
  { term: 'target', example: 'Target: the number of meetings held rises.', counterExample: 'Log: the number of meetings held.' },
  { term: 'targets', example: 'Targets cover the number of meetings held.', counterExample: 'Returns cover the number of meetings held.' },
  { term: 'outcome', example: 'Outcome: the number of meetings held.', counterExample: 'Appendix B: the number of meetings held.' },
  { term: 'outcomes', example: 'Outcomes include the number of meetings held.', counterExample: 'Returns include the number of meetings held.' },
  { term: 'performance', example: 'Performance is the number of meetings held.', counterExample: 'The secretary notes the number of meetings held.' },
];
