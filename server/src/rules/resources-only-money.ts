import type { PartnershipDocument, Section } from '../model/types.js';
import { appendSkeletonToSection, insertSectionSkeleton } from './support/skeletons.js';
import { defineRule } from './types.js';

/** Resources other than money: people's time, buildings, data and systems, know-how, management. */
const NON_MONEY =
  /\b(staff|staffing|secondments?|seconded|posts?|fte|whole[- ]time|hours|time|officers?|workers?|team|employees|personnel|volunteers?|premises|buildings?|offices?|accommodation|rooms?|space|venues?|estates?|desks?|co-locat\w*|hot-?desk\w*|data|information|it\b|systems?|software|equipment|vehicles?|ict|digital|licen[cs]es?|skills?|expertise|knowledge|training|capacity|management|leadership|supervision|in[- ]kind|support services|hr|legal|procurement|administration|admin|communications)\b/i;

const CONTRIBUTIONS = /\b(resources?|financ\w*|contributions?|funding|budgets?|costs?)\b/i;

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
    if (sections.length === 0) {
      report({
        message: 'This agreement has no resources section: set out what each partner contributes, including staff time, premises, data and IT, skills and management capacity, not only money.',
        span: null,
        suggestions: [insertSectionSkeleton(doc, 'resources')],
      });
      return;
    }
    if (sections.some((s) => NON_MONEY.test(doc.text.slice(s.headingSpan.start, s.span.end)))) return;
    // "Financial contributions" rather than "Establishment of the pooled fund": the heading about what partners put in.
    const first = sections.find((s) => CONTRIBUTIONS.test(s.heading)) ?? sections[0];
    report({
      message: 'This resources section covers only money: add the staff time, premises, data and IT, skills and management capacity each partner brings.',
      span: first.headingSpan,
      suggestions: [appendSkeletonToSection(doc, first, 'resources', 'Add a table of staff, premises, data and skills contributions to fill in')],
    });
  },
});

/** Top-most sections about resources or finance (a sub-section is read as part of its parent). */
function resourceSections(doc: PartnershipDocument): Section[] {
  return doc.sections.filter(
    (s) => s.meanings.includes('resources') && !(s.parent && s.parent.meanings.includes('resources')),
  );
}
