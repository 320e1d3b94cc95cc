import { memoizeText } from '../language/text-memo.js';
import { phrasePattern } from '../language/words.js';
import type { Item, Partner, PartnershipDocument, Span } from '../model/types.js';
import { defineRule } from './types.js';

interface Options {
  maxPartners: number | null;
}

const OPEN_ENDED =
  /\b(as many (partners|organisations|organizations|agencies|members|bodies|groups) as (possible|we can|can be|will join|are willing)|open to (any|all|every) ([\w-]+\s+){0,4}(organisation|organization|agency|partner|group|body|interested|willing|provider)s?|any (organisation|organization|agency|group|body|provider) (that|which|who) (wishes|wants|would like|is interested|asks)|the more (partners|organisations|organizations|members|signatories|agencies)\b[^.]{0,80}\bthe (better|stronger)|keep (adding|signing up|recruiting) (more )?(signatories|partners|members|organisations)|widest possible (membership|range of partners|partnership)|no (limit|cap) (on|to) (the number of )?(partners|members|organisations)|(all|any) (interested|willing) (organisations|parties|partners|agencies|bodies) (are|will be|is) welcome|anyone (can|may) join|(sign|bring|draw) (up|in) as many|welcomes? any ([\w-]+\s+){0,3}(group|organisation|organization|club|business|body|partner|agency)|(membership|the partnership|the board)( of the (partnership|board))? is (unlimited|open-ended|uncapped)|any ([\w-]+,?\s+){0,10}(may|can) (join|sign up|sign|become a (member|partner|signatory))|every ([\w-]+,?\s+){0,8}to (sign|join|sign up)\b[^.]{0,60}\bbecome (a )?(partner|member|signatory)|any (group|club|business|organisation|organization)[^.]{0,40}(that|which|who) (wants|wishes))\b/i;
const CONTROLLED = /\b(only (with|if|by|after|where)|subject to|with the (unanimous |written )?(agreement|approval|consent))\b/i;
const ROLE_COLUMN = /\b(roles?|responsibilit(y|ies)|contributions?|brings|provides|does|duties|commitments?)\b/;
const ROLE_SECTIONS = ['responsibilities', 'actions', 'governance', 'resources', 'involvement', 'workforce', 'measures', 'review', 'exit', 'disputes'];
const ROLE_VERBS = /\b(will|shall|must|is responsible|are responsible|leads?|chair|vice-chair|makes?|refers?|offers?|provides?|hosts?|chairs?|contributes?|funds?|employs?|manages?|delivers?|commissions?|supplies|offers?|runs?|coordinates?|co-ordinates?|supports?|seconds?|owns?|holds?|reports?|agrees? to|undertakes?)\b/i;

export default defineRule<Options>({
  meta: {
    id: 'partner-sprawl',
    description: 'The partnership is open-ended, or a listed partner is given no role anywhere in the document.',
    defaultSeverity: 'warning',
    kinds: ['strategy', 'agreement'],
    level: 'line',
    tags: ['partners', 'roles'],
    fixable: null,
    optionsSchema: {
      type: 'object',
      properties: {
        maxPartners: { type: ['integer', 'null'], minimum: 1, description: 'Flag a partners list longer than this (null: no limit).' },
      },
      additionalProperties: false,
    },
    guidance: {
      why:
        'Signing up as many partners as possible dilutes purpose and makes it harder to agree anything; a partner with no part to play adds meetings, not value.',
      howToFix:
        'Bring in the partners the aims need, and give every listed partner a named role or take it off the list.',
      goodExample: 'Housing Trust: provides two supported flats and a tenancy officer for the discharge pathway.',
    },
  },
  defaultOptions: { maxPartners: null },
  checkPart({ doc, report }) {
    for (const sentence of doc.sentences) {
      // "Another organisation may join only with the Board's agreement" is a controlled door, not an open one.
      if (OPEN_ENDED.test(sentence.text) && !CONTROLLED.test(sentence.text)) {
        report({
          message: 'An open-ended partnership spreads responsibility thin: name the partners the aims need, and what each one brings.',
          span: sentence.span,
        });
      }
    }
  },
  check({ doc, options, report }) {
    const roleTexts = roleBearingTexts(doc);
    const roles = doc.sections.find((s) => s.meanings.includes('responsibilities'));
    // A short name defined in passing says what a term means, not that its holder is a partner.
    for (const partner of doc.partners.filter((p) => p.source === 'listed')) {
      const listing = doc.items.find((item) => item.span.start <= partner.span.start && partner.span.end <= item.span.end);
      if ((listing && describesRole(listing.text, partner, listing)) || hasRole(partner, roleTexts)) continue;
      report({
        message: `${partner.name} is listed as a partner but is given no role anywhere in this document: say what it does and answers for, or leave it out.`,
        span: partner.span,
        ...(roles ? { related: [{ message: `Roles are set out in "${roles.heading}", and ${partner.name} is not among them.`, span: roles.headingSpan }] } : {}),
      });
    }
    if (options.maxPartners !== null && doc.partners.length > options.maxPartners) {
      const first = doc.partners[0];
      report({
        message: `This partnership lists ${doc.partners.length} partners, more than the ${options.maxPartners} set for this project: a smaller core with clear roles is easier to hold to account.`,
        span: first.span,
      });
    }
  },
});

const namesRole = memoizeText((text: string) => ROLE_VERBS.test(text));

/** Texts where naming a partner gives it a role: actions, owner cells, and role sections or verbs. */
function roleBearingTexts(doc: PartnershipDocument): { text: string; span: Span }[] {
  const texts: { text: string; span: Span }[] = [];
  for (const action of doc.actions) {
    texts.push({ text: action.text, span: action.span });
    if (action.owner) texts.push({ text: action.owner.text, span: action.owner.span });
    if (action.item) texts.push({ text: action.item.text, span: action.item.span });
  }
  for (const sentence of doc.sentences) {
    // Signing the agreement, or being a contact for it, is not a role in it.
    if (sentence.section?.meanings.includes('signatures')) continue;
    const meanings = sentence.section?.meanings ?? [];
    if (meanings.some((m) => ROLE_SECTIONS.includes(m)) || namesRole(sentence.text)) texts.push(sentence);
  }
  return texts;
}

function hasRole(partner: Partner, texts: readonly { text: string; span: Span }[]): boolean {
  const names = phrasePattern([partner.name, ...partner.aliases], 'i');
  const keywords = partner.keywords.length ? phrasePattern(partner.keywords, '') : null;
  const mentions = (text: string) => names.test(text) || (keywords?.test(text) ?? false);
  return texts.some((t) => mentions(t.text) && (!overlaps(t.span, partner.span) || describesRole(t.text, partner)));
}

/** A listing that says what the partner does ("NCC | Chair | Commissions outreach") gives it a role. */
function describesRole(text: string, partner: Partner, row?: Item): boolean {
  // "| Northshire Police | Shares crime data monthly |" under a Role column: the row says what it does.
  for (const [header, cell] of row?.cells ?? []) {
    if (ROLE_COLUMN.test(header) && cell.text.trim().split(/\s+/).length >= 2) return true;
  }
  const withoutName = text.replace(phrasePattern([partner.name, ...partner.aliases], 'gi'), ' ');
  // "Age Concern Northbrook (befriending and the information line)" says what it does.
  const described = /\(([^)]+)\)|(?:\s[–—-]\s|:\s)(.+)$/.exec(withoutName);
  if (described && (described[1] ?? described[2]).trim().split(/\s+/).length >= 2 && !/^the\s/i.test((described[1] ?? '').trim())) return true;
  const rest = withoutName.replace(/[|,;:()\s–—-]+/g, ' ').trim();
  return rest.split(' ').length >= 3 && ROLE_VERBS.test(rest);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
