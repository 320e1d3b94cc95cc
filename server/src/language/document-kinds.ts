/**
 * The words that tell a reviewer what kind of document is in front of them: titles that name a
 * partnership agreement or strategy, titles that name something else (minutes, a privacy notice),
 * and the body's own signs of either. Each entry carries a title or line where it applies and one
 * where it must not; server/test/document-kinds.test.ts checks them as a table.
 */
import type { DocumentKind } from '../engine/types.js';

interface Entry {
  pattern: RegExp;
  example: string;
  counterExample: string;
}

export interface KindTitleEntry extends Entry {
  kind: DocumentKind;
  /** How the reason names what the title names: "a memorandum of understanding". */
  names: string;
  /** A specific name ("terms of reference") counts for more than a general one ("plan"). */
  strength: 'specific' | 'general';
}

export interface DeclaredTypeEntry extends Entry {
  kind: DocumentKind;
}

/** Values of a frontmatter `type:` (or `kind:`) that declare a partnership document; any other value declares it is not one. */
export const DECLARED_TYPES: readonly DeclaredTypeEntry[] = [
  {
    kind: 'agreement',
    pattern:
      /^(agreement|partnership agreement|mou|memorandum( of understanding)?|terms of reference|tor|section[ -]?75( agreement)?|s75|collaboration agreement|consortium agreement|contract|charter|compact)$/i,
    example: 'memorandum of understanding',
    counterExample: 'meeting notes',
  },
  {
    kind: 'strategy',
    pattern: /^(strategy|partnership strategy|plan|partnership plan|strategic plan|action plan|delivery plan|roadmap)$/i,
    example: 'strategic plan',
    counterExample: 'blog',
  },
];

/** Titles that name a partnership agreement or strategy. */
export const KIND_TITLES: readonly KindTitleEntry[] = [
  {
    kind: 'agreement',
    names: 'a memorandum of understanding',
    strength: 'specific',
    pattern: /\b(memorand(um|a)|MOUs?)\b/i,
    example: 'Memorandum of Understanding (MOU) between the Public Health Data Center of Practice and [Partner]',
    counterExample: 'Moulding and casting guide',
  },
  {
    kind: 'agreement',
    names: 'terms of reference',
    strength: 'specific',
    pattern: /\bterms of reference\b|\btor\b/i,
    example: 'Terms of Reference of the 360Giving Data Standard Stewardship Committee',
    counterExample: 'Terms of service',
  },
  {
    kind: 'agreement',
    names: 'a partnership, collaboration, consortium or membership agreement',
    strength: 'specific',
    pattern:
      /\b(partnership|collaboration|collaborative|consortium|membership|alliance|joint[\s-]working|partnering|venture|co-?operation|pooled (budget|fund)|section[\s-]?75|s\.? ?75) agreements?\b/i,
    example: 'Venture Agreement',
    counterExample: 'Partnership working: what we learned',
  },
  {
    kind: 'agreement',
    names: 'a data-sharing agreement',
    strength: 'specific',
    pattern:
      /\b(data|information)[\s-](sharing|exchange|sponsor|use|access|transfer|processing)\b[^.]{0,30}\b(agreement|protocol|arrangement)s?\b|\b(agreement|protocol) for (the )?(confidential )?(data|information)\b|\bdata terms of use\b/i,
    example: 'Agreement for Confidential Data Exchange between the District and the University',
    counterExample: 'Data sharing: how to find our open data',
  },
  {
    kind: 'agreement',
    names: 'a fiscal sponsorship or sponsor agreement',
    strength: 'specific',
    pattern: /\b(fiscal )?sponsor(ship)? agreement\b/i,
    example: 'Fiscal Sponsorship Agreement',
    counterExample: 'Our sponsors',
  },
  {
    kind: 'agreement',
    names: 'the charter of a board, committee or network',
    strength: 'specific',
    pattern: /\b(board|committee|group|network|forum|council|partnership|consortium|alliance|collaboration)( \w+)? charter\b|\bcharter (of|for) the \w+/i,
    example: 'Executive Committee Charter',
    counterExample: 'Charter flights from Leeds',
  },
  {
    kind: 'agreement',
    names: 'a compact, concordat or protocol between partners',
    strength: 'specific',
    pattern: /\bcompact\b(?! (disc|camera|car|edition|mode|size))|\bconcordat\b|\b(partnership|joint[\s-]working|working) protocol\b|\bheads of terms\b/i,
    example: 'Ellesmere Vale Culture Compact',
    counterExample: 'Compact disc archive',
  },
  {
    kind: 'agreement',
    names: 'an agreement',
    strength: 'general',
    // Licences, NDAs and tenancies are agreements, but not between partners.
    pattern: /(?<!(licen[cs]e|non-disclosure|service level|user|tenancy|rental|purchase|loan|employment) )\bagreement\b(?! (to use|on|in principle))/i,
    example: 'Agreement between Harbour Trust and the Rowing Club',
    counterExample: 'Contributor License Agreement',
  },
  {
    kind: 'strategy',
    names: 'a strategy',
    strength: 'specific',
    pattern: /\bstrateg(y|ies)\b|\bstrategic (plan|framework|priorities|direction)\b/i,
    example: 'Software Carpentry Foundation Strategic Plan',
    counterExample: 'Strategic Defence Review minutes index',
  },
  {
    kind: 'strategy',
    names: 'a delivery, action or partnership plan',
    strength: 'specific',
    pattern:
      /\b(delivery|action|improvement|commissioning|partnership|joint|implementation|investment|locality|place|system|services|wellbeing|safety|carers|care fund|food|resilience) plans?\b/i,
    example: 'Joint Carers Delivery Plan 2025 to 2028',
    counterExample: 'Neighbourhood planning explained',
  },
  {
    kind: 'strategy',
    names: 'a roadmap',
    strength: 'specific',
    pattern: /\broad[\s-]?maps?\b/i,
    example: 'Regional Data Collaboration Roadmap 2025',
    counterExample: 'Road closures this weekend',
  },
  {
    kind: 'strategy',
    names: 'a partnership framework or collaboration network',
    strength: 'specific',
    pattern: /\b(partnership|collaboration|collaborative|outcomes?) (framework|network)\b/i,
    example: 'Riverside Collaboration Network',
    counterExample: 'Network cabling framework',
  },
  {
    kind: 'strategy',
    names: 'a plan',
    strength: 'general',
    pattern: /\bplan\b/i,
    example: 'Better Care Fund Plan',
    counterExample: 'Planning application guidance',
  },
  {
    kind: 'strategy',
    names: 'goals, priorities or commitments',
    strength: 'general',
    pattern: /\b(goals?|objectives|priorities|commitments|ambitions|pledges)\b/i,
    example: 'Our shared goals for 2026',
    counterExample: 'Goalkeeping drills',
  },
];

export interface GenreEntry extends Entry {
  /** How the reason names the genre: "meeting minutes". */
  names: string;
}

/**
 * Titles that name a kind of document that is not itself a partnership agreement or strategy, even
 * when it is about one: "Minutes of the Partnership Board", "Press release: council signs MOU".
 */
export const OTHER_GENRE_TITLES: readonly GenreEntry[] = [
  {
    names: 'meeting minutes or an agenda',
    pattern: /\bminutes\b|\bagenda\b|\b(meeting|action) notes\b|\bnotes of (the )?(\w+ )?meeting\b/i,
    example: 'Minutes of the Partnership Board, 4 March',
    counterExample: 'Partnership Board terms of reference',
  },
  {
    names: 'a privacy notice',
    pattern: /\bprivacy\b|\bcookies?\b|\bfair processing notice\b/i,
    example: 'Privacy notice for the data-sharing partnership',
    counterExample: 'Data-sharing agreement',
  },
  {
    names: 'a code of conduct or policy statement',
    pattern: /\bcode of (conduct|practice)\b|\b(safeguarding|whistleblowing|complaints|security|acceptable use) policy\b/i,
    example: 'Code of Conduct',
    counterExample: 'Conduct of meetings: terms of reference',
  },
  {
    names: 'a job description',
    pattern: /\bjob (description|profile|advert)\b|\brole (description|profile)\b|\bperson specification\b|\bvacancy\b|\bwe('| a)re hiring\b/i,
    example: 'Job description: Partnership Development Officer',
    counterExample: 'Roles and responsibilities of the partners',
  },
  {
    names: 'a consultation notice or survey',
    pattern: /\bconsultation\b|\bquestionnaire\b|\bsurvey\b|\bhave your say\b/i,
    example: 'Consultation on the devolution deal',
    counterExample: 'Co-production and involvement plan',
  },
  {
    names: 'a press release or news item',
    pattern: /\b(press|news|media) release\b|\b(latest )?news:|\bannounce(s|d|ment)\b|\bsigns?\b.*\b(memorandum|mou|agreement)\b/i,
    example: 'Press release: Castlegate Homes and Northmarsh Police sign memorandum of understanding',
    counterExample: 'Memorandum of Understanding between Castlegate Homes and Northmarsh Police',
  },
  {
    names: 'a README or guide',
    pattern: /\breadme\b|\b(user|style|quick[\s-]?start|getting started) guide\b|\bplaybook\b|\bfaqs?\b|\bhow to\b/i,
    example: 'README: Recovery data partnership pipeline',
    counterExample: 'Recovery data partnership agreement',
  },
];

export interface BodySign extends Entry {
  /** How the reason names the sign: "refers to itself as an agreement". */
  names: string;
}

/** The body's own signs that it is an agreement (matched on plain text, one line at a time). */
export const AGREEMENT_SIGNS = {
  selfReference: {
    names: 'refers to itself as an agreement',
    pattern: /\b(this|the present|these) (agreement|memorandum|mou|charter|compact|protocol|terms of reference|tor)\b/i,
    example: 'This Memorandum sets out how the partners will work together.',
    counterExample: 'The memorandum we signed last year is on our website.',
  },
  parties: {
    names: 'speaks of the parties',
    pattern: /\b(the|both|each|either|neither|all|other) part(y|ies)\b(?! (politics|political|line))/i,
    example: 'Each Party will name a lead officer.',
    counterExample: 'We never share data with third parties.',
  },
  namedParties: {
    names: 'parties named',
    pattern: /\b(by and )?between:?\s+(the )?[A-Z][\w&'’.-]*( [A-Z&][\w&'’.-]*)*( \([^)]*\))?,? (and|&) (the )?[A-Z]|\bentered into by\b|^\s*between:?\s*$/,
    example: 'This agreement is made between Harbour Trust and Northmarsh Council.',
    counterExample: 'The gap between rich and poor has grown.',
  },
  partnersCommit: {
    names: 'partners commit to one another',
    pattern: /\b(the|all|each|both|every) (\w+ ){0,2}(partners?|part(y|ies)|members?|signatories|organisations) (will|shall|must|agrees?|undertakes?|commits?)\b/i,
    example: 'Each partner will nominate a lead for the group.',
    counterExample: 'Our partners said the service had improved.',
  },
  governingBody: {
    names: 'sets out how a board or committee works',
    pattern:
      /\b(members of the (\w+ ){0,3}(committee|board|group|forum|panel|council)|quorum|quorate|chaired by|the chair( person)? (will|shall|of)|co-chairs?|(committee|board|group|forum|panel|council) (will|shall) (meet|consist|comprise)|(committee|board|group|forum|panel|council) (makes (all )?decisions|decides on))\b/i,
    example: 'The group will meet quarterly and is quorate when four members attend.',
    counterExample: 'She chairs a local book club.',
  },
} satisfies Record<string, BodySign>;

/** Headings an agreement has and a strategy seldom does: its definitions, and how it may be changed. */
export const AGREEMENT_HEADING: BodySign = {
  names: 'defines its terms or how it may be changed',
  pattern: /^(definitions?\b|interpretation$|(changes|amendments?|variations?) to (the|this) (\w+ ){0,3}(agreement|charter|terms|memorandum)\b)/i,
  example: 'Changes to the Collaboration Agreement',
  counterExample: 'Changes to bus routes',
};

/** Goals the document states for itself ("the second goal is ..."). */
export const STATED_GOALS: BodySign = {
  names: 'states goals',
  pattern: /\b(goals?|aims|objectives|priorities|mission|ambitions?)\b/i,
  example: 'Our first goal is to halve waiting times.',
  counterExample: 'The goalkeeper saved a penalty.',
};

/** A line that opens a numbered clause: "1.", "4.2", "(a)", "B." (after any heading marks or bold). */
export const NUMBERED_CLAUSE: Entry = {
  pattern: /^\s*(#+\s*)?(\*\*)?(\d{1,2}(\.\d{1,2})*[.)]?|[A-Z][.)]|\(([a-z]|[ivx]+|\d+)\))\s+[A-Za-z“"]/,
  example: '4.2 Each partner will share its data monthly.',
  counterExample: '2026 was a good year.',
};

/** A commitment a strategy makes: "We will ..." */
export const COMMITMENT: Entry = {
  pattern: /\bwe (will|shall|are going to|commit to)\b/i,
  example: 'We will open two more hubs by 2027.',
  counterExample: 'Will we still need a hub?',
};

/** Words that say the document is shared between organisations, not one team's own plan. */
export const PARTNERSHIP_WORDS: Entry = {
  pattern:
    /\b(partnerships?|partners|joint|integrated|multi-agency|alliance|consortium|coalition|network|collaborat(e|ive|ion)|members|member organisations|stakeholders|community|communities|health and wellbeing|community safety|system-wide|place-based|together|better care fund|section 75|safeguarding|local authorities)\b/i,
  example: 'The partners will pool their budgets.',
  counterExample: 'The team will refactor the parser.',
};

/**
 * Lines whose presence says the document is something else, whatever its title: the minutes of a
 * meeting, a privacy notice, a README, a press release or a job advert.
 */
export const OTHER_GENRE_SIGNS: readonly GenreEntry[] = [
  {
    names: 'the minutes of a meeting',
    pattern: /^\W*(apologies( for absence)?|present|attendees|in attendance)\W*:|^\W*(matters arising|any other business|AOB|date of (the )?next meeting)\b/i,
    example: 'Apologies: J. Okafor (Northmarsh Police)',
    counterExample: 'We will present the plan to the board.',
  },
  {
    names: 'a privacy notice',
    pattern: /\b(your personal (data|information)|you have the right to|we collect (your|the following)|cookies)\b/i,
    example: 'You have the right to ask for a copy of your personal data.',
    counterExample: 'The partners will share personal data under a lawful basis.',
  },
  {
    names: 'a README',
    pattern: /^\s*(\$ |npm (install|run)|pip install|git clone|docker (run|compose))|^#+\s*(installation|getting started|usage|running (the|it) locally|development setup)\s*$/i,
    example: '## Installation',
    counterExample: '## Implementation',
  },
  {
    names: 'a press release',
    pattern: /\b(for immediate release|notes to editors|media (enquiries|contact)|press office)\b|^\s*-?\s*ends\s*-?\s*$/i,
    example: 'Notes to editors',
    counterExample: 'The agreement ends in March 2028.',
  },
  {
    names: 'a job description',
    pattern: /\b(person specification|job purpose|salary|closing date for applications|essential (criteria|skills)|desirable (criteria|skills)|hours of work)\b/i,
    example: 'Salary: £38,000 to £42,000',
    counterExample: 'Each partner funds its own staff.',
  },
];

/** A page that talks to its reader ("you must sign") is about an agreement, not the agreement itself. */
export const READER_WORDS: Entry = {
  pattern: /\byou(r|rs)?\b/gi,
  example: 'You must sign the memorandum before you start.',
  counterExample: 'The partners must sign the memorandum.',
};
