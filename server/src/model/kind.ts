/**
 * Decides whether a file is a partnership strategy, a partnership agreement, or neither, the way a
 * reviewer would: by what the title calls it and by what the body shows (parties, numbered clauses,
 * "we will" commitments, sections on governance or aims), weighed together. Only documents declared
 * (frontmatter, config) or recognised with confidence are linted, so that an ordinary README never
 * hears it has "no user involvement".
 */
import type { DocumentKind } from '../engine/types.js';
import {
  AGREEMENT_HEADING,
  AGREEMENT_SIGNS,
  COMMITMENT,
  DECLARED_TYPES,
  KIND_TITLES,
  NUMBERED_CLAUSE,
  OTHER_GENRE_SIGNS,
  OTHER_GENRE_TITLES,
  PARTNERSHIP_WORDS,
  READER_WORDS,
  STATED_GOALS,
} from '../language/document-kinds.js';
import { headingWords } from './section-meanings.js';
import type { PartnershipDocument, Section, SectionMeaning } from './types.js';

export interface KindVerdict {
  kind: DocumentKind | null;
  reason: string;
}

/** One thing a reviewer would notice, and how far it points towards each kind (negative: away from both). */
interface Evidence {
  says: string;
  agreement: number;
  strategy: number;
  /** A sign no other kind of document shows, so it may stand without a title naming the kind. */
  standsAlone?: DocumentKind;
}

/** Sections either kind has; the agreement-only and strategy-only ones tip the balance. */
const SHARED_SECTIONS: SectionMeaning[] = ['partners', 'responsibilities', 'governance', 'resources', 'involvement'];
const AGREEMENT_SECTIONS: SectionMeaning[] = ['review', 'exit', 'disputes', 'signatures'];
const STRATEGY_SECTIONS: SectionMeaning[] = ['vision', 'aims', 'outcomes', 'measures', 'actions'];
/** Below this, a title alone is not enough: a web page about an MOU is not the MOU. */
const BODY_SUPPORT_NEEDED = 2;
/** Without a title naming it, the body must show an agreement or strategy on its own. */
const BODY_ALONE_NEEDED = 3;
/**
 * How much of the body is read for its signs: a reviewer knows an agreement from its first pages, and
 * the editor weighs the evidence again after every edit, so a long document must not cost more.
 */
const READ_LIMIT = 40_000;

export function detectKind(doc: PartnershipDocument, configured: DocumentKind | undefined, frontmatterError: string | null): KindVerdict {
  const declared = doc.frontmatter?.type ?? doc.frontmatter?.kind;
  if (typeof declared === 'string') {
    const type = DECLARED_TYPES.find((entry) => entry.pattern.test(declared.trim()));
    if (type) return { kind: type.kind, reason: `frontmatter declares type "${declared}"` };
    if (!configured) return { kind: null, reason: `frontmatter type "${declared}" is not a partnership strategy or agreement` };
  }
  if (configured) return { kind: configured, reason: `configuration sets kind "${configured}" for this file` };

  const brokenFrontmatter = frontmatterError ? ` (its frontmatter could not be read: ${frontmatterError})` : '';
  const verdict = weigh(doc);
  return { kind: verdict.kind, reason: verdict.reason + brokenFrontmatter };
}

function weigh(doc: PartnershipDocument): KindVerdict {
  const titles = titleLines(doc);
  const genre = titles.filter((line) => line.where !== 'opening lines').flatMap((line) => OTHER_GENRE_TITLES.filter((g) => g.pattern.test(line.text)));
  if (genre.length) return notOne(`its title names ${genre[0].names}, which is not itself a partnership strategy or agreement`);
  // Minutes of a partnership board speak of parties, clauses and reviews too; their own marks settle it.
  const lines = plainLines(doc);
  const otherGenre = OTHER_GENRE_SIGNS.find((g) => lines.filter((line) => g.pattern.test(line)).length >= 2);
  if (otherGenre) return notOne(`it reads like ${otherGenre.names}, which is not itself a partnership strategy or agreement`);

  const body = bodyEvidence(doc, ownWords(lines));
  // One team's plan for itself is not a partnership strategy.
  const partnered = PARTNERSHIP_WORDS.pattern.test(titles.map((t) => t.text).join(' ')) || lines.some((line) => PARTNERSHIP_WORDS.pattern.test(line));
  if (!partnered) body.push({ says: 'names no partners, members or collaboration', agreement: 0, strategy: -1 });
  const named = { agreement: titleNames(titles, 'agreement'), strategy: titleNames(titles, 'strategy') };

  const candidates = (['agreement', 'strategy'] as const).flatMap((kind) => {
    const title = named[kind];
    const score = body.reduce((sum, e) => sum + e[kind], 0);
    const enough = title ? score >= BODY_SUPPORT_NEEDED : score >= BODY_ALONE_NEEDED && body.some((e) => e.standsAlone === kind);
    if (!enough || (kind === 'strategy' && !partnered)) return [];
    const says = [...(title ? [title.says] : []), ...body.filter((e) => e[kind] > 0).map((e) => e.says)];
    return [{ kind, titled: title !== null, weight: (title?.weight ?? 0) + score, says }];
  });
  // What the title calls the document decides between two readings the body both supports.
  candidates.sort((a, b) => Number(b.titled) - Number(a.titled) || b.weight - a.weight);
  const chosen = candidates[0];
  return chosen ? { kind: chosen.kind, reason: chosen.says.join('; ') } : notOne(whyNot(named.agreement ?? named.strategy, body, titles));
}

/** The verdict "not a partnership document", with the way to overrule it. */
function notOne(why: string): KindVerdict {
  return { kind: null, reason: `not a partnership document: ${why}. If it is one after all, add "type: agreement" or "type: strategy" to its frontmatter` };
}

/** What the title names and what the body showed, for and against. */
function whyNot(title: TitleNaming | null, body: Evidence[], titles: TitleLine[]): string {
  const heading = titles.find((line) => line.where !== 'opening lines');
  const named = title
    ? title.says
    : heading
      ? `its title "${heading.text}" names no partnership strategy or agreement`
      : 'no title names a partnership strategy or agreement';
  const seen = body.filter((e) => e.agreement > 0 || e.strategy > 0).map((e) => e.says);
  const against = body.filter((e) => e.agreement < 0 || e.strategy < 0).map((e) => e.says);
  const shown = seen.length ? `the body shows too little of one: ${seen.join('; ')}` : 'the body shows no parties, clauses, commitments or sections of one';
  const counter = against.length ? `. Against it: ${against.join('; ')}` : '';
  return `${named}, but ${shown}${counter}`;
}

interface TitleLine {
  text: string;
  where: 'title' | 'subtitle' | 'opening lines';
}

interface TitleNaming {
  says: string;
  weight: number;
}

/** The strongest thing the title lines call the document, as this kind. */
function titleNames(titles: TitleLine[], kind: DocumentKind): TitleNaming | null {
  let best: TitleNaming | null = null;
  for (const line of titles) {
    // The opening lines often speak of an agreement in general; only a specific name there counts.
    const entry = KIND_TITLES.find(
      (e) => e.kind === kind && e.pattern.test(line.text) && (line.where !== 'opening lines' || e.strength === 'specific'),
    );
    if (!entry) continue;
    // Words in the opening lines may be about another document ("you must sign the MOU").
    const weight = (entry.strength === 'specific' ? 3 : 2) - (line.where === 'opening lines' ? 1 : 0);
    const where = line.where === 'opening lines' ? 'the opening lines name' : `${line.where} names`;
    if (!best || weight > best.weight) best = { says: `${where} ${entry.names}`, weight };
  }
  return best;
}

/**
 * The lines that name the document: the frontmatter title, the title heading (ATX, setext or a bold
 * first line), a subtitle heading right under it, and the lines that open it before any other heading
 * ("A memorandum of understanding between ...", or a title written as plain text).
 */
function titleLines(doc: PartnershipDocument): TitleLine[] {
  const lines: TitleLine[] = [];
  const fromFrontmatter = doc.frontmatter?.title;
  if (typeof fromFrontmatter === 'string' && fromFrontmatter.trim()) lines.push({ text: fromFrontmatter.trim(), where: 'title' });
  if (doc.title && doc.title.text !== fromFrontmatter) lines.push({ text: doc.title.text, where: 'title' });
  const titleSection = doc.sections[0]?.headingSpan === doc.title?.span ? doc.sections[0] : null;
  const subtitle = subtitleOf(doc, titleSection);
  if (subtitle) lines.push({ text: subtitle.heading, where: 'subtitle' });
  const openingEnd = (subtitle?.headingSpan.end ?? doc.title?.span.end ?? 0) + 400;
  const opening = doc.sentences
    .filter((s) => s.block === 'paragraph' && [null, titleSection, subtitle].includes(s.section) && s.span.start < openingEnd)
    .slice(0, 3)
    .map((s) => s.text)
    .join(' ');
  if (opening) lines.push({ text: opening.slice(0, 300), where: 'opening lines' });
  return lines;
}

/** The heading right under the title, or the first heading after a title section with nothing in it. */
function subtitleOf(doc: PartnershipDocument, titleSection: Section | null): Section | null {
  const next = titleSection ? doc.sections[1] : null;
  if (!titleSection || !next || !doc.title) return null;
  const close = doc.locate(next.headingSpan.start).line <= doc.locate(doc.title.span.start).line + 3;
  const empty = !doc.sentences.some((s) => s.section === titleSection && s.block !== 'heading');
  return close || empty ? next : null;
}

/** What the body shows, read from its plain lines (HTML and markdown marks stripped) and its sections. */
function bodyEvidence(doc: PartnershipDocument, lines: string[]): Evidence[] {
  const evidence: Evidence[] = [];
  const count = (pattern: RegExp) => lines.filter((line) => pattern.test(line)).length;

  const { selfReference, parties, namedParties, partnersCommit, governingBody } = AGREEMENT_SIGNS;
  const selfReferences = count(selfReference.pattern);
  if (selfReferences) evidence.push({ says: selfReference.names, agreement: 2, strategy: 0, standsAlone: 'agreement' });
  if (count(namedParties.pattern)) evidence.push({ says: namedParties.names, agreement: 1, strategy: 0 });
  else if (count(parties.pattern)) evidence.push({ says: parties.names, agreement: 1, strategy: 0 });
  if (count(partnersCommit.pattern)) evidence.push({ says: partnersCommit.names, agreement: 1, strategy: 1 });
  if (count(governingBody.pattern)) evidence.push({ says: governingBody.names, agreement: 1, strategy: 0 });
  const clauses = count(NUMBERED_CLAUSE.pattern);
  if (clauses >= 3) evidence.push({ says: `${clauses} numbered clauses`, agreement: 1, strategy: 0 });

  const commitments = count(COMMITMENT.pattern);
  if (commitments >= 5) {
    const many = commitments >= 10;
    evidence.push({ says: `commitments ("we will …") on ${commitments} lines`, agreement: 0, strategy: many ? 2 : 1, ...(many ? { standsAlone: 'strategy' as const } : {}) });
  }

  const partnerLines = count(PARTNERSHIP_WORDS.pattern);
  if (partnerLines >= 3) evidence.push({ says: `partners, members or collaboration on ${partnerLines} lines`, agreement: 0, strategy: 1 });
  if (count(STATED_GOALS.pattern) >= 2) evidence.push({ says: STATED_GOALS.names, agreement: 0, strategy: 1 });
  evidence.push(...sectionEvidence(doc));

  const readerWords = lines.reduce((sum, line) => sum + (line.match(READER_WORDS.pattern)?.length ?? 0), 0);
  if (readerWords >= 10 && !selfReferences) {
    evidence.push({ says: `talks to its reader ("you") ${readerWords} times, as a web page or guide does`, agreement: -2, strategy: -2 });
  }
  return evidence;
}

/** What the sections are about: a mix of governance, aims, review and so on is the shape of a partnership document. */
function sectionEvidence(doc: PartnershipDocument): Evidence[] {
  const body = doc.sections.filter((s) => s.headingSpan !== doc.title?.span);
  const meanings = new Set(body.flatMap((s) => s.meanings));
  const of = (list: SectionMeaning[]) => list.filter((m) => meanings.has(m));
  const all = of([...SHARED_SECTIONS, ...AGREEMENT_SECTIONS, ...STRATEGY_SECTIONS]);
  const base = all.length >= 4 ? 2 : all.length >= 2 ? 1 : 0;
  const evidence: Evidence[] = [];
  if (base) {
    evidence.push({
      says: `${listed(all)} sections`,
      agreement: base + (of(AGREEMENT_SECTIONS).length >= 2 ? 1 : 0),
      strategy: base + (of(STRATEGY_SECTIONS).length >= 2 ? 1 : 0),
    });
  }
  if (body.some((s) => AGREEMENT_HEADING.pattern.test(headingWords(s.heading)))) {
    evidence.push({ says: AGREEMENT_HEADING.names, agreement: 1, strategy: 0 });
  }
  const namedPlans = body.filter((s) => KIND_TITLES.some((e) => e.kind === 'strategy' && e.strength === 'specific' && e.pattern.test(s.heading)));
  if (namedPlans.length >= 2) evidence.push({ says: `${namedPlans.length} sections named as plans or roadmaps`, agreement: 0, strategy: namedPlans.length >= 3 ? 2 : 1 });
  return evidence;
}

/** The body as plain lines: frontmatter, comments, HTML tags and entities gone, so a web page's clauses read as text. */
function plainLines(doc: PartnershipDocument): string[] {
  const start = doc.frontmatterSpan?.end ?? 0;
  const body = doc.text.slice(start, start + READ_LIMIT);
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .split(/\r\n|\r|\n/);
}

/**
 * The lines the document says in its own words: code blocks, code spans and quoted phrases are
 * examples or other people's words (a guide quoting "this agreement is reviewed yearly" is not one).
 * A quoted single word stays: agreements define their terms that way ("the Parties").
 */
function ownWords(lines: string[]): string[] {
  let fence: string | null = null;
  return lines.flatMap((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return [];
    }
    if (fence !== null) return [];
    return [line.replace(/`[^`]*`/g, ' ').replace(/"[^"]*\s[^"]*"|“[^”]*\s[^”]*”/g, ' ')];
  });
}

function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
