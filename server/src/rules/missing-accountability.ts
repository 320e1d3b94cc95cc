import type { Fix } from '../engine/types.js';
import { findAgentlessPassive, findCommitment, isImperativeAction, type Commitment } from '../language/commitments.js';
import { isAccountableOwner, isDiffuseOwner, type OwnerVocabulary } from '../language/owners.js';
import type { Action, PartnershipDocument, Span } from '../model/types.js';
import type { Report } from './types.js';
import { defineRule } from './types.js';
import { insertSectionSkeleton } from './support/skeletons.js';

interface Options {
  owners: string[];
  diffuseOwners: string[];
}

const MAX_OWNER_SUGGESTIONS = 6;

export default defineRule<Options>({
  meta: {
    id: 'missing-accountability',
    description: 'A commitment or action has no accountable owner, or an agreement says nowhere who does what.',
    defaultSeverity: 'error',
    kinds: ['strategy', 'agreement'],
    level: 'both',
    tags: ['roles', 'accountability'],
    fixable: 'suggestion',
    optionsSchema: {
      type: 'object',
      properties: {
        owners: { type: 'array', items: { type: 'string' }, description: 'Extra words or names that count as accountable owners.' },
        diffuseOwners: { type: 'array', items: { type: 'string' }, description: 'Extra phrases that do not count as owners.' },
      },
      additionalProperties: false,
    },
    guidance: {
      why:
        'An action that "will be done" by nobody in particular, or by "all partners", is an action nobody will chase. Lacking a clear agreement on who does what is one of the practical reasons partnerships founder.',
      howToFix:
        'Name the one organisation or post that answers for the action, and put it in the owner column or before the verb.',
      goodExample: 'The Joint Commissioning Manager (City Council) will report progress to the Partnership Board each quarter.',
    },
  },
  defaultOptions: { owners: [], diffuseOwners: [] },
  checkPart({ doc, options, report }) {
    const vocabulary = ownerVocabulary(doc, options);
    const reported = new Set<number>();
    for (const action of doc.actions) {
      const finding = checkAction(action, vocabulary, doc);
      const line = doc.locate(action.span.start).line;
      if (!finding || reported.has(line)) continue;
      reported.add(line);
      // Point at the partners list: the owner is usually one of them.
      const listed = doc.partners[0];
      report(listed ? { ...finding, related: [{ message: 'The partners this document names are listed here.', span: listed.span }] } : finding);
    }
  },
  check({ doc, options, report }) {
    if (doc.kind === 'agreement' && !hasWhoDoesWhat(doc, ownerVocabulary(doc, options))) {
      report({
        message: 'This agreement never sets out who does what: add a section or table that names, for each action, the partner or post accountable for it.',
        span: null,
        suggestions: [insertSectionSkeleton(doc, 'responsibilities')],
      });
    }
  },
});

function ownerVocabulary(doc: PartnershipDocument, options: Options): OwnerVocabulary {
  return { partners: doc.partners, owners: options.owners, diffuse: options.diffuseOwners };
}

function checkAction(action: Action, vocabulary: OwnerVocabulary, doc: PartnershipDocument): Report | null {
  const text = action.text;
  if (action.source !== 'prose' && action.owner) {
    // A lead-in ("We will:", "All partners will:") is read by its subject, like a sentence.
    const leadIn = /(:|\bwill|\bshall)\s*$/i.test(action.owner.text);
    const owner = leadIn ? leadInSubject(action.owner.text) : action.owner.text;
    if (!isDiffuseOwner(owner, vocabulary, { whole: leadIn })) return null;
    const empty = action.owner.text.trim() === '';
    return {
      message: empty
        ? 'This action has an empty owner: name the partner or post accountable for it.'
        : `"${action.owner.text.trim()}" is not an accountable owner: name the one partner or post that answers for this action.`,
      span: action.item?.span ?? action.span,
      // A lead-in owns many items: name the owner on this item rather than rewrite the lead-in.
      suggestions: leadIn
        ? ownerSuggestions(doc, { start: action.span.end, end: action.span.end }, (name) => ` (owner: ${name})`)
        : ownerSuggestions(doc, action.owner.span, (name) => (empty ? ` ${name} ` : name)),
    };
  }
  if (/:\s*$/.test(text)) return null;

  const passive = findAgentlessPassive(text);
  if (passive && !passive.agent && !subjectOwnsPassive(text, passive.start, vocabulary) && !isEscalationRoute(action, text, passive.end)) {
    const at = action.sourceOffset(passive.end);
    return {
      message: `"${text.slice(passive.start, passive.end)}" says what will happen but not who will do it: name the partner or post accountable.`,
      span: action.span,
      suggestions: ownerSuggestions(doc, { start: at, end: at }, (name) => ` by ${name}`),
    };
  }

  const found = findCommitment(text);
  const commitment = found && withSharedSubject(text, found);
  const diffuse =
    commitment?.subject &&
    (isSharedWithoutLead(commitment.subject, vocabulary, text) ||
      (!isRelational(text, commitment.modalIndex) && isDiffuseSubject(commitment.subject, vocabulary, text)));
  if (commitment && diffuse) {
    const start = action.sourceOffset(commitment.subjectStart);
    const subjectSpan = { start, end: action.sourceOffset(commitment.subjectStart + commitment.subject.length - 1) + 1 };
    return {
      message: `"${commitment.subject}" is not an accountable owner: name the one partner or post that will do this.`,
      span: action.span,
      suggestions: ownerSuggestions(doc, subjectSpan, (name) => name),
    };
  }

  if (action.source === 'list' && !commitment && isImperativeAction(text)) {
    const end = action.span.end;
    return {
      message: 'This action names nobody to carry it out: add the partner or post accountable for it.',
      span: action.span,
      suggestions: ownerSuggestions(doc, { start: end, end }, (name) => ` (owner: ${name})`),
    };
  }
  return null;
}

/** Names joined by commas and "and" at the start of a sentence: "DfE, DHSC and the Home Office". */
const NAME = String.raw`(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|[A-Z][\w&'’-]*))*`;
const SHARED_SUBJECT = new RegExp(String.raw`^[\s*(\-\d.)]*(${NAME}(?:\s*,\s*${NAME})*\s+and\s+${NAME})\s*$`);

/** The commitment reader stops a subject at "and"; a sentence that opens with "A and B will" has both as its subject. */
function withSharedSubject(text: string, commitment: Commitment): Commitment {
  const shared = SHARED_SUBJECT.exec(text.slice(0, commitment.modalIndex));
  if (!shared) return commitment;
  return { ...commitment, subject: shared[1], subjectStart: text.indexOf(shared[1]) };
}

/** "Disputes will be referred to the two Directors": a disputes clause names who hears them; nobody has a task. */
function isEscalationRoute(action: Action, text: string, passiveEnd: number): boolean {
  if (!action.section?.meanings.includes('disputes')) return false;
  return /(referred|escalated|passed)$/i.test(text.slice(0, passiveEnd)) && /^\s+(first\s+)?to\s+(the\s+|both\s+|each\s+)?[A-Z\w]/.test(text.slice(passiveEnd));
}

/** "The Board will be responsible..." is caught as not passive; "NCC will be supported to ..." has a subject. */
function subjectOwnsPassive(text: string, passiveStart: number, vocabulary: OwnerVocabulary): boolean {
  const subject = text.slice(0, passiveStart).split(/[,;:]/).pop() ?? '';
  return /\b(ensure|make sure|check|see)\b/i.test(subject) && isAccountableOwner(subject, vocabulary);
}

/** "All partners will ..." and "The partnership will ..." (the whole subject, not "the partnership's plan"). */
function isDiffuseSubject(subject: string, vocabulary: OwnerVocabulary, sentence: string): boolean {
  const words = subject
    .replace(/^(\(?[A-Za-z]?\d+(\.\d+)*[.)]?|\(?[a-z][.)])\s+/, '')
    .replace(/^(and|but|then|also|so|instead|in future|from now on),?\s+/i, '')
    .trim();
  if (words.split(/\s+/).length > 5 || /['’]s\b/.test(words)) return false;
  // In an agreement "The Parties shall ..." binds each party; it is diffuse only when done "jointly".
  if (/^(the|both) (partners|parties)$/i.test(words) && !/\b(jointly|together|collectively)\b/i.test(sentence)) return false;
  return isDiffuseOwner(words, vocabulary, { whole: true });
}

/**
 * "DfE, DHSC and the Home Office will work together to ..." or "A and B will jointly build ...": a task
 * that named bodies do jointly, with none of them leading. "A and B will run joint job clubs" binds each
 * of them, as does "A and B shall" in an agreement; "each", "respectively" or a named lead settle it too.
 */
function isSharedWithoutLead(subject: string, vocabulary: OwnerVocabulary, sentence: string): boolean {
  if (!/\b(jointly|together|collectively)\b/i.test(sentence) || /\b(each|respectively|separately|individually|led by|lead)\b/i.test(sentence)) return false;
  const names = subject.split(/\s*,\s*|\s+and\s+/).map((name) => name.replace(/^the\s+/i, '').trim()).filter(Boolean);
  return names.length >= 2 && /\band\b/.test(subject) && names.every((name) => /^[A-Z]/.test(name) && isAccountableOwner(name, vocabulary));
}

/** "In its first year the partnership will:" -> "the partnership". */
function leadInSubject(text: string): string {
  const subject = text
    .replace(/\s*(will|shall|are responsible for|is responsible for|agrees? to)?\s*:?\s*$/i, '')
    .replace(/^(\(?[A-Za-z]?\d+(\.\d+)*[.)]?)\s+/, '');
  const words = subject.split(/\s+/);
  return words.length > 3 ? words.slice(-3).join(' ').replace(/^(year|month|,)\s+/i, '') : subject;
}

/** Promises about how partners behave ("will work together", "will respect") are not actions to own. */
const RELATIONAL =
  /^\s*\w+\s+(also\s+)?(work (together|closely|in partnership|collaboratively)|collaborate|co-?operate|respect|trust|value|act in good faith|be open|be honest|communicate openly|support (each other|one another)|commit|be committed|abide|uphold|recognise|acknowledge|endeavour|seek|aim|want|strive|share (a|the|our) (vision|commitment|aims?|values)|be encouraged|be guided|have regard|treat|be (considered|judged|deemed|seen|regarded|measured)|share (all |the |any |their )?(costs?|risks?|liabilit\w*|decisions|savings|overspends?|underspends?|everything)|share (equally|jointly|fairly) in|bear|split|divide|contribute)/i;

function isRelational(text: string, modalIndex: number): boolean {
  return RELATIONAL.test(text.slice(modalIndex));
}

function ownerSuggestions(doc: PartnershipDocument, span: Span, format: (name: string) => string): Fix[] {
  const names = doc.partners.slice(0, MAX_OWNER_SUGGESTIONS).map((p) => p.name);
  return [...names, '[named post]'].map((name) => ({
    description: name.startsWith('[') ? 'Insert an owner placeholder to fill in' : `Make ${name} the owner`,
    range: [span.start, span.end] as [number, number],
    text: format(name),
  }));
}

/** Clauses in which named parties or posts take on duties ("SFUSD will provide ...", "The Chair shall call ..."). */
const OWNED_CLAUSES_FOR_WHO_DOES_WHAT = 3;
const RESPONSIBLE_SUBJECT = /^(?:[\d.()a-z]+\s+)?([^,;:]{2,80}?)\s+(?:is|are|remains?|shall be|will be)\s+(?:solely\s+|jointly\s+)?responsible for\b/;

/**
 * A roles section, a table or list that puts an owner beside actions, or clauses that give named
 * parties or posts their duties, as legal agreements do; an unowned action plan is not enough.
 */
function hasWhoDoesWhat(doc: PartnershipDocument, vocabulary: OwnerVocabulary): boolean {
  if (doc.sections.some((s) => s.meanings.includes('responsibilities'))) return true;
  if (doc.actions.some((a) => a.source !== 'prose' && a.owner !== null && isAccountableOwner(a.owner.text, vocabulary))) return true;
  let owned = 0;
  for (const sentence of doc.sentences) {
    const subject = findCommitment(sentence.text)?.subject ?? RESPONSIBLE_SUBJECT.exec(sentence.text)?.[1];
    if (subject && subject.split(/\s+/).length <= 8 && isAccountableOwner(subject, vocabulary)) owned++;
    if (owned >= OWNED_CLAUSES_FOR_WHO_DOES_WHAT) return true;
  }
  return false;
}
