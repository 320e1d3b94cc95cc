/** Whether a line names a change to aim for ("improve", "safer", "foster greater"), as data in vocabulary/change-words. */
import { termsOf } from './vocabulary/entry.js';
import { CHANGE_QUALITIES, CHANGE_STEMS } from './vocabulary/change-words.js';

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
/** Stems match the start of a word ("improv" finds "improving"); qualities match whole words or their start. */
const CHANGE = new RegExp(`(?<!\\w)(?:${[...termsOf(CHANGE_STEMS), ...termsOf(CHANGE_QUALITIES)].map(escape).join('|')})`, 'i');

const QUALITY = new RegExp(`(?<!\\w)(?:${termsOf(CHANGE_QUALITIES).map(escape).join('|')})`, 'i');

export function namesChange(text: string): boolean {
  return CHANGE.test(text);
}

/** "a fairer food system", "better services": the wanted quality of an outcome, even inside a task. */
export function namesQuality(text: string): boolean {
  return QUALITY.test(text);
}

/** "I will have a say …", "Every child loves coming to school", "Tenancies last": a state of people's lives, described as the change. */
const PEOPLE_STATE =
  /^[\s"“'‘*_(\-–—]*((\(?[a-z0-9]+[.)]\s+)?(to\s+)?)?(i|i'm|i’m|every\s+(child|young person|person|family|carer|resident|pupil|patient|tenant)|everyone|people|children|young people|residents|families|carers|patients|parents|tenants|tenancies|communities|pupils|older people|someone)\b/i;

export function describesPeoplesLives(text: string): boolean {
  return PEOPLE_STATE.test(text);
}
