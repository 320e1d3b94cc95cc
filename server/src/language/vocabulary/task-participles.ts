/**
 * Participles that make "will be ..." a task ("The strategy will be reviewed", "A lead will be
 * appointed"). Under a heading of priorities, such a line is an action somebody must carry out, not an
 * aim. The "will be", "shall be", "is to be" around them is sentence structure and stays an expression
 * in model/aims.ts. Counter-examples under the same heading say what should change, and are aims.
 */
import type { VocabularyEntry } from './entry.js';

export const TASK_PARTICIPLES: readonly VocabularyEntry[] = [
  { term: 'reviewed', example: 'The carers strategy will be reviewed each year.', counterExample: 'Carers will be healthier and better supported.' },
  { term: 'commissioned', example: 'A falls service will be commissioned for the borough.', counterExample: 'Falls among older people will be rarer.' },
  { term: 'published', example: 'A directory of support will be published online.', counterExample: 'Support will be easier to find for families.' },
  { term: 'introduced', example: 'A single referral form will be introduced.', counterExample: 'Referrals will be quicker for families in crisis.' },
  { term: 'funded', example: 'Two outreach posts will be funded by the trust.', counterExample: 'Rough sleeping will be rare, brief and non-recurring.' },
  { term: 'set up', example: 'A shared risk register will be set up.', counterExample: 'Partners will be stronger together.' },
  { term: 'appointed', example: 'A dementia lead will be appointed in each practice.', counterExample: 'People with dementia will be better supported.' },
  { term: 'held', example: 'A summit on healthy ageing will be held in the spring.', counterExample: 'Older people will be more active.' },
  { term: 'established', example: 'A steering group will be established.', counterExample: 'Young people will be safer online.' },
  { term: 'launched', example: 'The carers’ card will be launched in June.', counterExample: 'Carers will be less isolated.' },
  { term: 'piloted', example: 'Social prescribing will be piloted in two practices.', counterExample: 'Lonely residents will be better connected.' },
  { term: 'produced', example: 'A joint commissioning framework will be produced.', counterExample: 'Children in care will be more settled.' },
  { term: 'mapped', example: 'Every green space will be mapped.', counterExample: 'Green spaces will be busier and better loved.' },
  { term: 'rolled out', example: 'The falls app will be rolled out to all care homes.', counterExample: 'Care home residents will be safer.' },
  { term: 'procured', example: 'A new case management system will be procured.', counterExample: 'Families will be helped sooner.' },
  { term: 'recruited', example: 'Twenty volunteer drivers will be recruited.', counterExample: 'Rural residents will be less isolated.' },
  { term: 'written', example: 'A communications plan will be written.', counterExample: 'Residents will be better informed about services.' },
  { term: 'drafted', example: 'The data-sharing agreement will be drafted.', counterExample: 'Personal data will be safer.' },
  { term: 'updated', example: 'The safeguarding policy will be updated.', counterExample: 'Children will be safer at home and at school.' },
  { term: 'refreshed', example: 'The needs assessment will be refreshed.', counterExample: 'Health inequalities will be narrower.' },
  { term: 'audited', example: 'Care plans will be audited each quarter.', counterExample: 'Care will be more personal.' },
  { term: 'installed', example: 'Defibrillators will be installed in every village hall.', counterExample: 'More people will survive a cardiac arrest.' },
];
