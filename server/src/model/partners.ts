/**
 * Finds the partners: a frontmatter list, a Partners/Parties section (list or table), and defined
 * short names in prose such as `Northshire County Council ("the Council")`.
 */
import type { Item, MappedText, Partner, PartnershipDocument, Span } from './types.js';

const FRONTMATTER_KEYS = ['partners', 'parties', 'signatories', 'members'];
const DEFINED_NAME =
  /((?:[A-Z][\w&'’.-]*|NHS)(?:\s+(?:of|and|for|the|in|on|&|(?:[A-Z0-9][\w&'’.-]*)))*)\s*\(\s*(?:together\s+)?(?:the\s+|hereafter\s+|hereinafter\s+)?(?:["“‘']([^"”’'()]{2,40})["”’']|([A-Z]{2,8}))\s*\)/g;
const ORGANISATION_WORD =
  /\b(council|trust|board|icb|ccg|authority|association|foundation|charity|police|service|services|school|schools|college|university|hospital|network|alliance|partnership|group|limited|ltd|cic|plc|nhs|practice|federation|academy|centre|housing|care|commissioner|constabulary|fire|probation|hospice|society|forum|collective|agency|department|directorate|team)\b/i;

const SHORT_NAME_WORDS = /^(council|trust|icb|ccg|constabulary|university|college|hospice)$/i;

/** A lead-in that introduces a list of partners ("The partnership is made up of:"). */
const PARTNER_LEAD_IN = /\b(made up of|members are|partners are|consists of|comprises|brings together|is between|signatories|parties are|membership|member organisations|members? (come|comes|are drawn) from|members include|partners include|partners are drawn from)\b[^.]*:\s*$/i;

export function collectPartners(
  doc: PartnershipDocument,
  configuredAliases: Record<string, string[]>,
  leadIns: ReadonlyMap<Item, MappedText>,
): Partner[] {
  const partners: Partner[] = [];
  const add = (name: string, aliases: string[], span: Span): void => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean.length < 2) return;
    const existing = partners.find((p) => sameName(p.name, clean) || p.aliases.some((a) => sameName(a, clean)));
    if (existing) {
      for (const alias of aliases) if (!existing.aliases.some((a) => sameName(a, alias))) existing.aliases.push(alias);
      return;
    }
    partners.push({ name: clean, aliases: [...new Set([...aliases, ...shortForms(clean)])], keywords: [], span });
  };

  fromFrontmatter(doc, add);
  for (const item of doc.items) {
    const introduced = PARTNER_LEAD_IN.test(leadIns.get(item)?.text ?? '');
    if (!(introduced || (item.section?.meanings.includes('partners') && !item.parent))) continue;
    const listed = item.kind === 'tableRow' ? rowPartner(item) : leadingName(item.text);
    if (listed) add(listed.name, listed.aliases, spanWithin(item, listed.name));
  }
  for (const match of doc.text.matchAll(DEFINED_NAME)) {
    const name = stripLeadingArticle(match[1]);
    const alias = (match[2] ?? match[3]).trim();
    if (!ORGANISATION_WORD.test(name) && !/^[A-Z]{2,8}$/.test(alias)) continue;
    // "(together "the Partners")" names the group, not one partner.
    if (/^(the\s+)?(partners|parties|partnership|organisations)$/i.test(alias)) continue;
    const start = (match.index ?? 0) + match[0].indexOf(match[1]);
    add(name, aliasForms(alias), { start, end: start + match[1].length });
  }
  addKeywords(partners);
  for (const [name, aliases] of Object.entries(configuredAliases)) {
    const partner = partners.find((p) => sameName(p.name, name));
    if (partner) partner.aliases.push(...aliases.filter((a) => !partner.aliases.includes(a)));
  }
  return partners;
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
  const head = text.split(/\s+[–—-]\s+|:\s|,\s|;\s|\.\s/)[0].trim();
  const match = /^(.*?)\s*\((?:the\s+)?["“]?([^"”)]+)["”]?\)\s*$/.exec(head);
  const name = stripLeadingArticle(match ? match[1] : head);
  if (!/^[A-Z0-9]/.test(name) || name.split(/\s+/).length > 9 || /\b(will|shall|is|are)\b/.test(name)) return null;
  return { name, aliases: match ? aliasForms(match[2]) : [] };
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

function stripLeadingArticle(name: string): string {
  return name.replace(/^(the|and|between|with)\s+/i, '').trim();
}

const GENERIC_NAME_WORDS =
  /^(council|county|borough|city|district|metropolitan|trust|foundation|nhs|service|services|unit|delivery|integrated|care|board|group|limited|partnership|association|society|community|communities|teaching|hospitals?|university|college|school|schools|health|social|local|authority|network|alliance|forum|centre|and|the|for|of|north|south|east|west|greater|royal)$/i;

/** Words that name one partner and no other: what people call it in passing ("Probation will refer ..."). */
function addKeywords(partners: Partner[]): void {
  const wordsOf = (p: Partner) => p.name.split(/[\s,()]+/).filter((w) => /^[A-Z][a-z]{4,}$/.test(w) && !GENERIC_NAME_WORDS.test(w));
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
  const words = name.split(/\s+/);
  const forms: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const suffix = words.slice(i);
    if (/^(of|and|for|the|&)$/i.test(suffix[0])) continue;
    const text = suffix.join(' ');
    // A lone word is a short name only for bodies usually called that way ("the Council"); "Service" is not.
    if (ORGANISATION_WORD.test(suffix[suffix.length - 1]) && (suffix.length > 1 || SHORT_NAME_WORDS.test(suffix[0]))) forms.push(text);
  }
  for (let i = 0; i < words.length - 1; i++) {
    const initials = words.slice(i).filter((w) => /^[A-Z]/.test(w)).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0])).join('');
    if (initials.length >= 3 && initials.length <= 6) forms.push(initials);
  }
  return forms;
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
