/**
 * What a partnership adviser would add to each finding: why it matters and how to put it right.
 * The one place this text lives (hover reads it; rule docs may too). Written from the evidence in
 * "Take your partners" (Community Care), in partnerlint's own words.
 */
export interface RuleGuidance {
  /** Why the problem matters, with the evidence behind it. */
  why: string;
  /** What to change. */
  howToFix: string;
  /** A short passage that does it well. */
  goodExample: string;
}

export const RULE_GUIDANCE: Readonly<Record<string, RuleGuidance>> = {
  'vague-aim': {
    why:
      'Partners who never agree what change they are after tend to drift apart, and without a stated change nobody can later tell whether the partnership worked for the people it serves.',
    howToFix:
      'Say who benefits, what changes for them, by how much (a baseline and a target) and by when.',
    goodExample: 'Cut the wait for a home care assessment from 21 to 7 days for adults leaving hospital by March 2027.',
  },
  'missing-accountability': {
    why:
      'An action that "will be done" by nobody in particular, or by "all partners", is an action nobody will chase. Lacking a clear agreement on who does what is one of the practical reasons partnerships founder.',
    howToFix:
      'Name the one organisation or post that answers for the action, and put it in the owner column or before the verb.',
    goodExample: 'The Joint Commissioning Manager (City Council) will report progress to the Partnership Board each quarter.',
  },
  'fifty-fifty-everything': {
    why:
      'Splitting every cost, risk and decision down the middle sounds fair but ignores what each partner actually brings and uses; experienced practitioners list it among the worst tips for running a partnership.',
    howToFix:
      'Agree each contribution on its own merits and give the reason for the split of each item.',
    goodExample: 'The council funds 70% of the hub’s running costs because 70% of its referrals come from adult social care.',
  },
  'no-user-involvement': {
    why:
      'People who use services care about getting help, not about which agency gives it. Involving them from the very start is the first thing good partnerships do; telling them after the decisions are made is not involvement.',
    howToFix:
      'Say how service users, carers or residents help design the partnership and take part in its governance from the outset.',
    goodExample: 'Two carers and two people with lived experience sit on the Partnership Board and co-chair the design workshops.',
  },
  'meetings-as-success': {
    why:
      'A full diary of well-attended meetings shows activity, not results; treating it as proof of a good partnership is a classic trap.',
    howToFix:
      'Judge success by what changes for service users, and keep meetings as the means, not the measure.',
    goodExample: 'Success means fewer people having to repeat their story: 80% of new referrals handled by one named worker by 2027.',
  },
  'partner-sprawl': {
    why:
      'Signing up as many partners as possible dilutes purpose and makes it harder to agree anything; a partner with no part to play adds meetings, not value.',
    howToFix:
      'Bring in the partners the aims need, and give every listed partner a named role or take it off the list.',
    goodExample: 'Housing Trust: provides two supported flats and a tenancy officer for the discharge pathway.',
  },
  'resources-only-money': {
    why:
      'Failing to sort out resources, and not only who pays for what, is a common reason partnerships stall. Staff time, premises, data and skills are resources too.',
    howToFix:
      'List what each partner contributes besides money: staff time, buildings, IT and data, expertise and management capacity.',
    goodExample: 'The trust provides two nurses (1.6 FTE) and clinic space on Tuesdays; the council shares referral data weekly.',
  },
  'key-person-dependency': {
    why:
      'Crucial people moving on is one of the practical stumbling blocks that sink partnerships; work tied to one named person stops when that person leaves.',
    howToFix:
      'Tie the role to a post, name a deputy, and say how the work is handed over when people change.',
    goodExample: 'The Head of Integrated Care leads the programme, with the Deputy Director of Housing as named deputy; handover notes are kept on the shared drive.',
  },
  'no-review-or-exit': {
    why:
      'Partners with different accountabilities and decision cultures will pull apart at times. An agreement without a review date, an exit route and a way to settle disputes leaves them nothing to fall back on when they do.',
    howToFix:
      'Add a review date, the terms on which a partner may leave or the agreement end, and the steps for resolving disputes.',
    goodExample: 'The Board reviews this agreement every April. A partner may withdraw on six months’ notice. Disputes go first to the chief officers, then to an independent mediator.',
  },
  'no-outcome-measures': {
    why:
      'In the end a partnership is judged by whether outcomes for users improve; counting activity alone cannot show that.',
    howToFix:
      'Add at least one measure of change for service users, carers or the community, with a baseline and a target.',
    goodExample: 'Share of carers who say they feel supported: from 41% (2025 survey) to 60% by 2027.',
  },
  'frontline-staff-not-engaged': {
    why:
      'Partnerships fail above all when they do not win the commitment of front-line staff; one study saw morale, job satisfaction and role clarity fall in the first year of a mental health partnership.',
    howToFix:
      'Say how front-line staff are briefed, involved in the design, trained and made clear about their roles.',
    goodExample: 'Front-line staff from both teams join the design workshops, get joint training before go-live, and receive a one-page guide to who does what.',
  },
  'decision-making-unclear': {
    why:
      'Partners often decide in very different ways (long formal processes in one, quick conversations in another); unless the agreement says how decisions are made, that difference breeds confusion and suspicion.',
    howToFix:
      'State who decides what, the quorum and voting, what is delegated to officers, and how disagreements are escalated.',
    goodExample: 'The Board decides by consensus with a quorum of one member from each partner; spending under £50k is delegated to the programme lead; deadlocks go to the chief executives.',
  },
  buzzword: {
    why:
      'Fashionable phrases make a plan sound busy while saying little; readers outside the meeting room cannot tell what will actually happen.',
    howToFix: 'Say the plain thing you mean, or drop the phrase.',
    goodExample: 'From April, district nurses and social workers share one referral form.',
  },
};

export function guidanceFor(ruleId: string): RuleGuidance | undefined {
  return RULE_GUIDANCE[ruleId];
}
