/**
 * Decides whether a file is a partnership strategy, a partnership agreement, or neither. Only
 * documents declared (frontmatter, config) or recognised with confidence are linted, so that an
 * ordinary README never hears it has "no user involvement".
 */
import type { DocumentKind } from '../engine/types.js';
import type { PartnershipDocument, SectionMeaning } from './types.js';

export interface KindVerdict {
  kind: DocumentKind | null;
  reason: string;
}

const AGREEMENT_VALUES = /^(agreement|partnership agreement|mou|memorandum( of understanding)?|terms of reference|tor|section[ -]?75( agreement)?|s75|collaboration agreement|consortium agreement|contract)$/i;
const STRATEGY_VALUES = /^(strategy|partnership strategy|plan|partnership plan|strategic plan|action plan|delivery plan)$/i;

const AGREEMENT_TITLE =
  /\b(partnership agreement|collaboration agreement|collaborative agreement|consortium agreement|joint working agreement|memorandum of understanding|mou|terms of reference|section 75|s\.? ?75|pooled (budget|fund) agreement|partnering agreement|agreement between|alliance agreement|heads of terms|(data|information) sharing (agreement|protocol)|joint working (agreement|protocol)|partnership (charter|compact|protocol)|compact between)\b/i;
const STRATEGY_TITLE = /\b(strateg(y|ies)|strategic plan|partnership plan|joint plan|action plan|delivery plan|improvement plan|commissioning plan|partnership framework)\b/i;
const PARTNERSHIP_WORDS =
  /\b(partnership|partners|joint|integrated|multi-agency|alliance|health and wellbeing|community safety|collaborati(ve|on)|system-wide|place-based|together|better care fund|section 75|safeguarding)\b/i;

const STRUCTURAL: SectionMeaning[] = ['aims', 'outcomes', 'measures', 'responsibilities', 'actions', 'governance', 'partners', 'involvement', 'resources', 'review', 'exit', 'disputes'];

export function detectKind(doc: PartnershipDocument, configured: DocumentKind | undefined, frontmatterError: string | null): KindVerdict {
  const declared = doc.frontmatter?.type ?? doc.frontmatter?.kind;
  if (typeof declared === 'string') {
    if (AGREEMENT_VALUES.test(declared.trim())) return { kind: 'agreement', reason: `frontmatter declares type "${declared}"` };
    if (STRATEGY_VALUES.test(declared.trim())) return { kind: 'strategy', reason: `frontmatter declares type "${declared}"` };
    if (!configured) return { kind: null, reason: `frontmatter type "${declared}" is not a partnership strategy or agreement` };
  }
  if (configured) return { kind: configured, reason: `configuration sets kind "${configured}" for this file` };

  const title = titleWords(doc);
  const structure = new Set(doc.sections.flatMap((s) => s.meanings).filter((m) => STRUCTURAL.includes(m)));
  const brokenFrontmatter = frontmatterError ? ` (its frontmatter could not be read: ${frontmatterError})` : '';
  if (AGREEMENT_TITLE.test(title) && structure.size >= 2) {
    return { kind: 'agreement', reason: `the title "${title}" names a partnership agreement${brokenFrontmatter}` };
  }
  // "Better Care Fund Plan" and "Joint Carers Plan" are plans; a plain "Project plan" is not.
  const strategyTitle =
    STRATEGY_TITLE.test(title) || (/\bplan\b/i.test(title) && (PARTNERSHIP_WORDS.test(title) || structure.size >= 3));
  if (strategyTitle && PARTNERSHIP_WORDS.test(`${title} ${doc.text.slice(0, 3000)}`) && structure.size >= 2) {
    return { kind: 'strategy', reason: `the title "${title}" names a partnership strategy or plan${brokenFrontmatter}` };
  }
  const why = title
    ? `its title "${title}" does not name a partnership strategy or agreement`
    : 'it has no title naming a partnership strategy or agreement';
  return {
    kind: null,
    reason: `not a partnership document: no frontmatter "type: strategy|agreement", no configured kind, and ${why}${brokenFrontmatter}`,
  };
}

/**
 * The words that name the document: its title, with a subtitle heading right under it ("### A shared
 * strategy for arts, heritage and sport") and the lines that open it before any other heading ("A
 * memorandum of understanding between ...", or a title written as plain text).
 */
function titleWords(doc: PartnershipDocument): string {
  const title = doc.title?.text ?? '';
  const [first, second] = doc.sections;
  const titleSection = first?.headingSpan === doc.title?.span ? first : null;
  const titleLine = doc.title ? doc.locate(doc.title.span.start).line : 0;
  const subtitleSection = second && titleSection && doc.locate(second.headingSpan.start).line <= titleLine + 3 ? second : null;
  const subtitle = subtitleSection?.heading ?? '';
  const openingEnd = (subtitleSection?.headingSpan.end ?? doc.title?.span.end ?? 0) + 400;
  const opening = doc.sentences
    .filter((s) => s.block === 'paragraph' && [null, titleSection, subtitleSection].includes(s.section) && s.span.start < openingEnd)
    .slice(0, 3)
    .map((s) => s.text)
    .join(' ');
  return [title, subtitle, opening.slice(0, 300)].filter(Boolean).join(' — ');
}
