/**
 * Owners that name nobody in particular: "All partners", "the partnership", "TBC". An action owned by
 * one of them has no one who answers for it. Examples are owner cells read as diffuse; counter-examples
 * use the same words but name a lead, so somebody does answer.
 */
import type { VocabularyEntry } from './entry.js';

export const DIFFUSE_OWNERS: readonly VocabularyEntry[] = [
  { term: 'all partners', example: 'All partners', counterExample: 'All partners (led by Ashdown Council)' },
  { term: 'all the partners', example: 'All the partners', counterExample: 'All the partners, led by the Programme Manager' },
  { term: 'all parties', example: 'All parties', counterExample: 'All parties, coordinated by the Council' },
  { term: 'both parties', example: 'Both parties', counterExample: 'Both parties (the Trust leads)' },
  { term: 'all agencies', example: 'All agencies', counterExample: 'All agencies, led by Northmarsh Police' },
  { term: 'all organisations', example: 'All organisations', counterExample: 'All organisations (Data Protection Officer leads)' },
  { term: 'all members', example: 'All members', counterExample: 'All members, led by the Chair' },
  { term: 'all partner organisations', example: 'All partner organisations', counterExample: 'All partner organisations (ICB leads)' },
  { term: 'the partnership', example: 'The partnership', counterExample: 'The partnership manager' },
  { term: 'the partners', example: 'The partners', counterExample: 'The partners, led by the Council' },
  { term: 'partners', example: 'Partners', counterExample: 'Partners (Housing Lead)' },
  { term: 'partnership', example: 'Partnership', counterExample: 'Partnership Coordinator' },
  { term: 'everyone', example: 'Everyone', counterExample: 'Everyone in the Council’s housing team' },
  { term: 'everybody', example: 'Everybody', counterExample: 'Everybody, led by the Head of Service' },
  { term: 'all', example: 'All', counterExample: 'All, led by the Director of Public Health' },
  { term: 'jointly', example: 'Jointly', counterExample: 'Ashdown Council, with partners jointly' },
  { term: 'joint', example: 'Joint', counterExample: 'Ashdown Council, with joint funding' },
  { term: 'tbc', example: 'TBC', counterExample: 'Housing Lead (TBC: deputy)' },
  { term: 'tba', example: 'TBA', counterExample: 'Council (venue TBA)' },
  { term: 'tbd', example: 'TBD', counterExample: 'Programme Manager (date TBD)' },
  { term: 'to be confirmed', example: 'To be confirmed', counterExample: 'Council housing officer, date to be confirmed' },
  { term: 'to be agreed', example: 'To be agreed', counterExample: 'Trust finance lead, budget to be agreed' },
  { term: 'to be determined', example: 'To be determined', counterExample: 'ICB, scope to be determined' },
  { term: 'to be decided', example: 'To be decided', counterExample: 'Police inspector, venue to be decided' },
  { term: 'n/a', example: 'N/A', counterExample: 'Council (n/a for the Trust)' },
  { term: 'various', example: 'Various', counterExample: 'Various teams, led by the Council' },
  { term: 'various partners', example: 'Various partners', counterExample: 'Various partners, coordinated by the ICB' },
  { term: 'all stakeholders', example: 'All stakeholders', counterExample: 'All stakeholders, led by the Programme Manager' },
  { term: 'stakeholders', example: 'Stakeholders', counterExample: 'Stakeholder Engagement Officer' },
  { term: 'we', example: 'We', counterExample: 'We (Ashdown Council)' },
  { term: 'us', example: 'Us', counterExample: 'Us, through the Housing Manager' },
  { term: 'the system', example: 'The system', counterExample: 'The system lead at the ICB' },
  { term: 'partners collectively', example: 'Partners collectively', counterExample: 'Partners collectively, led by the Trust' },
  { term: 'all of us', example: 'All of us', counterExample: 'All of us, coordinated by the Council' },
  { term: 'shared', example: 'Shared', counterExample: 'Shared, with the Council as lead' },
  { term: 'collective', example: 'Collective', counterExample: 'Collective, with the Chair as lead' },
  { term: 'collectively', example: 'Collectively', counterExample: 'Collectively, through the Programme Board' },
  { term: 'system partners', example: 'System partners', counterExample: 'System partners, led by the ICB' },
  { term: 'all system partners', example: 'All system partners', counterExample: 'All system partners (ICB leads)' },
  { term: 'partners jointly', example: 'Partners jointly', counterExample: 'Partners jointly, led by the Council' },
  { term: 'partners together', example: 'Partners together', counterExample: 'Partners together, led by the Police' },
  { term: 'the partners jointly', example: 'The partners jointly', counterExample: 'The partners jointly, with the Trust as lead' },
  { term: 'all partners jointly', example: 'All partners jointly', counterExample: 'All partners jointly, led by the Council' },
];

/** In a sentence, "we" and "all" as subjects are ordinary prose, not a diffuse owner: a subset of the list above. */
export const WEAK_SUBJECTS: ReadonlySet<string> = new Set(['we', 'us', 'all', 'shared', 'joint', 'collective']);
