// Sentence makers for the benchmark corpus. Each takes the document's context `c` and returns one
// sentence. Good and weak forms sit side by side so the rules meet both, as they would in real papers.
import { buzzPhrases, months, sharedTasks } from './vocabulary.mjs';

const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const money = (c, min, max) => `£${(c.r.int(min, max) * 1000).toLocaleString('en-GB')}`;

export function date(c) {
  const year = c.year + c.r.int(0, 2);
  return c.r.pick([
    () => `${c.r.pick(months)} ${year}`,
    () => `31 March ${year}`,
    () => `the end of ${year}/${String(year + 1).slice(2)}`,
    () => `Q${c.r.int(1, 4)} ${year}/${String(year + 1).slice(2)}`,
    () => `${c.r.int(1, 28)} ${c.r.pick(months)} ${year}`,
  ])();
}

export function task(c) {
  return c.r.chance(0.6) ? c.r.pick(c.topic.tasks) : c.r.pick(sharedTasks);
}

export function person(c) {
  return `${c.r.pick(c.names.first)} ${c.r.pick(c.names.last)}`;
}

/** A partner as the document refers to it: its defined short name or its full name. */
export function partnerRef(c, partner = c.r.pick(c.partners)) {
  return c.useShortNames ? partner.short : partner.name;
}

/** The same, at the start of a sentence or in a table cell. */
export const Partner = (c, partner) => cap(partnerRef(c, partner));

export function ownerCell(c) {
  const owners = [
    () => Partner(c),
    () => Partner(c),
    () => `${c.r.pick(c.roles)}, ${partnerRef(c)}`,
    () => c.board,
    () => person(c),
  ];
  const diffuse = ['All partners', 'The partnership', 'Jointly', 'TBC', '', 'Everyone', 'Partners', 'tbc'];
  return c.r.chance(c.weakness * 0.6) ? c.r.pick(diffuse) : c.r.pick(owners)();
}

function metricAim(c) {
  const m = c.r.pick(c.topic.metrics);
  const from = c.r.int(m.low, m.high);
  const better = m.up ? Math.min(m.percent ? 98 : from * 3, Math.round(from * (1.2 + c.r.next()))) : Math.max(1, Math.round(from * (0.4 + c.r.next() * 0.4)));
  if (m.percent) {
    return `${m.up ? 'Raise' : 'Lower'} the share of ${m.what} from ${from}% to ${better}% by ${date(c)}`;
  }
  const unit = m.unit === 'per cent' ? '' : ` ${m.unit}`;
  return `${m.up ? 'Increase' : 'Reduce'} ${m.what} from ${from} to ${better}${unit} by ${date(c)}`;
}

/** An aim, objective or priority, written without the final full stop (lists often drop it). */
export function aim(c) {
  if (c.r.chance(c.weakness)) {
    return c.r.pick([
      () => `Improve outcomes for ${c.topic.group} through joined-up working`,
      () => `Work together more effectively to deliver better services for ${c.topic.people}`,
      () => `Deliver a seamless, holistic offer for ${c.topic.subject}`,
      () => `Strengthen partnership working across ${c.place}`,
      () => `Achieve a step change in ${c.topic.subject}`,
      () => `Put ${c.topic.people} at the heart of everything we do`,
      () => `Build a more resilient and sustainable system going forward`,
      () => `Promote independence and wellbeing`,
      () => `Ensure ${c.topic.people} receive high-quality, person-centred support`,
      () => `Raise awareness of ${c.topic.service}`,
    ])();
  }
  return c.r.pick([
    () => metricAim(c),
    () => metricAim(c),
    () => `By ${date(c)}, ${c.r.int(60, 95)}% of ${c.topic.group} ${c.r.pick(c.topic.goods)}`,
    () => `Make sure every one of the ${c.topic.group} known to ${c.topic.service} has a named worker by ${date(c)}`,
    () => `Cut the wait for ${c.topic.service} from ${c.r.int(8, 20)} weeks to ${c.r.int(2, 6)} weeks by ${date(c)}`,
    () => `Halve the number of ${c.r.pick(c.topic.metrics.filter((m) => !m.up && !m.percent).concat(c.topic.metrics[0])).what} by ${date(c)}`,
    () => `${cap(task(c))} by ${date(c)}, so that more ${c.topic.group} ${c.r.pick(c.topic.goods)}`,
  ])();
}

export function context(c) {
  return c.r.pick([
    () => `${c.place} is home to around ${c.r.int(90, 900) * 1000} people, and the number aged over 85 is expected to rise by ${c.r.int(15, 45)}% by ${c.year + 10}.`,
    () => `Demand for ${c.topic.subject} has grown by ${c.r.int(8, 40)}% in three years, while funding has fallen in real terms.`,
    () => {
      const m = c.r.pick(c.topic.metrics);
      const n = c.r.int(m.low, m.high);
      return m.percent
        ? `Last year the figure for ${m.what} stood at ${n}%, against ${n + c.r.int(-8, 8)}% the year before.`
        : `Last year there were ${n} ${m.what}, compared with ${Math.round(n * (0.8 + c.r.next() * 0.4))} the year before.`;
    },
    () => `People have told us that they are passed from one service to the next and must repeat their story each time.`,
    () => `Too often help arrives only once a situation has reached crisis point, when it costs more and achieves less.`,
    () => `The [${c.place} Joint Strategic Needs Assessment](https://www.example.org/${c.place.toLowerCase()}/jsna) shows that ${c.topic.group} are concentrated in ${c.r.int(3, 8)} of the area's ${c.r.int(18, 40)} wards.`,
    () => `Some teams already work side by side: ${c.r.pick(c.topic.teams)} from ${partnerRef(c)} are based at ${c.topic.venue} ${c.r.int(2, 4)} days a week.`,
    () => `Each organisation answers to a different regulator and reports against different targets, which has pulled effort in different directions.`,
    () => `${Partner(c)} and ${partnerRef(c)} agreed in ${c.r.pick(months)} ${c.year - 1} to bring this work under one plan.`,
    () => `A council works through committees and written reports, while the NHS often settles things in conversation; both styles have caused misunderstanding in the past.`,
    () => `Staff surveys in ${c.year - 1} showed that ${c.r.int(20, 60)}% of ${c.r.pick(c.topic.teams)} were unsure who was responsible for what once the services were joined.`,
  ])();
}

export function vision(c) {
  if (c.r.chance(c.weakness)) {
    return c.r.pick([
      `Our vision is a seamless, holistic system that delivers better outcomes for everyone.`,
      `Together we will be best-in-class and bring about a step change in how services are delivered.`,
      `We will work together more effectively, going forward, to deliver better services.`,
      `Our ambition is for ${c.place} to be the best place in the country to live, work and grow old.`,
    ]);
  }
  return c.r.pick([
    () => `By ${c.year + 3}, ${c.topic.group} in ${c.place} will get help early, from people who know their story, without being passed between services.`,
    () => `We want ${c.topic.people} to be able to say: "I tell my story once, and the people helping me talk to each other."`,
    () => `In three years' time we expect fewer ${c.topic.metrics[0].what}, and more ${c.topic.group} who ${c.topic.goods[0]}.`,
  ])();
}

export function action(c) {
  const todo = task(c);
  if (c.r.chance(c.weakness)) {
    return c.r.pick([
      `Progress will be monitored.`,
      `Funding is to be secured so that partners can ${todo}.`,
      `A report will be produced for the Board each quarter.`,
      `Options to ${todo} will be explored.`,
      `All partners will work together to ${todo}.`,
      `The partnership will ${todo}.`,
      `Staff will be trained in the new approach.`,
      `A communications plan will be developed and circulated.`,
    ]);
  }
  return c.r.pick([
    () => `${Partner(c)} will ${todo} by ${date(c)}.`,
    () => `By ${date(c)}, ${partnerRef(c)} will ${todo}.`,
    () => `Progress will be monitored by the ${c.board} each quarter.`,
    () => `${person(c)}, ${c.r.pick(c.roles)}, will lead the work to ${todo}, reporting to the ${c.board}.`,
    () => `${Partner(c)} will ${todo}; ${partnerRef(c)} will check the result with ${c.topic.people}.`,
  ])();
}

export function governance(c) {
  if (c.r.chance(c.weakness * 0.7)) {
    return c.r.pick([
      `Decisions will be made in partnership.`,
      `The partners will work together to agree the way forward.`,
      `Governance arrangements will be developed in due course.`,
      `The partners will take decisions collaboratively and in the spirit of this agreement.`,
    ]);
  }
  return c.r.pick([
    () => `The ${c.board} is the decision-making body for this work. It has one voting member from each partner and is quorate when at least ${Math.max(2, c.partners.length - 1)} partners are present.`,
    () => `Decisions are taken by consensus; where consensus cannot be reached, a decision needs the support of ${Math.max(2, c.partners.length - 1)} of the ${c.partners.length} voting members.`,
    () => `Spending of up to ${money(c, 10, 90)} may be approved by the pooled budget manager; larger sums go to the ${c.board}.`,
    () => `Any matter the ${c.board} cannot resolve is escalated to the chief executives of the partners, who meet within 20 working days to settle it.`,
    () => `The ${c.board} reports to each partner's cabinet or board twice a year.`,
    () => `The ${c.board} meets every ${c.r.pick(['month', 'two months', 'quarter'])}.`,
    () => `Operational decisions about individual cases are delegated to the team managers at ${c.topic.venue}.`,
  ])();
}

export function meetingsAsSuccess(c) {
  return c.r.pick([
    `Regular, well-attended meetings will demonstrate that the partnership is working.`,
    `Success will be measured by attendance at ${c.board} meetings and the number of workshops held.`,
    `We will know we are succeeding when every partner attends every meeting.`,
    `The partnership will be judged on the number of strategies and action plans it produces.`,
  ]);
}

export function resource(c) {
  const year = `${c.year}/${String(c.year + 1).slice(2)}`;
  if (c.r.chance(0.5)) {
    return c.r.pick([
      () => `${Partner(c)} will contribute ${money(c, 50, 2500)} in ${year}.`,
      () => `The pooled budget for ${year} is ${money(c, 400, 9000)}.`,
      () => `Each partner pays its share of the costs quarterly in advance.`,
      () => `Underspends are carried forward to the following year with the agreement of the ${c.board}.`,
    ])();
  }
  return c.r.pick([
    () => `${Partner(c)} will second ${c.r.int(2, 4)} ${c.r.pick(c.topic.teams)} to ${c.topic.venue} for ${c.r.int(2, 5)} days a week.`,
    () => `${Partner(c)} provides desk space and meeting rooms at ${c.topic.venue} free of charge.`,
    () => `Partners will share anonymised data through ${c.r.pick(c.systems)} each month.`,
    () => `${Partner(c)} will give ${c.r.int(2, 10)} days of analyst time each quarter to the joint dashboard.`,
    () => `Managers from each partner will set aside time to lead the workstreams, and this time is counted as part of their contribution.`,
  ])();
}

export function split(c) {
  if (c.r.chance(0.5)) {
    return c.r.pick([
      `All costs, risks and decisions will be shared 50/50 between the partners.`,
      `Everything will be shared equally.`,
      `The partners are equal in every respect and will share all costs equally.`,
    ]);
  }
  const [a, b] = c.r.sample(c.partners, 2);
  return `The coordinator post is funded equally by ${partnerRef(c, a)} and ${partnerRef(c, b ?? a)} because each uses about half of its time.`;
}

export function involvement(c) {
  if (c.r.chance(c.weakness)) {
    return c.r.pick([
      `Once the strategy is agreed, service users will be consulted on it.`,
      `Residents will be informed of the changes through the council website.`,
      `When the new service is in place, ${c.topic.people} will be told how to use it.`,
      `A consultation on the final plan will run for six weeks after it has been approved.`,
    ]);
  }
  return c.r.pick([
    () => `${cap(c.topic.people)} helped to write this document: ${c.r.int(3, 12)} workshops shaped the priorities before any were agreed.`,
    () => `Two seats on the ${c.board} are held by people with lived experience, with the same vote as other members.`,
    () => `A panel of ${c.topic.people} will co-design the new pathway from the start and will be paid for their time.`,
    () => `Carers and people who use ${c.topic.service} sit on every working group.`,
  ])();
}

export function keyPerson(c) {
  if (c.r.chance(c.weakness)) {
    return c.r.pick([
      () => `${person(c)}, ${c.r.pick(c.roles)} at ${partnerRef(c)}, will lead all work under this agreement.`,
      () => `${person(c)} will be the single point of contact for the partnership.`,
    ])();
  }
  return c.r.pick([
    () => `${person(c)} leads the programme, with ${person(c)} as deputy; if either post falls vacant, the ${c.board} names a stand-in within 10 working days.`,
    () => `Each lead role has a named deputy, and leads keep a handover note up to date.`,
  ])();
}

export function workforce(c) {
  const [team, other] = c.r.sample(c.topic.teams, 2);
  return c.r.pick([
    () => `Front-line ${team} will be briefed before the new way of working starts, and each team will have a named practitioner champion.`,
    () => `${cap(team)} and ${other} will be co-located at ${c.topic.venue} from ${date(c)}.`,
    () => `A practitioner reference group of ${team} will test each change before it is rolled out.`,
    () => `Staff will receive joint training on ${c.topic.subject}.`,
    () => `We will survey ${team} each ${c.r.pick(months)} about morale and how clear their roles are.`,
  ])();
}

export function review(c) {
  return c.r.pick([
    () => `This agreement will be reviewed by the ${c.board} in ${c.r.pick(months)} ${c.year + 1} and every year after that.`,
    () => `The strategy will be refreshed in ${c.year + 2}, drawing on what ${c.topic.people} tell us.`,
    () => `A review will take place.`,
    () => `The measures are reported to the ${c.board} every quarter, and the whole plan is reviewed each spring.`,
  ])();
}

export function exit(c) {
  return c.r.pick([
    `A partner may leave the agreement by giving six months' notice in writing to the other parties.`,
    `On termination, any balance in the pooled budget is returned to the partners in proportion to what each put in, and seconded staff return to their employer.`,
    `The agreement ends on 31 March ${c.year + 3} unless the partners agree in writing to extend it.`,
  ]);
}

export function dispute(c) {
  return c.r.pick([
    `A dispute is first discussed by the operational leads; if it is not settled within 15 working days it goes to the directors, and then to mediation.`,
    `Nothing in this section stops a partner from seeking legal advice.`,
    `Where the directors cannot agree, the partners will appoint an independent mediator and share the mediator's costs in proportion to their contributions.`,
  ]);
}

export function measure(c) {
  const m = c.r.pick(c.topic.metrics);
  return c.r.chance(c.weakness * 0.8)
    ? c.r.pick([
        'Number of Board meetings held',
        'Number of referrals received',
        'Number of staff trained',
        'Number of leaflets distributed',
        'Attendance at partnership events',
        'Number of partners signed up',
      ])
    : c.r.pick([
        () => cap(m.percent ? `percentage of ${m.what}` : `number of ${m.what}`),
        () => `${cap(c.topic.people)} who say they ${c.r.pick(c.topic.goods)}`,
        () => `Share of ${c.topic.group} who ${c.r.pick(c.topic.goods)}`,
      ])();
}

/** Sometimes a plain sentence gets a dose of jargon, as drafts do. */
export function withBuzz(c, sentence) {
  if (!c.r.chance(c.buzzRate)) return sentence;
  const phrase = c.r.pick(buzzPhrases);
  const body = sentence.replace(/\.$/, '');
  return c.r.pick([
    () => `Going forward, ${body.charAt(0).toLowerCase()}${body.slice(1)}.`,
    () => `${body}, taking a ${phrase === 'holistic' || phrase === 'seamless' ? phrase : 'holistic'} approach.`,
    () => `${body} and create real synergies between services.`,
    () => `${body}; this will be a genuine ${c.r.pick(['step change', 'paradigm shift'])}.`,
    () => `${body}, picking the low-hanging fruit first.`,
    () => `${body}, using joined-up thinking.`,
    () => `${body} and leverage the assets partners already hold.`,
  ])();
}
