/**
 * Finds aims, objectives, priorities and intended outcomes: items of aims sections, rows of aims
 * tables, "Priority 2: ..." headings, and prose that states an aim ("Our aim is to ...").
 */
import { namesChange } from '../language/change.js';
import { findCommitment } from '../language/commitments.js';
import { sloganPattern } from '../language/measurable.js';
import { namesDoer } from '../language/organisations.js';
import { findPerson } from '../language/person-names.js';
import { termsOf } from '../language/vocabulary/entry.js';
import { TASK_PARTICIPLES } from '../language/vocabulary/task-participles.js';
import { TASK_VERBS } from '../language/vocabulary/task-verbs.js';
import { wordPattern } from '../language/words.js';
import type { Aim, Item, MappedText, PartnershipDocument, Section, SectionMeaning, Sentence } from './types.js';

const AIM_SECTIONS = ['aims', 'outcomes'] as const;
const NOT_STATED_AIMS: SectionMeaning[] = ['background', 'vision', 'governance', 'review', 'disputes', 'exit'];
const NOT_AIM_SECTIONS = ['measures', 'actions', 'responsibilities', 'governance', 'resources', 'partners', 'background', 'review', 'exit', 'disputes', 'risks'] as const;
const AIM_COLUMN = /\b(aims?|objectives?|priorit(y|ies)|goals?|outcomes?|ambitions?)\b/;
/** "MarineGEO", "SFUSD", "Friendly Code": a body named by its own name, as the subject of an aim. */
const NAMED_BODY = String.raw`\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}`;
const AIM_STATEMENT = new RegExp(
  String.raw`\b((our|the|its|this|a|one|first|second|third|key|main|overall|shared|joint|strategic|partnership'?s?)\s+((main|overall|key|shared|joint|first|second|third|strategic|primary)\s+)?(aims?|objectives?|priorit(y|ies)|goals?|ambitions?)(\s+(of|for)\s+(this|the|our)\s+(partnership|agreement|strategy|plan|memorandum|collaboration|arrangement|board))?\s+(is|are|was|were|will be)\s+(to|that|an?|the|for)\b|(?<!\b(what|how|where|why|which)\s)(we|partners|the partnership|the parties|the (collaboration|board|alliance|programme|consortium|network|hub|service|strategy|plan|agreement))\s+((also|further|now|therefore)\s+)?(aim|aims|intend|intends|seek|seeks|want|are committed|is committed)\s+to|${NAMED_BODY}\s+(aims|seeks|intends|wants)\s+to)\b`,
  'i',
);
/** "The objectives of this agreement are:", "By 2029 we want to:", "We aim to:" */
const AIM_LEAD_IN =
  /(\b(aims?|objectives?|priorit(y|ies)|goals?|ambitions?|intended outcomes?|outcomes we (want|expect|seek))\b[^.:]*|\bwe (want|aim|intend|hope|plan) to|\bwill aim to|\bseeks? to|\bintends? to):\s*$/i;
/** A table column that holds aims or intended outcomes (not "Outcome measure"). */
const AIM_HEADER = /^(aims?|objectives?|priorit(y|ies)|goals?|ambitions?|(intended |expected )?outcomes?|what we want to achieve)$/;
const LABELLED_AIM =
  /^\s*((aim|objective|priority|goal|outcome|ambition)\s*(\d+|[a-z])?\s*[:.\-–—]|(what we (want|aim|hope|intend) to (achieve|see|change)|what success looks like|our (\w+\s+){0,2}(aim|goal|ambition)[^:.]{0,40})\s*:)\s*\S/i;
const HEADING_AIM_LABEL = /^\s*(aim|objective|priority|goal|outcome|ambition|commitment)\s*(\d+|[a-z])?\s*[:.\-–—]\s*/i;
const OWNER_LABEL = /\((lead|owner|led by|responsible)\s*:/i;
/** Columns that may hold the aim when the first names a theme; never Lead, Date or Target columns. */
const STATEMENT_COLUMN = /\b(what|outcomes?|change|want|see|description|ambitions?|aims?|objectives?|goals?)\b/;
/** Verbs that name a change to people's lives rather than a task ("Reduce smoking", "Give every child ..."). */
const CHANGE_VERB =
  /^(reduce|increase|improve|cut|halve|double|raise|lower|strengthen|ensure|promote|tackle|prevent|end|close|narrow|enable|help|make sure|give every (child|young person|person|family|carer|resident|pupil|older person)|achieve|eliminate|keep)\b/i;
const SLOGAN_VERB = /^(work|improve|deliver|make|build|transform|strengthen|ensure|promote|create|join|integrate)\b/i;
const SLOGAN_AIM = /^(improve|deliver|work together|promote|champion|transform|strengthen)\b.*\b(outcomes|joined-up|seamless|best-in-class|better services|more effectively|partnership working|integrated working)\b/i;
/** "will be reviewed", "is to be set up": the participles are data (vocabulary/task-participles.ts), the "will be" around them sentence structure. */
const TASK_PASSIVE = new RegExp(String.raw`\b(will|shall|is to|are to)\s+be\s+` + wordPattern(termsOf(TASK_PARTICIPLES)).source, 'i');
/** A line that starts with a task verb (vocabulary/task-verbs.ts): "Commission a service", "Set up a hub". */
const TASK_VERB = new RegExp(`^${wordPattern(termsOf(TASK_VERBS)).source}`, 'i');

/** "Key Strategic Objectives" on a line of its own, as a heading written as plain text above the list. */
const AIMS_TITLE_LINE = /^(?=(\S+\s+){0,5}\S+$)[\w\s'’&-]*\b(aims|objectives|goals|priorities|ambitions|outcomes)\b[\w\s'’&-]*$/i;

/** A section headed "Our ambitions" states aims even as "Partners will:"; under "Priority 2: Homes" that lists actions. */
const AIMS_HEADING = /\b(aims?|ambitions?|objectives?|goals?|what we want)\b/i;

/** Lines that introduce or describe aims rather than state one. */
const META = /(:\s*$|^(this|the following|these|our|the)\s+(section|strategy|plan|agreement|document|priorities|aims|objectives|outcomes)\s+(sets?|describes?|outlines?|explains?|lists?|are|is)\b)/i;

export function extractAims(doc: PartnershipDocument, leadIns: ReadonlyMap<Item, MappedText>): Aim[] {
  const aims: Aim[] = [];
  const claimed = new Set<Item>();
  for (const item of doc.items) {
    if (!isAimItem(item, leadIns)) continue;
    if (item.kind === 'tableRow') {
      // The aim is in the Aim column, or the first cell that states one ("Safer streets" only names the theme).
      const column = [...(item.cells?.keys() ?? [])].find((h) => AIM_COLUMN.test(h));
      const cells = [...(item.cells ?? new Map())].filter(([header], index) => header === column || index === 0 || STATEMENT_COLUMN.test(header)).map(([, c]) => c);
      // In an Outcome column even a short phrase ("Better quality of life") is the intended outcome.
      const outcomeCell = column && /^(intended |expected )?outcomes?$/.test(column) ? item.cells?.get(column) : undefined;
      const cell = outcomeCell && outcomeCell.text.split(/\s+/).length >= 2 ? outcomeCell : cells.find((c) => c && isStatement(c.text) && !META.test(c.text));
      if (cell) aims.push(aim(cell, item.section, rowContext(item)));
      claimed.add(item);
      continue;
    }
    // Nested items under an aim usually carry its measures; the aim is the top item.
    if (item.parent && claimed.has(item.parent)) continue;
    // Under "Sample key results:" or "Targets:" the items measure the aim above; they are not aims.
    if (MEASURES_LEAD_IN.test(item.parent?.text ?? leadIns.get(item)?.text ?? '')) continue;
    // Under "### Objective B", "Build capacity among partners ..." and then a list: the items are the means to that objective.
    if (!item.parent && ONE_AIM_HEADING.test(item.section?.heading ?? '') && statesObjective(leadIns.get(item)?.text ?? '')) continue;
    // "**Staying housed**" with aims listed under it names a theme; the items below are the aims.
    if (item.text.trim().split(/\s+/).length <= 4 && !isStatement(item.text) && !namesChange(item.text)) continue;
    // Under a priority, "We will:" lists the actions; under Purpose, "The Board will:" lists what it is for.
    const underWill = /\b(will|shall)\s*:\s*$/i.test(leadIns.get(item)?.text ?? '');
    const aimsHeading = AIMS_HEADING.test(item.section?.heading ?? '') && !/\bpriorit/i.test(item.section?.heading ?? '');
    if (underWill && !aimsHeading && !(item.section?.meanings ?? []).includes('purpose') && !CHANGE_VERB.test(item.text.trim())) continue;
    if (META.test(item.text) || item.text.length < 12 || isActionItem(item.text) || hasOtherLabel(item.text)) continue;
    aims.push(aim(item, item.section, `${item.text} ${item.childrenText} ${measuresBeside(item, doc.items)}`));
    claimed.add(item);
  }

  const headingSentences = new Map(doc.sentences.filter((s) => s.block === 'heading').map((s) => [s.span.start, s]));
  for (const section of doc.sections) {
    // Priority headings usually name a theme ("Priority 5: Support after a death"); only a long or slogan-verb one states an aim.
    const words = section.heading.replace(HEADING_AIM_LABEL, '').trim();
    if (!HEADING_AIM_LABEL.test(section.heading) || !words || !inAimSection(section) || !(words.split(/\s+/).length >= 6 || (SLOGAN_VERB.test(words) && sloganPattern([]).test(words)))) continue;
    const body = doc.text.slice(section.headingSpan.end, section.span.end);
    const sentence = headingSentences.get(section.headingSpan.start);
    if (sentence) aims.push(aim(sentence, section, `${sentence.text} ${body}`));
  }

  for (const sentence of doc.sentences) {
    if (sentence.block === 'heading' || (sentence.item && claimed.has(sentence.item)) || META.test(sentence.text)) continue;
    // Who joins, or what will count as evidence, is not a change to aim for.
    if (/\bas many\b[^.]*\bas (possible|we can)\b|\bwill (show|demonstrate|prove)\b/i.test(sentence.text)) continue;
    const labelled = sentence.block === 'paragraph' && LABELLED_AIM.test(sentence.text);
    const inSection = (inAimSection(sentence.section) && sentence.block === 'paragraph') || statesPurpose(sentence);
    // "The Board aims to reach decisions by consensus" (governance) and forewords state no aim of the partnership.
    const sceneSetting = !inAimSection(sentence.section) && (sentence.section?.meanings ?? []).some((m) => NOT_STATED_AIMS.includes(m));
    if (!(labelled || (AIM_STATEMENT.test(sentence.text) && !sceneSetting) || (inSection && looksLikeAimProse(sentence.text)))) continue;
    // "**Priority A: Home first.** By 2028, 70% of ...": a labelled aim is read up to the next label.
    const context = labelled ? labelledContext(doc, sentence) : sentence.text;
    aims.push(aim(sentence, sentence.section, context));
  }
  return aims;
}

/** "2021 nuance: ...", "Note: ...": a labelled item that is not an aim; "O1: ...", "Outcome: ..." are. */
const ITEM_LABEL = /^\s*[*_]*([^:*_]{1,30}?)[*_]*\s*:\s+\S/;
const AIM_LABEL = /^([A-Z]{0,3}\d+(\.\d+)*[a-z]?|[a-z]|.*\b(aims?|objectives?|priorit(y|ies)|goals?|outcomes?|ambitions?|visions?|missions?|purposes?|want|achieve|commitments?|results?)\b.*)$/i;

function hasOtherLabel(text: string): boolean {
  const label = ITEM_LABEL.exec(text)?.[1].trim();
  return !!label && !AIM_LABEL.test(label);
}

/** A heading for one aim: "Objective B", "Goal 3: Science", "Priority 2 – Homes" (not "Our priorities"). */
const ONE_AIM_HEADING = /^\s*(aim|objective|priority|goal|outcome|ambition)\s*(\d+(\.\d+)*|[a-z])?\s*([:.\-–—]|$)/i;

/** A paragraph that is itself an objective (not a lead-in ending in a colon, not a sentence about the plan). */
function statesObjective(text: string): boolean {
  const words = text.trim();
  if (!words || /:\s*$/.test(words) || META.test(words) || /[.!?]\s+\S/.test(words.replace(/[.!?]\s*$/, ''))) return false;
  return looksLikeAimProse(words) || namesChange(words);
}

/** A lead-in to the measures of an aim: "Sample key results:", "Targets:", "We will know we have succeeded when:". */
const MEASURES_LEAD_IN = /\b(key results?|krs?|kpis?|measures?|indicators?|targets?|milestones?|metrics?|success (measures|criteria)|we will know)\b[^:]*:\s*$/i;

/**
 * "- O1: ... / - Sample key results: / - 80% satisfaction": measures are often written as the next
 * item of the same list rather than nested under the aim; they belong to the aim all the same.
 */
function measuresBeside(item: Item, items: readonly Item[]): string {
  const texts: string[] = [];
  for (let i = items.indexOf(item) + 1; i < items.length; i++) {
    const next = items[i];
    if (next.kind !== 'listItem' || next.section !== item.section) break;
    if (next.parent !== item.parent) continue;
    if (!MEASURES_LEAD_IN.test(next.text.trim())) break;
    texts.push(next.text, next.childrenText);
  }
  return texts.join(' ');
}

/** "Baseline 2024–25: 61; Target 2027–28: 25": each cell read with its column, so a bare number keeps its meaning. */
function rowContext(row: Item): string {
  return [...(row.cells ?? new Map())].map(([header, cell]) => `${header}: ${cell.text}`).join('; ');
}

/**
 * An item states an aim when it sits in an aims section, follows a lead-in such as "Our objectives
 * are:", is labelled "Objective 2:", or is a row of a table with an Aim or Outcome column.
 */
function isAimItem(item: Item, leadIns: ReadonlyMap<Item, MappedText>): boolean {
  if (inAimSection(item.section)) return true;
  // "2.2 The Board will:" under Purpose lists what the partnership is for.
  const purpose = inPurposeSection(item.section);
  if (purpose && /\b(will|shall)\s*:\s*$/i.test(leadIns.get(item)?.text ?? '')) return true;
  // A slogan is an aim wherever it stands ("- Improve outcomes through joined-up working").
  if (item.kind === 'listItem' && SLOGAN_AIM.test(item.text)) return true;
  if (item.kind === 'listItem' && purpose && PURPOSE_STATEMENT.test(item.text)) return true;
  if (item.kind === 'tableRow') return [...(item.cells?.keys() ?? [])].some((h) => AIM_HEADER.test(h));
  const leadIn = leadIns.get(item)?.text ?? '';
  return AIM_LEAD_IN.test(leadIn) || AIMS_TITLE_LINE.test(leadIn.trim()) || LABELLED_AIM.test(item.text);
}

/** "2.1 To make Brackwater a safer place": what a Purpose section says the partnership is for. */
function statesPurpose(sentence: Sentence): boolean {
  return inPurposeSection(sentence.section) && sentence.block !== 'heading' && PURPOSE_STATEMENT.test(sentence.text);
}

/** A Purpose section, unless it also sets out roles or actions. */
function inPurposeSection(section: Section | null): boolean {
  const meanings = section?.meanings ?? [];
  return meanings.includes('purpose') && !meanings.some((m) => m === 'responsibilities' || m === 'actions');
}

const PURPOSE_STATEMENT = /^(\(?\d+(\.\d+)*[.)]?\s+|\(?[a-z][.)]\s+)?to\s+(?!be\b)[a-z]+/i;

function labelledContext(doc: PartnershipDocument, sentence: Sentence): string {
  const rest = doc.text.slice(sentence.span.start, sentence.blockSpan.end);
  const next = rest.slice(sentence.text.length).search(/(^|\n|\.\s+)\s*(\*\*)?(aim|objective|priority|goal|outcome|ambition|commitment)\s*(\d+|[a-z])?\s*[:.\-–—]/i);
  return next === -1 ? rest : rest.slice(0, sentence.text.length + next + 1);
}

function aim(words: MappedText, section: Section | null, context: string): Aim {
  return { text: words.text, span: words.span, sourceOffset: words.sourceOffset, section, context };
}

/**
 * Under "Priorities", an item is an action rather than an aim when it has an owner label, starts with
 * a task verb, says a task "will be reviewed", or names someone who will do it ("Inspector Holt will lead").
 */
function isActionItem(text: string): boolean {
  if (OWNER_LABEL.test(text) || TASK_VERB.test(text.trim()) || TASK_PASSIVE.test(text)) return true;
  const commitment = findCommitment(text);
  return !!commitment && !/^(we|our|the partnership|partners|all partners)\b/i.test(commitment.subject) && (findPerson(commitment.subject) !== null || namesDoer(commitment.subject));
}

/** A bare theme name ("Ageing well", "Stronger communities") labels a group of aims; it is not one. */
function isStatement(text: string): boolean {
  // A slogan that starts with a verb ("Work together more effectively") states an aim; "Stronger communities" names a theme.
  return text.trim().split(/\s+/).length >= 6 || looksLikeAimProse(text) || (SLOGAN_VERB.test(text.trim()) && sloganPattern([]).test(text));
}

function inAimSection(section: Section | null): boolean {
  if (!section) return false;
  const meanings = section.meanings;
  if (!AIM_SECTIONS.some((m) => meanings.includes(m))) return false;
  // "Outcomes and measures" keeps its outcomes; "Action plan" under "Priorities" is not an aim.
  return !NOT_AIM_SECTIONS.some((m) => meanings.includes(m)) || meanings.includes('aims');
}

/** Prose in an aims section that states an intended change ("We will reduce ...", "To improve ..."). */
function looksLikeAimProse(text: string): boolean {
  const words = text.trim().replace(/^(\(?\d+(\.\d+)*[.)]?|\(?[a-z][.)]|[•‣◦·])\s+/i, '');
  if (/^(more|fewer|people|residents|families|children|young people|everyone|communities|carers|patients|pupils)\b.*\b(feel|are|have|get|can|will|live|say|know)\b/i.test(words)) return true;
  // "I will have a say in decisions about my life": an outcome in the words of the person it is for.
  if (/^i (will|can|am|have|feel|get|know)\b/i.test(words)) return true;
  // "We will reduce ..." states an aim; "We will set up one shared record" states a task.
  if (/^we (also |further |then )?will\b/i.test(words)) return CHANGE_VERB.test(words.replace(/^we (also |further |then )?will\s+/i, ''));
  return /^(to\s+\w+|we (also |further |then )?(want|aim to|intend to|would like|hope to|plan to)|by \d{4}|(reduce|increase|improve|ensure|enable|support|prevent|deliver|make|help|halve|double|cut|raise|end|close|offer|build|create|develop|give|provide|bring|strengthen|tackle|promote|protect|keep|grow|widen|narrow|expand|achieve|become|have|champion|encourage|embed|foster|empower|enhance|transform|boost|maximi[sz]e|minimi[sz]e|put|break down|join up)\b|(reduc|increas|improv|ensur|enabl|support|prevent|deliver|mak|help|halv|doubl|rais|end|clos|offer|build|creat|develop|giv|provid|bring|strengthen|tackl|promot|protect|keep|grow|widen|narrow|expand|achiev|becom|champion|encourag|embedd|foster|empower|enhanc|transform|boost|putt|break)ing\b)/i.test(words);
}
