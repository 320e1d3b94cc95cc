import type { PartnershipDocument, Section } from '../model/types.js';
import { appendSkeletonToSection, insertSectionSkeleton } from './support/skeletons.js';
import { defineRule } from './types.js';

/** Resources other than money: people's time, buildings, data and systems, know-how, management. */
const NON_MONEY =
  /\b(staff|staffing|secondments?|seconded|posts?|fte|whole[- ]time|hours|time|officers?|workers?|team|employees|personnel|volunteers?|premises|buildings?|offices?|accommodation|rooms?|space|venues?|estates?|desks?|co-locat\w*|hot-?desk\w*|data|information|systems?|software|equipment|vehicles?|ict|digital|licen[cs]es?|skills?|expertise|knowledge|training|capacity|management|leadership|supervision|in[- ]kind|support services|hr|legal|procurement|administration|admin|communications)\b/i;

/** "The Council provides the hub's office and two analysts": resources set out outside a resources section. */
const CONTRIBUTION = /\b(provides?|contributes?|seconds?|hosts?|makes? available|funds?|supplies|lends?|offers?)\b/i;
const CONTRIBUTIONS = /\b(resources?|financ\w*|contributions?|funding|budgets?|money)\b/i;

export default defineRule({
  meta: {
    id: 'resources-only-money',
    description: 'Resources are treated only as money: no staff time, premises, data, skills or management capacity, or no resources section at all.',
    defaultSeverity: 'warning',
    kinds: ['agreement'],
    level: 'both',
    tags: ['resources'],
    fixable: 'suggestion',
    guidance: {
      why:
        'Failing to sort out resources, and not only who pays for what, is a common reason partnerships stall. Staff time, premises, data and skills are resources too.',
      howToFix:
        'List what each partner contributes besides money: staff time, buildings, IT and data, expertise and management capacity.',
      goodExample: 'The trust provides two nurses (1.6 FTE) and clinic space on Tuesdays; the council shares referral data weekly.',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const sections = resourceSections(doc);
    if (sections.length === 0 && !setsOutContributions(doc)) {
      // "Each member agrees to contribute $50,000 annually": the one resource the agreement names is money.
      const payment = doc.sentences.find((s) => s.block !== 'heading' && paysOnly(s.text));
      if (payment) {
        // Still a finding about the whole agreement, placed where its one resource clause stands.
        report({
          message: 'The only resource this agreement asks of partners is money: set out the staff time, premises, data and IT, skills and management capacity each partner brings as well.',
          span: null,
          anchor: payment.span,
          suggestions: [insertSectionSkeleton(doc, 'resources')],
        });
        return;
      }
      report({
        message: 'This agreement has no resources section: set out what each partner contributes, including staff time, premises, data and IT, skills and management capacity, not only money.',
        span: null,
        suggestions: [insertSectionSkeleton(doc, 'resources')],
      });
      return;
    }
    if (sections.length === 0) return;
    if (sections.some((s) => coversMoreThanMoney(sectionTextWithoutCostTables(doc, s)))) return;
    // "Financial contributions" rather than "Establishment of the pooled fund": the heading about what partners put in.
    const first = sections.find((s) => CONTRIBUTIONS.test(s.heading)) ?? sections.find((s) => /\bcosts?\b/i.test(s.heading)) ?? sections[0];
    report({
      message: 'This resources section covers only money: add the staff time, premises, data and IT, skills and management capacity each partner brings.',
      span: first.headingSpan,
      suggestions: [appendSkeletonToSection(doc, first, 'resources', 'Add a table of staff, premises, data and skills contributions to fill in')],
    });
  },
});

/** A partner's own money commitment: a fee, a contribution or bearing its costs. */
const PAYMENT =
  /\b((agrees?|undertakes?|commits?|is required|are required|will|shall)\s+(to\s+)?(contribute|pay|bear|fund|meet)\b[^.;]{0,40}?([$£€]|\bfees?\b|\bcosts?\b|\bsum\b|\bamount\b|\bannual(ly)?\b)|(responsible|liable)\s+for\s+(bearing|paying|meeting)\s+(the\s+|their\s+|its\s+|all\s+)?(own\s+)?costs|membership\s+fees?\s+(of|are|is|will)|bear\s+(the\s+|their\s+|its\s+)?(own\s+)?costs)/i;

/** The sentence commits money, and the clause that does so names nothing else ("travel and accommodation expenses" are money). */
function paysOnly(text: string): boolean {
  const match = PAYMENT.exec(text);
  return !!match && !coversMoreThanMoney(text.slice(match.index, match.index + match[0].length + 80).split(/[.;]/)[0]);
}

/** A section that, under another name, says what partners put in: two or more sentences such as "The Council provides the hub's office". */
function setsOutContributions(doc: PartnershipDocument): boolean {
  const counts = new Map<Section, number>();
  for (const s of doc.sentences) {
    if (!s.section || !CONTRIBUTION.test(s.text) || !coversMoreThanMoney(s.text)) continue;
    counts.set(s.section, (counts.get(s.section) ?? 0) + 1);
  }
  return [...counts.values()].some((n) => n >= 2);
}

/** A table of costs ("Item | Annual cost | Paid by") lists money, whatever its items are called. */
function sectionTextWithoutCostTables(doc: PartnershipDocument, section: Section): string {
  let text = doc.text.slice(section.headingSpan.start, section.span.end);
  const costTables = doc.tables.filter(
    (t) => t.span.start >= section.span.start && t.span.end <= section.span.end && t.headers.some((h) => COST_HEADER.test(h)),
  );
  for (const table of costTables.reverse()) {
    const from = table.span.start - section.headingSpan.start;
    text = text.slice(0, from) + text.slice(from + table.span.end - table.span.start);
  }
  return text;
}

/** A "Contribution" column may hold "a shared office" as well as "£50,000", so it alone does not make a cost table. */
const COST_HEADER = /\b(costs?|amount|£|budget|paid|funding|funded|price|value)\b/;

/** "Staff costs" and "management fees" are money; "two seconded staff" and "IT systems" are not. */
function coversMoreThanMoney(text: string): boolean {
  const withoutMoney = text.replace(MONEY_PHRASE, ' ');
  return NON_MONEY.test(withoutMoney) || /\b(IT|ICT)\b/.test(withoutMoney);
}

const MONEY_PHRASE = /\b(staff(ing)?|management|premises|training|IT|data|equipment|accommodation|administration|admin)\s+(costs?|budgets?|fees?|charges?|salar(y|ies)|overheads?|spend|expenditure|expenses|allowance)\b/gi;

/** Top-most sections about resources or finance (a sub-section is read as part of its parent). */
function resourceSections(doc: PartnershipDocument): Section[] {
  return doc.sections.filter(
    (s) => s.meanings.includes('resources') && !(s.parent && s.parent.meanings.includes('resources')),
  );
}
