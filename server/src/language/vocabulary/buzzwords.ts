/**
 * Management jargon, each phrase with the plain words that can replace it (null: rewording needs a
 * person). Examples use the phrase as jargon; counter-examples use the same words literally, or say the
 * plain thing, and must draw nothing. "leverage" is a verb only in some sentences, so the buzzword rule
 * reads it by sentence structure, not from this list.
 */
import type { VocabularyEntry } from './entry.js';

export interface Buzzword extends VocabularyEntry {
  replacement: string | null;
}

export const BUZZWORDS: readonly Buzzword[] = [
  { term: 'thinking outside the box', replacement: 'fresh thinking', example: 'We need some thinking outside the box.', counterExample: 'We need some fresh thinking.' },
  { term: 'thinking out of the box', replacement: 'fresh thinking', example: 'Partners welcome thinking out of the box.', counterExample: 'Partners welcome new ideas.' },
  { term: 'think outside the box', replacement: 'think afresh', example: 'Staff are asked to think outside the box.', counterExample: 'Staff are asked to suggest changes.' },
  { term: 'think out of the box', replacement: 'think afresh', example: 'We will think out of the box about transport.', counterExample: 'We will review the bus routes.' },
  { term: 'out-of-the-box thinking', replacement: 'fresh thinking', example: 'The fund rewards out-of-the-box thinking.', counterExample: 'The fund rewards new approaches.' },
  { term: 'outside-the-box thinking', replacement: 'fresh thinking', example: 'The board values outside-the-box thinking.', counterExample: 'The board values clear proposals.' },
  { term: 'joined-up thinking', replacement: 'shared planning', example: 'Joined-up thinking across the council.', counterExample: 'One plan across the council.' },
  { term: 'going forward', replacement: 'from now on', example: 'Going forward, the board meets monthly.', counterExample: 'The business case is going forward to Cabinet in June.' },
  { term: 'synergy', replacement: 'combined benefit', example: 'The merger creates synergy.', counterExample: 'The merger saves two posts.' },
  { term: 'synergies', replacement: 'combined benefits', example: 'We will find synergies between services.', counterExample: 'We will share one reception.' },
  { term: 'synergistic', replacement: 'mutually reinforcing', example: 'A synergistic approach to prevention.', counterExample: 'A joint approach to prevention.' },
  { term: 'step change', replacement: 'large, measurable change', example: 'A step change in housing supply.', counterExample: 'Two hundred more homes a year.' },
  { term: 'step-change', replacement: 'large, measurable change', example: 'A step-change in recycling rates.', counterExample: 'Recycling rates rise to 60 per cent.' },
  { term: 'blue-sky', replacement: 'speculative', example: 'Hold a blue-sky workshop on modular housing.', counterExample: 'Hold a workshop on modular housing.' },
  { term: 'blue sky thinking', replacement: 'exploratory thinking', example: 'The day is for blue sky thinking.', counterExample: 'The day is for ideas.' },
  { term: 'low-hanging fruit', replacement: 'easiest improvements', example: 'Start with the low-hanging fruit.', counterExample: 'Start with the quickest repairs.' },
  { term: 'paradigm shift', replacement: 'fundamental change', example: 'A paradigm shift in care.', counterExample: 'Care moves from hospital to home.' },
  { term: 'best-in-class', replacement: 'leading', example: 'Best-in-class digital services.', counterExample: 'Digital services that work on any phone.' },
  { term: 'best in class', replacement: 'leading', example: 'A best in class training offer.', counterExample: 'A training offer for every new starter.' },
  { term: 'holistic', replacement: 'whole-person', example: 'Every patient gets a holistic assessment.', counterExample: 'Every patient has a Holistic Needs Assessment within 30 days.' },
  { term: 'holistically', replacement: 'as a whole', example: 'We look at needs holistically.', counterExample: 'We look at every need together.' },
  { term: 'seamless', replacement: 'well-coordinated', example: 'A seamless discharge from hospital.', counterExample: 'The Seamless Care Network runs discharge support.' },
  { term: 'seamlessly', replacement: 'without gaps', example: 'Services work seamlessly together.', counterExample: 'Services share one referral form.' },
];
