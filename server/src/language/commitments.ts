/**
 * Reading commitments: the modal that commits ("will", "shall", "is to be"), the subject before it,
 * and agentless passives ("progress will be monitored") that leave nobody accountable.
 */

import { PROCEDURAL_PARTICIPLES } from './vocabulary/procedural-participles.js';
import { termsOf } from './vocabulary/entry.js';

const MODAL = /\b(will|shall|must|should|is to|are to|needs? to|is going to|are going to|agrees? to|undertakes? to|commits? to)\b/i;

const IRREGULAR_PARTICIPLES =
  'made|done|set|kept|held|met|sent|given|shown|drawn|taken|written|built|run|paid|sought|brought|bought|found|led|put|spent|won|chosen|known|seen|told|understood|undertaken|overseen|drawn up|set up|carried out|signed off|laid|read|cut|let|shut|spread|fed|hidden|borne|forgotten|begun|thought|taught|meant|lent|dealt|heard';
/** "will be monitored", "is to be secured", "shall be agreed": a participle after be (adjectives excluded). */
const PASSIVE = new RegExp(
  String.raw`\b(?:will|shall|must|should|is to|are to|needs? to|need to|is going to|are going to|to)\s+(?:(?:also|then|now|still|only|initially|first|be)\s+)?be\s+((?:\w+ly\s+)?(?:\w+ed|${IRREGULAR_PARTICIPLES}))\b`,
  'i',
);
const NOT_PASSIVE = /^(based|located|involved|interested|concerned|committed|required|expected|needed|dedicated|entitled|supported|pleased|invited|encouraged|asked|tasked|seconded|employed|appointed|hosted|allocated|assigned|accountable|responsible|limited|related|engaged|placed|aligned|focused|focussed|designed|intended|used|linked|tied|subject|able|unable|available)$/i;
/** "by March 2027", "by the end of", "by 2026" set a date, not an agent. */
const DATE_AFTER_BY = /^(the\s+)?(end|start|beginning|close|middle|deadline|time|date|\d|q[1-4]\b|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|next|each|every|no later|then|year|month|week|quarter|financial|agreement|means|way|email|post|phone|letter)/i;

const MONEY = /\b(costs?|risks?|liabilit\w*|savings|overspends?|underspends?|funding|budgets?|contributions?|income|surplus|deficit|balance|grant|fees?|charges?|equally|50\s*\/\s*50)\b/i;

export interface Passive {
  /** Index in the text where the passive's verb phrase starts and ends. */
  start: number;
  end: number;
  participle: string;
  /** The words after "by", when an agent is named ("by the Joint Board"). */
  agent: string | null;
}

const PROCEDURAL = new Set(termsOf(PROCEDURAL_PARTICIPLES));
/** "the data to be transferred": a bare infinitive describes a thing; "funding is to be secured" sets a task. */
const BARE_INFINITIVE_BEFORE = /(?<!\b(is|are|was|were|needs?|has|have|had|going|ought|due|yet))\s+$/i;
/** Words that open a clause depending on another: its passive says when or how, the main clause says who. */
const SUBORDINATE_OPENER = /(^|[,;:(]|\s)\s*(if|when|whenever|where|whereby|wherever|whether|unless|so that|such that|which|as|because|once|until|provided( that)?|while|whilst|in which|for which|that)\s+[^,;:]*$/i;

export function findAgentlessPassive(text: string): Passive | null {
  const match = PASSIVE.exec(text);
  if (!match) return null;
  const participle = match[1].split(/\s+/).pop() ?? match[1];
  if (NOT_PASSIVE.test(participle)) return null;
  const after = text.slice(match.index + match[0].length);
  // "A discount will be applied" describes a term of the deal; "funding is to be applied for" is a task.
  if (PROCEDURAL.has(participle.toLowerCase()) && !(/^applied$/i.test(participle) && /^\s+for\b/i.test(after))) return null;
  const before = text.slice(0, match.index);
  // "Board meetings will be held monthly" is a rule of procedure; "a workshop will be held" is a task.
  if (/^held$/i.test(participle) && /\bmeetings?\s+(of\s+the\s+[\w\s]+?\s+)?$/i.test(before.split(/[,;:]/).pop() ?? '')) return null;
  if (/^to\b/i.test(match[0]) && BARE_INFINITIVE_BEFORE.test(before)) return null;
  // "Updates will be managed as described in the Terms": the procedure named there says who.
  if (/^[\s,]*(as (described|set out|specified|defined|provided)|according to|in accordance with|pursuant to|under the terms of)\b[^.;]{0,40}\b(terms|conditions|policy|policies|procedures?|protocols?|agreement|schedule|annex|appendix|section|clause|plan|rules)\b/i.test(after)) return null;
  // "... so that 75% of adults will be registered": the clause's owner is the main clause's subject.
  if (SUBORDINATE_OPENER.test(before)) return null;
  // "We will be prepared to ..." is willingness; "a report will be prepared for the Board" is a task.
  if (/^prepared$/i.test(participle) && /^\s+to\b/i.test(after)) return null;
  // "Costs will be shared equally" allocates money (a fifty-fifty matter); "proposals will be shared" is a task.
  if (/^(shared|split|divided|apportioned)$/i.test(participle) && MONEY.test(text)) return null;
  // "will be considered successful if ..." says how success is judged, not who acts.
  if (/^(considered|deemed|regarded|judged|seen|shown|measured|assessed|evaluated|demonstrated)$/i.test(participle) && /\b(success\w*|partnership|performance|progress|effectiveness)\b/i.test(text)) return null;
  // "We want girls to be offered a female case worker" states an aim, not a task.
  if (/\b(want|wants|wish|hope|aim|aims|expect|would like)\b[^.]*$/i.test(text.slice(0, match.index))) return null;
  // "No pupil will be arrested ..." forbids; it sets nobody a task.
  if (/(^|[,;:]\s*|\b(and|but|so)\s+)(\(?[\d.]+\)?\s+|\(?[a-z]\)\s+)?no\b[^,;:]*$/i.test(text.slice(0, match.index))) return null;
  // "... will be taken as a sign that ..." says how something is read, like "will be considered".
  if (/^taken$/i.test(participle) && /^\s+as\b/i.test(after)) return null;
  // "Decisions shall be taken by consensus" states a decision rule, not a task to own.
  if (/\bdecisions?\b/i.test(text.slice(0, match.index)) && /^(taken|made|reached|agreed)$/i.test(participle)) return null;
  const start = match.index;
  const end = start + match[0].length;
  const agent = agentAfter(text.slice(end));
  return { start, end, participle, agent };
}

/** The agent named by "by ..." later in the same clause, skipping dates ("by March"). */
function agentAfter(rest: string): string | null {
  const clause = rest.split(/[;]|\.\s|,\s*(?:and|but|which)\b/)[0];
  for (const match of clause.matchAll(/\bby\s+([^,;.]+)/gi)) {
    if (!DATE_AFTER_BY.test(match[1])) return match[1].trim();
  }
  return null;
}

export interface Commitment {
  modalIndex: number;
  /** The words before the modal in its clause: the one who commits. */
  subject: string;
  subjectStart: number;
}

export function findCommitment(text: string): Commitment | null {
  const match = MODAL.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const boundary = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), lastMatch(before, /,|\b(that|where|when|if|and|so)\b/gi));
  const subjectStart = boundary === -1 ? 0 : boundary + 1;
  const raw = text.slice(subjectStart, match.index);
  const leading = raw.length - raw.trimStart().length;
  return { modalIndex: match.index, subject: raw.trim(), subjectStart: subjectStart + leading };
}

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = (match.index ?? 0) + match[0].length - 1;
  return last;
}

const ACTION_VERBS =
  'publish|develop|establish|set|create|review|produce|agree|appoint|deliver|train|hold|run|provide|commission|recruit|launch|implement|map|identify|undertake|carry|complete|design|pilot|introduce|expand|extend|roll|share|collect|monitor|report|evaluate|consult|engage|support|co-produce|coproduce|build|fund|secure|procure|prepare|write|draft|update|ensure|improve|reduce|increase|maintain|convene|organise|arrange|coordinate|co-ordinate|agree|sign|submit|present|host|manage|oversee|lead|chair|bring|set up|draw|make|take|work|explore|scope|test|analyse|audit|align|integrate|embed|promote|raise|deliver|hire|allocate|invest|purchase|buy|contract|tender|refresh|revise|redesign|streamline|track|measure|assess|check|communicate|brief|inform|involve|recruit|facilitate|offer|open|close|move|transfer|pool|hand|respond|resolve|escalate|deploy|adopt|enable|create|give|send|notify|circulate|publicise|ask|invite|visit|meet';
const IMPERATIVE = new RegExp(String.raw`^(to\s+)?(${ACTION_VERBS})(s|es|ed|ing)?\b`, 'i');

/** "Publish the dashboard monthly": an action written as an instruction, with nobody named. */
export function isImperativeAction(text: string): boolean {
  // "Jointly develop a referral form" is an instruction too, and "jointly" names nobody.
  return IMPERATIVE.test(text.replace(/^[*_\s]+/, '').replace(/^(jointly|together|collectively|also|then),?\s+/i, ''));
}
