/**
 * Section skeletons for document-level suggestions: the missing section, with placeholders in
 * [brackets], inserted where such a section usually sits.
 */
import type { Fix } from '../../engine/types.js';
import type { PartnershipDocument, Section, SectionMeaning } from '../../model/types.js';

export type SkeletonKind = 'responsibilities' | 'governance' | 'resources' | 'review' | 'involvement' | 'measures' | 'workforce';

/** The usual order of sections in partnership documents; a skeleton goes before the first later one. */
const ORDER: SectionMeaning[] = [
  'purpose', 'background', 'partners', 'vision', 'aims', 'outcomes', 'involvement', 'responsibilities', 'actions',
  'workforce', 'governance', 'resources', 'risks', 'measures', 'review', 'exit', 'disputes',
];

const SKELETONS: Record<SkeletonKind, { heading: string; body: string; description: string }> = {
  responsibilities: {
    heading: 'Who does what',
    description: 'Insert a "Who does what" table to fill in',
    body: '| Action | Owner | Deadline |\n| --- | --- | --- |\n| [action] | [partner or post] | [month year] |',
  },
  governance: {
    heading: 'How decisions are made',
    description: 'Insert a "How decisions are made" section to fill in',
    body: '[Board or group] decides [which matters]. A meeting is quorate when [who] are present, and decisions are taken by [consensus or majority vote]. Between meetings, [named post] may decide [delegated matters]. A matter the group cannot settle goes to [escalation route] within [number] days.',
  },
  resources: {
    heading: 'Resources',
    description: 'Insert a resources table that covers more than money',
    body: '| Partner | Money | Staff time | Premises | Data and IT | Skills and management |\n| --- | --- | --- | --- | --- | --- |\n| [partner] | [£ amount] | [posts or hours] | [buildings or rooms] | [systems and data] | [expertise] |',
  },
  review: {
    heading: 'Review, exit and disputes',
    description: 'Insert review, exit and dispute terms to fill in',
    body: '- Review: the partners will review this agreement by [month year] and every [12 months] after that.\n- Exit: a partner may leave by giving [number] months\' written notice; [how shared staff, assets and data are handled].\n- Disputes: a disagreement goes first to [named posts], then to [escalation body] if it is not settled within [number] days.',
  },
  involvement: {
    heading: 'Involving people who use services',
    description: 'Insert a section on involving service users from the start',
    body: '[Service users, carers or residents] will help design and govern this partnership from the start: [for example, two places on the Board and a lived-experience panel that shapes the plan before it is agreed].',
  },
  measures: {
    heading: 'Outcome measures',
    description: 'Insert an outcome measures table to fill in',
    body: '| Outcome for people | Measure (rate, number or share) | Baseline | Target | By |\n| --- | --- | --- | --- | --- |\n| [change for service users or carers] | [indicator] | [current value] | [target value] | [month year] |',
  },
  workforce: {
    heading: 'Front-line staff',
    description: 'Insert a section on engaging front-line staff',
    body: 'Front-line staff will be [briefed, involved in the design, trained] by [owner] before [date], and each team will have its role in the partnership set out in [document].',
  },
};

/** The meanings that a skeleton kind stands for in the ordering. */
const PLACE: Record<SkeletonKind, SectionMeaning> = {
  responsibilities: 'responsibilities',
  governance: 'governance',
  resources: 'resources',
  review: 'review',
  involvement: 'involvement',
  measures: 'measures',
  workforce: 'workforce',
};

export function insertSectionSkeleton(doc: PartnershipDocument, kind: SkeletonKind): Fix {
  const skeleton = SKELETONS[kind];
  const rank = ORDER.indexOf(PLACE[kind]);
  const topLevel = doc.sections.filter((s) => s !== doc.sections[0] || s.depth > 1);
  const depth = Math.min(6, Math.max(2, mostCommonDepth(topLevel.map((s) => s.depth))));
  const later = topLevel.find((s) => s.depth <= depth && s.meanings.some((m) => ORDER.indexOf(m) > rank) && !s.meanings.some((m) => ORDER.indexOf(m) !== -1 && ORDER.indexOf(m) <= rank));
  const block = `${'#'.repeat(depth)} ${skeleton.heading}\n\n${skeleton.body}\n\n`;
  if (later) {
    const at = doc.lineStart(doc.locate(later.span.start).line);
    return { description: skeleton.description, range: [at, at], text: block };
  }
  const end = doc.text.length;
  const separator = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  return { description: skeleton.description, range: [end, end], text: `${separator}${block.trimEnd()}\n` };
}

function mostCommonDepth(depths: number[]): number {
  const counts = new Map<number, number>();
  for (const d of depths) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best = 2;
  let bestCount = 0;
  for (const [d, c] of counts) if (c > bestCount || (c === bestCount && d < best)) [best, bestCount] = [d, c];
  return best;
}

/** Adds a skeleton's body (no heading) at the end of an existing section. */
export function appendSkeletonToSection(doc: PartnershipDocument, section: Section, kind: SkeletonKind, description: string): Fix {
  const at = section.span.end;
  const before = doc.text.slice(0, at);
  const separator = before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const after = at < doc.text.length ? '\n\n' : '\n';
  return { description, range: [at, at], text: `${separator}${SKELETONS[kind].body}${after}` };
}
