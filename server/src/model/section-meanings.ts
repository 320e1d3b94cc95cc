/** Reads what a section is for from its heading, whatever the numbering or wording. */
import type { SectionMeaning } from './types.js';

const MEANINGS: [SectionMeaning, RegExp][] = [
  ['partners', /\b(partners|parties|partner organisations|signatories|membership|members|who we are|the partnership)\b/],
  ['purpose', /\b(purpose|scope|introduction|overview|summary)\b/],
  ['vision', /\b(vision|mission|values|principles|ambition)\b/],
  ['aims', /\b(aims?|objectives?|priorit(y|ies)|goals?|what we want to achieve|what we will achieve|intended outcomes|our commitments)\b/],
  ['measures', /\b(measures?|measuring|indicators?|kpis?|metrics|targets?|success|performance|evaluation|how we will know|monitoring)\b/],
  ['outcomes', /\b(outcomes?|impact|difference)\b/],
  ['responsibilities', /\b(roles?|responsibilit(y|ies)|who does what|obligations|duties|accountabilit(y|ies)|contributions?|commitments? of)\b/],
  ['actions', /\b(actions?|action plan|delivery plan|delivery|implementation|work ?plan|next steps|what we will do|timetable|milestones)\b/],
  ['governance', /\b(governance|decision|decisions|decision-making|board|steering|committee|meetings?|reporting|leadership|terms of reference|quorum|voting)\b/],
  ['resources', /\b(resources?|resourcing|financ(e|ial|ing)|funding|budgets?|pooled fund|costs?|money|contributions|charges|payment|staffing|premises)\b/],
  ['involvement', /\b(involv(e|ing|ement)|co-?production|co-?design|engagement|participation|lived experience|voice|consultation|service users?|carers?|residents|patients|communit(y|ies))\b/],
  ['workforce', /\b(staff|staffing|workforce|front-?line|practitioners|training|people plan|teams?)\b/],
  ['review', /\b(review|variation|duration|term of (the )?agreement|commencement|evaluation)\b/],
  ['exit', /\b(exit|termination|terminate|withdrawal|ending|end of (the )?agreement|notice)\b/],
  ['disputes', /\b(disputes?|disagreements?|escalation|complaints|resolution)\b/],
  ['risks', /\b(risks?|liabilit(y|ies)|indemnit(y|ies)|insurance)\b/],
  ['background', /\b(background|context|policy context|national context|local context|where we are now|why)\b/],
];

/** Strips numbering such as "3.", "4.2", "Section 5 -", "Schedule 2:", "Part B". */
export function headingWords(heading: string): string {
  return heading
    .replace(/^\s*((section|schedule|part|clause|annex|appendix)\s+)?([0-9]+(\.[0-9]+)*|[A-Z]|[ivxlc]+)\s*[.):\-–—]?\s+/i, '')
    .trim();
}

export function classifyHeading(heading: string): SectionMeaning[] {
  const words = headingWords(heading).toLowerCase();
  const meanings: SectionMeaning[] = [];
  for (const [meaning, pattern] of MEANINGS) if (pattern.test(words)) meanings.push(meaning);
  // "Outcome measures" and "Measuring outcomes" are about indicators, not intended outcomes.
  if (meanings.includes('measures') && meanings.includes('outcomes') && !/\bintended outcomes?\b/.test(words)) {
    meanings.splice(meanings.indexOf('outcomes'), 1);
  }
  return meanings;
}
