/**
 * What makes a statement of intent measurable: a number or percentage, a baseline and target, a date
 * or timeframe, or a named group of people who benefit. Slogans are recognised separately, since
 * "improve outcomes through joined-up working" sounds fine and commits to nothing.
 */
import { BENEFICIARY_GROUPS } from './vocabulary/beneficiary-groups.js';
import { termsOf } from './vocabulary/entry.js';
import { SLOGANS } from './vocabulary/slogans.js';
import { phrasePattern } from './words.js';

const NUMBER_WORDS = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|a third|a quarter|two thirds|three quarters|double|halve|treble|triple)';
const MEASURE = new RegExp(
  [
    String.raw`\d+(\.\d+)?\s*(%|per ?cent|percentage points?|pp\b)`,
    String.raw`£\s?\d`,
    String.raw`\bfrom\s+[£]?\d[\d,.]*\s*%?\s+(\w+\s+){0,3}to\s+[£]?\d`,
    String.raw`\b(baseline|target)\s*(of|:|is|=)?\s*[£]?\d`,
    String.raw`(?<![\w/-])\d[\d,]*(\.\d+)?(?![\d/-])\s*(\w+\s+){0,2}(people|persons?|adults|children|young people|families|households|patients|residents|carers|users|homes|places|beds|visits|admissions|discharges|days|weeks|hours|minutes|referrals|assessments|plans|cases|staff|schools|pupils|a (day|week|month|year)|per (day|week|month|year|cent)|each (day|week|month|year))`,
    // "people over 75" gives an age, not a target
    String.raw`(?<!\b(people|adults|aged|those|men|women|children|residents|patients)\s)\b(at least|no more than|fewer than|more than|less than|under|over|above|below|within|up to|every|all)\s+\d`,
    String.raw`\b${NUMBER_WORDS}\b\s+(\w+\s+){0,2}(people|families|households|per ?cent|times|days|weeks|months)`,
    String.raw`\b(halve|double|treble|triple|eliminate|zero(?! tolerance)|no (one|child|person|family|resident))\b`,
    String.raw`\b(rate|proportion|percentage|number|waiting times?|time to)\b[^.]{0,60}\b(from|to|by)\s+[£]?\d`,
    // "Sample KR: >20 projects apply", "Target: 40 schools": a labelled result with a number.
    String.raw`\b(kr|krs|kpis?|key results?|targets?|indicators?|metrics?|success measures?|measures? of success)\b\s*[:\-–—]?[^.:]{0,60}?[>≥<≤~]?\s*\d`,
    // partnerlint's own template, inserted by a suggestion and waiting to be filled in
    String.raw`from \[baseline\] to \[target\]`,
  ].join('|'),
  'i',
);

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE = new RegExp(
  [
    String.raw`\b(by|before|until|from|in|during|within|after|end of|by the end of|no later than|starting|from)\s+(the\s+)?((end|start|spring|summer|autumn|winter|q[1-4]|quarter \d)\s+(of\s+)?)?((${MONTHS})\s+)?(20\d\d|19\d\d)(\/\d\d)?\b`,
    String.raw`\b(${MONTHS})\s+20\d\d\b`,
    String.raw`\b20\d\d\s*[/–-]\s*(20)?\d\d\b`,
    String.raw`\b\d{1,2}(st|nd|rd|th)?\s+(${MONTHS})\b`,
    String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
    String.raw`\bwithin\s+(\d+|${NUMBER_WORDS}|a|one|an)\s+(working\s+)?(minutes?|hours?|days?|weeks?|months?|years?)\b`,
    String.raw`\b(over|in|during)\s+the\s+(next|first|coming)\s+(\d+|${NUMBER_WORDS}|few)?\s*(days?|weeks?|months?|years?)\b`,
    String.raw`\b(by|before|in)\s+(year\s+\w+|the end of (the )?(year|strategy|agreement|plan|financial year|this strategy|the plan period|(the )?(first|second|third) year))\b`,
    String.raw`\b(q[1-4])\s*(20\d\d|\d\d)\b`,
    String.raw`\b(annually|each year|every year|quarterly|each quarter|every quarter|monthly|each month|every month|by (the )?20\d\d)\b`,
    // "by Q2", "by end of Q1", "by end of year", "5% YoY": the year is the plan's own.
    String.raw`\b(by|before|in|during)\s+(the\s+)?(end\s+of\s+)?(q[1-4]|h[12]|the\s+(first|second)\s+half)\b`,
    String.raw`\bby\s+(the\s+)?end\s+of\s+(the\s+)?(year|quarter|month)\b`,
    String.raw`\b(yoy|year[- ]on[- ]year|year[- ]over[- ]year)\b`,
  ].join('|'),
  'i',
);

/** "disabled adults", "autistic children": a described group, not a whole population. */
const DESCRIBED_GROUP =
  /\b(older|disabled|vulnerable)\s+(or|and)\s+(older|disabled|vulnerable)\s+(residents?|people|adults|tenants)\b|\b(men|women|adults|people|children|young people|girls|boys)\s+(aged|over|under)\s+\d+|\b(children|parents|carers|families|partners) of\s+([\w-]+\s+){0,2}(children|families|veterans|pupils|people|personnel|patients)\b|\b(men|man) who (have|has) sex with men\b|\b(disabled|older|autistic|deaf|blind|frail|homeless|bereaved|pregnant|lone|unpaid|young|looked-after)\s+(adults|people|children|residents|tenants|parents|women|men|carers|mothers)\b/i;

export interface MeasurableFacts {
  measure: boolean;
  date: boolean;
  beneficiary: boolean;
  slogan: boolean;
}

const GROUPS = termsOf(BENEFICIARY_GROUPS);
const SLOGAN_TERMS = termsOf(SLOGANS);
const DEFAULT_GROUPS = phrasePattern(GROUPS, 'i');
/** "children's services" names a department, not children who benefit. */
const DEPARTMENT = /\b(children|young people|adults?|older people)('s|s'|’s)?\s+(social care|services|social services|commissioning|partnership|team|department|directorate|trust)\b/gi;

export function measurableFacts(text: string, extraSlogans: readonly string[], extraGroups: readonly string[]): MeasurableFacts {
  return {
    measure: MEASURE.test(text),
    date: DATE.test(text),
    beneficiary:
      DESCRIBED_GROUP.test(text) || (extraGroups.length ? phrasePattern([...GROUPS, ...extraGroups], 'i') : DEFAULT_GROUPS).test(text.replace(DEPARTMENT, ' ')),
    slogan: sloganPattern(extraSlogans).test(text),
  };
}

export function hasDate(text: string): boolean {
  return DATE.test(text);
}

export function hasMeasure(text: string): boolean {
  return MEASURE.test(text);
}

const DEFAULT_SLOGANS = phrasePattern(SLOGAN_TERMS, 'i');

/** Compiled once for the built-in list: aims and table cells ask for it many times a document. */
export function sloganPattern(extra: readonly string[]): RegExp {
  return extra.length ? phrasePattern([...SLOGAN_TERMS, ...extra], 'i') : DEFAULT_SLOGANS;
}
