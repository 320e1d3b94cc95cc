/**
 * Finds the partners: a frontmatter list, a Partners/Parties section (list or table), and defined
 * short names in prose such as `Northshire County Council ("the Council")`.
 */
import { isPostWord, ORGANISATION_WORD, SHORT_NAME_WORDS } from '../language/organisations.js';
import { readListing } from '../language/person-names.js';
import { KeptPerVersion } from './kept-per-version.js';
import type { Item, MappedText, Part, Partner, PartnershipDocument, Span } from './types.js';

const FRONTMATTER_KEYS = ['partners', 'parties', 'signatories', 'members'];
const DEFINED_NAME =
  /((?:[A-Z][\w&'’.-]*|NHS)(?:[ \t]+(?:of|and|for|the|in|on|&|(?:[A-Z][\w&'’.-]*)))*)\s*\(\s*(?:together\s+)?(?:the\s+|hereafter\s+|hereinafter\s+)?(?:["“‘']([^"”’'()]{2,40})["”’']|([A-Z]{2,8}))\s*\)/g;
/** "the Trust" means Coldharbour Community Health NHS Trust */
const DEFINED_AS =
  /["“]((?:the\s+)?[A-Z][\w ]{1,30}?)["”]\s+(means|refers to|is)\s+((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|&|[A-Z0-9][\w&'’.-]*))*)/g;

const SERVICE_WORD = /\b(police|constabulary|fire and rescue|probation|ambulance|healthwatch|jobcentre)\b/i;

const MEMBERSHIP_VERB =
  /\b((a )?joint (effort|plan|strategy|agreement|venture) (by|of|between)|brings together|is made up of|are made up of|members are|membership (is|comprises|includes)|comprises|consists of|partners are|is a partnership (of|between)|have (also )?signed up|has (also )?signed up|have (also )?joined|signatories are)\b/i;
const ORGANISATION_NAME = /^(the\s+)?[A-Z][\w'’&.-]*(\s+(of|and|for|the|&|[A-Z][\w'’&.-]*))*$/;

/** "The partnership brings together A, B, C and D." / "A and B have also signed up." */
function namesInMembershipSentence(text: string): { name: string; index: number }[] {
  const verb = MEMBERSHIP_VERB.exec(text);
  if (!verb) return [];
  const after = verb.index + verb[0].length;
  const listAfter = !/signed up|joined/i.test(verb[0]);
  const [from, to] = listAfter ? [after, text.length] : [0, verb.index];
  const region = text.slice(from, to);
  const names: { name: string; index: number }[] = [];
  // Split at "and" only when both sides look like names ("Fire and Rescue Service" stays whole).
  const pieces = region.split(/,\s*|;\s*|:\s*/).flatMap((piece) => {
    const and = /\s+and\s+(?=(the\s+)?[A-Z])/.exec(piece);
    if (!and) return [piece];
    const [left, right] = [piece.slice(0, and.index), piece.slice(and.index + and[0].length)];
    return looksLikeOrganisation(clean(left)) && looksLikeOrganisation(clean(right)) ? [left, right] : [piece];
  });
  for (const piece of pieces) {
    const name = clean(piece);
    if (!looksLikeOrganisation(name)) continue;
    const index = from + region.indexOf(name);
    if (index >= from) names.push({ name, index });
  }
  return names.length >= 2 || !listAfter ? names : [];
}

/** A list piece without its joining words: "with support from the Rural Community Council" -> the name. */
function clean(piece: string): string {
  return stripLeadingArticle(piece.replace(/^\s*(and|as well as|together with|with (the )?support (from|of))\s+/i, '').replace(/[.\s]+$/, ''));
}

function looksLikeOrganisation(text: string): boolean {
  const name = stripLeadingArticle(text.trim().replace(/[.\s]+$/, ''));
  if (!ORGANISATION_NAME.test(name) || name.split(/\s+/).length > 9) return false;
  // "PCN Clinical Director" is a post, not a partner.
  if (isPostWord(name.split(/\s+/).pop() ?? '')) return false;
  return ORGANISATION_WORD.test(name) || name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length >= 2;
}

/** A lead-in that introduces a list of partners ("The partnership is made up of:"). */
const PARTNER_LEAD_IN = /\b(made up of|members are|partners are|consists of|comprises|brings together|is between|signatories|parties are|membership|member organisations|members? (come|comes|are drawn) from|members include|partners include|partners are drawn from)\b[^.]*:\s*$/i;

/** A name the document gives a partner, with the short names it defines for it. */
interface Mention {
  name: string;
  aliases: string[];
  span: Span;
}

/** The mentions in one part, by the way they are written, in the order they are read. */
interface PartMentions {
  /** Items of a partners list or table. */
  listed: Mention[];
  /** Names in a membership sentence ("brings together A, B and C"). */
  members: Mention[];
  /** `"the Trust" means ...` */
  definedAs: Mention[];
  /** `Coldharbour NHS Trust ("the Trust")` */
  defined: Mention[];
}

const MENTION_KINDS = ['listed', 'members', 'definedAs', 'defined'] as const;

/**
 * Keeps each part's mentions between versions of one document. They depend only on the part's text
 * and its sections' meanings, so an edit re-reads only the part it touched.
 */
export class MentionsMemo {
  private readonly kept = new KeptPerVersion<{ start: number; mentions: PartMentions }>();

  mentions(doc: PartnershipDocument, part: Part, leadIns: ReadonlyMap<Item, MappedText>): PartMentions {
    const key = `${part.chunk}\u0000${part.sections.map((section) => section.meanings.join(',')).join(';')}`;
    const kept = this.kept.get(key);
    if (!kept) {
      const mentions = mentionsIn(doc, part, leadIns);
      this.kept.set(key, { start: part.span.start, mentions });
      return mentions;
    }
    const delta = part.span.start - kept.start;
    if (delta === 0) return kept.mentions;
    const move = (m: Mention): Mention => ({ ...m, span: { start: m.span.start + delta, end: m.span.end + delta } });
    return {
      listed: kept.mentions.listed.map(move),
      members: kept.mentions.members.map(move),
      definedAs: kept.mentions.definedAs.map(move),
      defined: kept.mentions.defined.map(move),
    };
  }

  nextVersion(): void {
    this.kept.nextVersion();
  }
}

export function collectPartners(
  doc: PartnershipDocument,
  configuredAliases: Record<string, string[]>,
  leadIns: ReadonlyMap<Item, MappedText>,
  memo?: MentionsMemo,
): Partner[] {
  const partners: Partner[] = [];
  /** Short names the document defines itself ("the Trust" means ...): those are never guessed for another partner. */
  const explicit = new Set<string>();
  const add = (name: string, aliases: string[], span: Span, source: Partner['source'] = 'listed'): void => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean.length < 2) return;
    const existing = partners.find((p) => sameName(p.name, clean) || p.aliases.some((a) => sameName(a, clean)));
    if (existing) {
      for (const alias of aliases) if (!existing.aliases.some((a) => sameName(a, alias))) existing.aliases.push(alias);
      return;
    }
    for (const alias of aliases) explicit.add(alias.toLowerCase());
    partners.push({ name: clean, aliases: [...new Set([...aliases, ...shortForms(clean)])], keywords: [], span, source });
  };

  fromFrontmatter(doc, add);
  memo?.nextVersion();
  const found = doc.parts.map((part) => (memo ? memo.mentions(doc, part, leadIns) : mentionsIn(doc, part, leadIns)));
  // Lists first, then membership sentences, then definitions: the first way a partner is named wins.
  for (const kind of MENTION_KINDS) {
    const source = kind === 'definedAs' || kind === 'defined' ? 'definition' : 'listed';
    for (const mentions of found) for (const m of mentions[kind]) add(m.name, m.aliases, m.span, source);
  }
  dropSharedShortForms(partners, explicit);
  addKeywords(partners);
  for (const [name, aliases] of Object.entries(configuredAliases)) {
    const partner = partners.find((p) => sameName(p.name, name));
    if (partner) partner.aliases.push(...aliases.filter((a) => !partner.aliases.includes(a)));
  }
  return partners;
}

function mentionsIn(doc: PartnershipDocument, part: Part, leadIns: ReadonlyMap<Item, MappedText>): PartMentions {
  const found: PartMentions = { listed: [], members: [], definedAs: [], defined: [] };
  const candidates = part.items.filter((item) => {
    const introduced = PARTNER_LEAD_IN.test(leadIns.get(item)?.text ?? '');
    return introduced || (item.section?.meanings.includes('partners') && !item.parent);
  });
  const peopleLists = listsOfPeople(candidates, leadIns);
  for (const item of candidates) {
    // Partners are organisations: a membership list of people or posts names who sits on a board.
    if (peopleLists.has(listKey(item, leadIns)) || readListing(listedText(item)) !== 'other') continue;
    const listed = item.kind === 'tableRow' ? rowPartner(item) : leadingName(item.text);
    if (listed) found.listed.push({ name: listed.name, aliases: listed.aliases, span: spanWithin(item, listed.name) });
  }
  for (const sentence of part.sentences) {
    for (const listed of namesInMembershipSentence(sentence.text)) {
      const start = sentence.sourceOffset(listed.index);
      found.members.push({ name: listed.name, aliases: [], span: { start, end: sentence.sourceOffset(listed.index + listed.name.length - 1) + 1 } });
    }
  }
  const text = doc.text.slice(part.span.start, part.span.end);
  const base = part.span.start;
  for (const match of text.matchAll(DEFINED_AS)) {
    const name = trimConnectors(stripLeadingArticle(match[3]));
    if (!ORGANISATION_WORD.test(name)) continue;
    const start = base + (match.index ?? 0) + match[0].lastIndexOf(match[3]);
    found.definedAs.push({ name, aliases: aliasForms(match[1]), span: { start, end: start + name.length } });
  }
  const listings = part.items.filter((item) => item.section?.meanings.includes('partners'));
  for (const match of text.matchAll(DEFINED_NAME)) {
    const at = base + (match.index ?? 0);
    if (listings.some((item) => item.span.start <= at && at < item.span.end)) continue;
    const name = trimConnectors(stripLeadingArticle(match[1]));
    const alias = (match[2] ?? match[3]).trim();
    if (!ORGANISATION_WORD.test(name) && !/^[A-Z]{2,8}$/.test(alias)) continue;
    // "(together "the Partners")" names the group, not one partner.
    if (/^(the\s+)?(partners|parties|partnership|organisations)$/i.test(alias)) continue;
    const start = at + match[0].indexOf(match[1]);
    found.defined.push({ name, aliases: aliasForms(alias), span: { start, end: start + match[1].length } });
  }
  return found;
}

/** Items of one list share a section, a lead-in and a parent. */
function listKey(item: Item, leadIns: ReadonlyMap<Item, MappedText>): string {
  return `${item.section?.span.start ?? -1}\u0000${leadIns.get(item)?.text ?? ''}\u0000${item.parent?.span.start ?? -1}\u0000${item.kind}`;
}

function listedText(item: Item): string {
  return item.kind === 'tableRow' ? ([...(item.cells?.values() ?? [])][0]?.text ?? '') : item.text;
}

/** Lists in which most lines name a person or a post ("Aaron Durbin (Rivos)"): a board's members, not partners. */
function listsOfPeople(items: readonly Item[], leadIns: ReadonlyMap<Item, MappedText>): Set<string> {
  const counts = new Map<string, { people: number; all: number }>();
  for (const item of items) {
    const key = listKey(item, leadIns);
    const count = counts.get(key) ?? { people: 0, all: 0 };
    count.all++;
    if (readListing(listedText(item)) !== 'other') count.people++;
    counts.set(key, count);
  }
  return new Set([...counts].filter(([, c]) => c.people * 2 >= c.all).map(([key]) => key));
}

function fromFrontmatter(doc: PartnershipDocument, add: (name: string, aliases: string[], span: Span) => void): void {
  const data = doc.frontmatter;
  if (!data || !doc.frontmatterSpan) return;
  for (const key of FRONTMATTER_KEYS) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const { name, aliases } = readEntry(entry);
      if (name) add(name, aliases, findInFrontmatter(doc, name));
    }
  }
}

function readEntry(entry: unknown): { name: string | null; aliases: string[] } {
  if (typeof entry === 'string') {
    const match = /^(.*?)\s*\((?:the\s+)?["“]?([^"”)]+)["”]?\)\s*$/.exec(entry);
    return match ? { name: match[1], aliases: aliasForms(match[2]) } : { name: entry, aliases: [] };
  }
  if (entry && typeof entry === 'object') {
    const record = entry as Record<string, unknown>;
    const name = typeof record.name === 'string' ? record.name : null;
    const raw = record.aliases ?? record.alias ?? record.short ?? record.short_name ?? record.shortName;
    const aliases = (Array.isArray(raw) ? raw : [raw]).filter((a): a is string => typeof a === 'string').flatMap(aliasForms);
    return { name, aliases };
  }
  return { name: null, aliases: [] };
}

function findInFrontmatter(doc: PartnershipDocument, name: string): Span {
  const span = doc.frontmatterSpan as Span;
  const at = doc.text.indexOf(name, span.start);
  return at !== -1 && at < span.end ? { start: at, end: at + name.length } : span;
}

/** "Northshire County Council (NCC) – adult social care" -> the name and its short form. */
function leadingName(text: string): { name: string; aliases: string[] } | null {
  const cleaned = text
    .trim()
    .replace(/[.;,]+$/, '')
    .replace(/^(a|an|one|two|three|\d+)\s+(senior\s+)?(representatives?|members?|officers?|nominees?)\s+(of|from)\s+/i, '');
  // Brackets hold a short name ("NCC", "the Trust", `"the Council"`) or describe the work; set them aside first.
  const brackets = [...cleaned.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].trim());
  const head = cleaned.replace(/\s*\([^()]*\)/g, '').split(/\s+[–—-]\s+|:\s|,\s|;\s|\.\s/)[0].trim();
  const aliases = brackets.flatMap((inner) => {
    const quoted = /^(?:the\s+)?["“]([^"”]+)["”]$/.exec(inner);
    if (quoted) return aliasForms(quoted[1]);
    return /^((the\s+)?[A-Z][\w&-]*( [A-Z][\w&-]*)?|[A-Z]{2,8})$/.test(inner) ? aliasForms(inner) : [];
  });
  const name = stripLeadingArticle(head);
  if (!/^[A-Z0-9]/.test(name) || name.split(/\s+/).length > 9 || /\b(will|shall|is|are)\b/.test(name) || !writtenAsName(name)) return null;
  // "Kestrel County Council, through the Virtual School": the document may name the unit instead.
  const through = /,\s+(?:through|via|represented by|acting through)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:for|of|and|in|[A-Z][\w'’-]*))*)/.exec(cleaned);
  return { name, aliases: through ? [...aliases, through[1]] : aliases };
}

/** "University of Bath" and "Age UK" are written as names; "Is a globally distributed network" and "During the notice period" are not. */
function writtenAsName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => !/^(of|and|for|the|in|on|at|&|de|van|von)$/i.test(word));
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  return capitalised * 2 > words.length && !/:$/.test(text);
}

function rowPartner(row: Item): { name: string; aliases: string[] } | null {
  const cells = row.cells ?? new Map();
  const header = [...cells.keys()].find((h) => /\b(partner|organisation|organization|party|member|name|body|agency)\b/.test(h));
  const cell = header ? cells.get(header) : cells.values().next().value;
  return cell ? leadingName(cell.text) : null;
}

function spanWithin(item: Item, name: string): Span {
  const at = item.text.indexOf(name);
  if (at === -1) return item.span;
  return { start: item.sourceOffset(at), end: item.sourceOffset(at + name.length - 1) + 1 };
}

/** "the Council" is also written "Council"; keep both so either counts as a mention. */
function aliasForms(alias: string): string[] {
  const clean = alias.trim();
  const bare = stripLeadingArticle(clean);
  return bare !== clean ? [clean, bare] : [clean];
}

/** "Coldharbour County Council and" -> "Coldharbour County Council" (the list went on). */
function trimConnectors(name: string): string {
  return name.replace(/[.,;:]+$/, '').replace(/(\s+(and|of|for|the|&))+$/i, '');
}

function stripLeadingArticle(name: string): string {
  return name.replace(/^(the|and|between|with)\s+/i, '').trim();
}

const GENERIC_NAME_WORDS =
  /^(council|county|borough|city|district|metropolitan|trust|foundation|nhs|icb|ccg|service|services|unit|delivery|integrated|care|board|group|place|home|homes|town|road|park|west|east|north|south|team|help|hope|life|work|plus|club|hall|house|young|people|adult|adults|child|children|family|families|limited|partnership|association|society|community|communities|teaching|hospitals?|university|college|school|schools|health|social|local|authority|network|alliance|forum|centre|and|the|for|of|north|south|east|west|greater|royal)$/i;

/** "Trust" guessed for two trusts names neither of them, and a defined "the Trust" belongs to its partner only. */
function dropSharedShortForms(partners: Partner[], explicit: ReadonlySet<string>): void {
  const owners = new Map<string, number>();
  for (const partner of partners) for (const alias of partner.aliases) owners.set(alias.toLowerCase(), (owners.get(alias.toLowerCase()) ?? 0) + 1);
  for (const partner of partners) {
    partner.aliases = partner.aliases.filter((alias) => {
      const key = alias.toLowerCase();
      if (alias.includes(' ') && !/^the /i.test(alias)) return true;
      const definedHere = explicit.has(key) && (owners.get(key) ?? 0) === 1;
      const definedElsewhere = explicit.has(key) || explicit.has(`the ${key}`);
      return definedHere || (!definedElsewhere && (owners.get(key) ?? 0) === 1);
    });
  }
}

/** Words that name one partner and no other: what people call it in passing ("Probation will refer ..."). */
function addKeywords(partners: Partner[]): void {
  const wordsOf = (p: Partner) => p.name.split(/[\s,()]+/).filter((w) => (/^[A-Z][a-z]{3,}$/.test(w) || /^[A-Z]{3,6}$/.test(w)) && !GENERIC_NAME_WORDS.test(w));
  for (const partner of partners) {
    const others = new Set(partners.filter((p) => p !== partner).flatMap(wordsOf));
    partner.keywords = wordsOf(partner).filter((w) => !others.has(w));
  }
}

/**
 * The short names a document is likely to use for a partner: "Northmoor County Council" is also
 * "County Council", "the Council" and "NCC"; "NHS Northmoor Integrated Care Board" is also "ICB".
 */
function shortForms(name: string): string[] {
  // "Probation Service, Wyreshire North delivery unit" is called "Probation Service" for short.
  const comma = name.indexOf(',');
  if (comma > 0) {
    const head = name.slice(0, comma).trim();
    return head.split(/\s+/).length >= 2 ? [head, ...shortForms(head)] : [];
  }
  const words = name.split(/\s+/);
  const forms: string[] = [];
  // "Wyreshire Fire and Rescue Service" is also written without its last word.
  if (/^services?$/i.test(words[words.length - 1]) && words.length >= 3) forms.push(words.slice(0, -1).join(' '));
  // "NHS Wyreshire Integrated Care Board" -> "NHS Wyreshire ICB".
  for (let i = 1; i < words.length - 1; i++) {
    const tail = words.slice(i);
    if (!tail.every((w) => /^[A-Z]/.test(w) || /^(and|of|for|&)$/i.test(w))) continue;
    // Three capitalised words make the usual body initials (ICB, CCG, PCN, CSP, FRS).
    const initials = tail.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (initials.length === 3) forms.push(`${words.slice(0, i).join(' ')} ${initials}`);
  }
  for (let i = 1; i < words.length; i++) {
    const suffix = words.slice(i);
    if (/^(of|and|for|the|&)$/i.test(suffix[0])) continue;
    const text = suffix.join(' ');
    // A lone word is a short name only for bodies usually called that way ("the Council"); "Service" is not.
    if (ORGANISATION_WORD.test(suffix[suffix.length - 1]) && (suffix.length > 1 || SHORT_NAME_WORDS.has(suffix[0].toLowerCase()))) forms.push(text);
  }
  // People say "the police" or "the fire service" whatever the force's full name.
  const service = SERVICE_WORD.exec(name);
  if (service) forms.push(service[0].toLowerCase() === 'fire and rescue' ? 'fire service' : service[0]);
  for (let i = 0; i < words.length - 1; i++) {
    const initials = words.slice(i).filter((w) => /^[A-Z]/.test(w)).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0])).join('');
    if (initials.length >= 3 && initials.length <= 6) forms.push(initials);
  }
  return forms;
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
