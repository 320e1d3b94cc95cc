/** Reads what a section is for from its heading, whatever the numbering or wording. */
import type { SectionMeaning } from './types.js';

const MEANINGS: [SectionMeaning, RegExp][] = [
  ['partners', /\b(partners|parties|partner organisations|signatories|membership|members|who we are|who (is|are|'s) (in|part of|involved)|the partners|member organisations)\b/],
  ['purpose', /\b(purpose|scope|introduction|overview|summary|about this)\b/],
  ['vision', /\b(vision|mission|values|principles|ambition|ethos)\b/],
  ['aims', /\b(aims?|aiming|objectives?|missions|priorit(y|ies)|goals?|ambitions|what we (want|hope|intend|plan|are aiming|aim|are trying) to|what [\w\s]{0,25}(will|want to|aims? to|hopes? to) achieve|what we will achieve|what we want|intended outcomes|our commitments|what success looks like|focus|pledges?|strategic themes?|themes|priority areas|what will be different|what will change|commitment\s*\d+)\b/],
  ['measures', /\b(measures?|measuring|indicators?|kpis?|metrics|targets?|success|performance|evaluation|how (we|will we|you) (will )?know|monitoring|scorecard|dashboard|is it working|keeping track|track(ing)? (of )?progress)\b/],
  ['outcomes', /\b(outcomes?|impact|difference)\b/],
  ['responsibilities', /\b(roles?|responsibilit(y|ies)|who (does|will do|is doing|do|doing) what|who (is|are) responsible|obligations|duties|accountabilit(y|ies)|contributions?|commitments? (of|by)|what each (partner|party|organisation)|what each of us|who (is|are) leading|who leads)\b/],
  ['actions', /\b(actions?|action plan|delivery plan|delivery|delivering|implementation|work ?plan|next steps|what (we|the partnership|partners|the partners|each partner|the parties) will do|how we will (deliver|do it|get there|make it happen)|timetable|milestones)\b/],
  ['governance', /\b(governance|decisions?|decision-making|board|steering|committee|meetings?|reporting|leadership|terms of reference|quorum|voting|how (we|the partnership) (will )?(work|make decisions|decide|is run|are run))\b/],
  ['resources', /\b(resources?|resourcing|financ(e|ial|ing)|funding|budgets?|pooled fund|costs?|money|charges|payment|staffing|premises|what each (partner|party) (brings|contributes))\b/],
  ['involvement', /\b(involv(e|ing|ement)|co-?production|co-?produced|co-?design|engagement|participation|lived experience|voice|voices|consultation|service users?|carers?|residents|patients|tenants|communit(y|ies)|shaped|listening|experts? by experience|people who use)\b/],
  ['workforce', /\b(staff|staffing|workforce|front-?line|practitioners|training|people plan|teams?|the people who)\b/],
  ['review', /\b(review|reviewing|variation|duration|term of (the )?agreement|commencement|looking again|revisit|renewal)\b/],
  ['exit', /\b(exit|termination|terminate|withdrawal|withdrawing|leaving|ending|end of (the )?agreement|notice)\b/],
  ['disputes', /\b(disputes?|disagreements?|escalation|complaints|resolution|resolving)\b/],
  ['risks', /\b(risks?|liabilit(y|ies)|indemnit(y|ies)|insurance)\b/],
  ['signatures', /\b(signatures?|signed|signatories|sign-off|contacts?|contact details)\b/],
  ['background', /\b(foreword|preface|welcome|background|context|policy context|national context|local context|where we are now|why)\b/],
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
  // A heading that is just "The partnership" introduces who is in it.
  if (/^(the |our |about the )?partnership( members| membership)?$/.test(words)) meanings.push('partners');
  for (const [meaning, pattern] of MEANINGS) if (pattern.test(words)) meanings.push(meaning);
  // "Outcome measures" and "Measuring outcomes" are about indicators, not intended outcomes.
  if (meanings.includes('measures') && meanings.includes('outcomes') && !/\bintended outcomes?\b/.test(words)) {
    meanings.splice(meanings.indexOf('outcomes'), 1);
  }
  return meanings;
}
