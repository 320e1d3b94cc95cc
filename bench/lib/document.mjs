// Writes one partnership document (strategy or agreement) as markdown, of roughly `targetLines` lines.
// Structure, heading style, wrapping, tables and wording vary per document so the corpus is not one
// template repeated.
import * as say from './sentences.mjs';
import { boardNames, firstNames, organisations, placeEnds, placeStarts, roles, surnames, systems, topics } from './vocabulary.mjs';

export function writeDocument(r, { kind, targetLines }) {
  const c = makeContext(r, kind);
  const head = [...frontmatter(c), ...(r.chance(0.92) ? [`# ${c.title}`, ''] : [])];
  const plan = planSections(c, targetLines);
  const body = [];
  let weightLeft = plan.reduce((sum, s) => sum + s.weight, 0);
  plan.forEach((section, index) => {
    // Each section gets its share of what is left, so early overshoot is absorbed by later sections.
    const linesLeft = targetLines - head.length - body.length;
    const budget = Math.max(3, Math.round((linesLeft * section.weight) / weightLeft));
    weightLeft -= section.weight;
    body.push(heading(c, 2, section.title, index + 1), '', ...section.render(c, budget - 2, index + 1), '');
  });
  return [...head, ...body].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function makeContext(r, kind) {
  const topic = r.pick(topics);
  const place = r.pick(placeStarts) + r.pick(placeEnds);
  const partnerCount = r.chance(0.12) ? r.int(6, 11) : r.int(2, 5);
  const partners = r.sample(organisations, partnerCount).map((org) => ({
    name: org.pattern.replace('{P}', r.chance(0.8) ? place : r.pick(placeStarts) + r.pick(placeEnds)),
    short: org.short,
  }));
  const year = r.int(2025, 2028);
  const c = {
    r,
    kind,
    topic,
    place,
    partners,
    year,
    board: r.pick(boardNames),
    roles,
    systems,
    names: { first: firstNames, last: surnames },
    // How weak this draft is: the share of aims, owners and clauses written the way the rules flag.
    weakness: r.pick([0.05, 0.15, 0.3, 0.5]),
    buzzRate: r.pick([0, 0.02, 0.06, 0.15]),
    useShortNames: r.chance(0.55),
    wrap: r.pick([0, 72, 72, 80, 80, 80, 100, 100]),
    bullet: r.pick(['-', '-', '*']),
    numbering: r.pick(['none', 'none', 'dotted', 'section']),
    padTables: r.chance(0.4),
    ownerHeader: r.pick(['Owner', 'Owner', 'Lead', 'Responsible', 'Who']),
  };
  c.title = title(c);
  return c;
}

function title(c) {
  const span = `${c.year}–${String(c.year + 3).slice(2)}`;
  const r = c.r;
  if (c.kind === 'strategy') {
    return r.pick([
      `${c.place} ${c.topic.title} Strategy ${span}`,
      `${c.topic.title}: a Partnership Plan for ${c.place}`,
      `${c.place} Joint ${c.topic.title} Plan ${span}`,
      `Our shared strategy for ${c.topic.subject} in ${c.place}`,
    ]);
  }
  return r.pick([
    `Partnership Agreement: ${c.topic.title}`,
    `Memorandum of Understanding for ${c.topic.subject} in ${c.place}`,
    `Section 75 Agreement: ${c.topic.title}`,
    `Terms of Reference of the ${c.place} ${c.board}`,
    `${c.place} ${c.topic.title} Partnership Agreement`,
  ]);
}

function frontmatter(c) {
  const r = c.r;
  const names = c.partners.map((p) => p.name);
  const partnerLines = r.chance(0.8)
    ? ['partners:', ...names.map((n) => `  - ${n}`)]
    : [`partners: [${names.map((n) => (n.includes("'") ? `"${n}"` : n)).join(', ')}]`];
  const optional = [
    `status: ${r.pick(['draft', 'final', 'consultation draft', 'approved'])}`,
    `version: ${r.int(0, 3)}.${r.int(1, 9)}`,
    `date: ${c.year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    `owner: ${c.r.pick(roles)}`,
    `review: ${c.year + 1}-${String(r.int(1, 12)).padStart(2, '0')}`,
  ].filter(() => r.chance(0.6));
  return ['---', `title: "${c.title}"`, `type: ${c.kind}`, ...partnerLines, ...optional, '---', ''];
}

function heading(c, depth, text, number, sub) {
  const label = c.numbering === 'dotted' ? `${number}${sub ? `.${sub}` : '.'} ${text}` : c.numbering === 'section' && !sub ? `Section ${number}: ${text}` : text;
  return `${'#'.repeat(depth)} ${label}`;
}

// ---- blocks -------------------------------------------------------------------------------------

function wrap(c, text, first = '', rest = first) {
  if (!c.wrap) return [first + text];
  const lines = [];
  let line = first;
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > c.wrap && line.trim() !== first.trim()) {
      lines.push(line);
      line = rest;
    }
    line += (line === first || line === rest ? '' : ' ') + word;
  }
  return [...lines, line];
}

function paragraph(c, makers, count = c.r.int(2, 5)) {
  const sentences = new Set();
  // A few draws may repeat a fixed sentence; a paragraph keeps each sentence once.
  for (let tries = 0; sentences.size < count && tries < count * 3; tries++) sentences.add(say.withBuzz(c, c.r.pick(makers)(c)));
  return [...wrap(c, [...sentences].join(' ')), ''];
}

function list(c, items, numbered = false) {
  const start = numbered && c.r.chance(0.3) ? 0 : 1;
  return [
    ...items.flatMap((item, i) => {
      const marker = numbered ? `${c.r.chance(0.2) && i > 0 ? start : i + start}.` : c.bullet;
      return wrap(c, item, `${marker} `, ' '.repeat(marker.length + 1));
    }),
    '',
  ];
}

function table(c, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, 3, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (c.padTables ? cell.padEnd(widths[i]) : cell)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(c.padTables ? w : 3)).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line), ''];
}

function sentenceItems(c, maker, count) {
  return Array.from({ length: count }, () => say.withBuzz(c, maker(c)));
}

/** Adds blocks from `menu` until the section has about `budget` lines. */
function fill(c, budget, menu) {
  const out = [];
  let last = null;
  do {
    // Two blocks of the same shape in a row read like a generator; real authors vary them.
    const choices = menu.length > 1 ? menu.filter((block) => block !== last) : menu;
    last = c.r.pick(choices);
    out.push(...last(c));
  } while (out.length < budget - 2);
  return out;
}

// ---- section bodies -----------------------------------------------------------------------------

const prose = (...makers) => (c) => paragraph(c, makers);
const bullets = (maker, min = 3, max = 7) => (c) => list(c, sentenceItems(c, maker, c.r.int(min, max)));

const aimsBlock = (c) => list(c, sentenceItems(c, (x) => `${say.aim(x)}${x.r.chance(0.5) ? '.' : ''}`, c.r.int(3, 8)), c.r.chance(0.5));

const aimsWithMeasures = (c) => {
  const items = Array.from({ length: c.r.int(2, 4) }, () => say.aim(c));
  return items.flatMap((item) => [
    ...wrap(c, item, `${c.bullet} `, '  '),
    ...(c.r.chance(0.5) ? [`  ${c.bullet} Measure: ${say.measure(c).toLowerCase()}`, `  ${c.bullet} Lead: ${say.ownerCell(c) || 'TBC'}`] : []),
  ]).concat('');
};

const actionTable = (c) => {
  const headers = c.r.pick([
    ['Action', c.ownerHeader, 'By when'],
    ['Ref', 'Action', c.ownerHeader, 'Deadline', 'Status'],
    ['What we will do', c.ownerHeader, 'Completion date', 'How we will know'],
  ]);
  const rows = Array.from({ length: c.r.int(4, 10) }, (_, i) =>
    headers.map((h) => {
      if (h === 'Ref') return `A${i + 1}`;
      if (h === c.ownerHeader) return say.ownerCell(c);
      if (h === 'Status') return c.r.pick(['Not started', 'On track', 'Delayed', 'Complete']);
      if (h === 'How we will know') return say.measure(c);
      if (h.includes('date') || h.includes('when') || h === 'Deadline') return say.date(c);
      return cap(say.task(c));
    }),
  );
  return table(c, headers, rows);
};

const measuresTable = (c) =>
  table(
    c,
    ['Measure', 'Baseline', 'Target', 'By'],
    Array.from({ length: c.r.int(3, 7) }, () => {
      const measure = say.measure(c);
      const share = /^(Percentage|Share)/.test(measure);
      const base = share ? c.r.int(10, 90) : c.r.int(10, 400);
      const target = Math.round(base * (share ? 1.2 : 0.7));
      const unit = share ? '%' : '';
      return [measure, `${base}${unit}`, c.r.chance(0.2) ? 'TBC' : `${share ? Math.min(target, 99) : target}${unit}`, say.date(c)];
    }),
  );

const partnerList = (c) =>
  list(
    c,
    c.partners.map((p) => (c.r.chance(0.7) ? `**${p.name}** ("${cap(p.short)}"): ${say.task(c)}` : `${p.name}`)),
  );

const riskTable = (c) =>
  table(
    c,
    ['Risk', 'Likelihood', 'Impact', 'Mitigation', c.ownerHeader],
    Array.from({ length: c.r.int(3, 6) }, () => [
      c.r.pick(['Partners cannot release staff', `Funding ends in March ${c.year + 1}`, 'The data sharing agreement is delayed', 'Demand rises faster than planned', 'Key staff leave']),
      c.r.pick(['Low', 'Medium', 'High']),
      c.r.pick(['Low', 'Medium', 'High']),
      c.r.pick(['Escalate to the Board', 'Agree cover arrangements in advance', 'Monthly review of the risk log', 'Joint bid for further funding']),
      say.ownerCell(c),
    ]),
  );

const contributionTable = (c) =>
  table(
    c,
    ['Partner', `${c.year}/${String(c.year + 1).slice(2)}`, 'In kind'],
    c.partners.map((p) => [p.name, `£${(c.r.int(20, 900) * 1000).toLocaleString('en-GB')}`, c.r.chance(0.5) ? c.r.pick(['Office space', 'Two seconded staff', 'Analyst time', 'None', '']) : '']),
  );

const signatureTable = (c) => table(c, ['Partner', 'Name', 'Role', 'Signature', 'Date'], c.partners.map((p) => [p.name, '', '', '', '']));

const quote = (c) => [`> ${c.r.pick(['I had to explain everything again to every new person who came.', 'Nobody seemed to know who was in charge of my care.', 'When the help came it was good, but it came far too late.', 'I just wanted one number to ring.'])}`, `> — ${c.r.pick(['a carer', 'a resident', 'a young person', 'a parent'])}, ${c.place}`, ''];

const subsection = (makers, extra) => (c, number) => {
  const name = c.r.pick([`Priority ${c.r.int(1, 6)}: ${cap(say.task(c))}`, `Making sure ${c.topic.group} ${c.r.pick(c.topic.goods)}`, `${cap(c.topic.subject)} in ${c.place}`]);
  return [heading(c, 3, name, number, c.r.int(1, 9)), '', ...paragraph(c, makers), ...(extra ? extra(c) : [])];
};

const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Section catalogue per kind: titles it may carry, how likely it is present, its share of length. */
const strategySections = [
  { titles: ['Foreword', 'Introduction', 'About this strategy', 'Why we need this strategy'], p: 0.5, weight: 1, menu: [prose(say.context, say.vision), quote] },
  { titles: ['Background', 'Where we are now', 'Context', 'What the data tells us'], p: 0.8, weight: 2, menu: [prose(say.context), bullets((c) => say.context(c)), measuresTable] },
  { titles: ['Our vision', 'Shared vision', 'What we want to achieve'], p: 0.7, weight: 1, menu: [prose(say.vision, say.context)] },
  { titles: ['Who is involved', 'Partners', 'The partnership'], p: 0.6, weight: 1, menu: [partnerList, prose(say.context)] },
  { titles: ['Our aims', 'Priorities', 'Strategic objectives', 'What we will do'], p: 0.95, weight: 3, menu: [aimsBlock, aimsWithMeasures, subsection([say.context, say.action], aimsBlock)] },
  { titles: ['How we will measure success', 'Outcomes and measures', 'How we will know we have made a difference'], p: 0.7, weight: 2, menu: [measuresTable, bullets(say.measure), prose(say.meetingsAsSuccess, say.review)] },
  { titles: ['Action plan', 'Delivery plan', 'Who does what', 'Next steps'], p: 0.85, weight: 3, menu: [actionTable, bullets(say.action), prose(say.action)] },
  { titles: ['Involving people who use services', 'Co-production', 'Listening to residents', 'Engagement'], p: 0.6, weight: 1, menu: [prose(say.involvement), bullets(say.involvement, 2, 4)] },
  { titles: ['Our workforce', 'Front-line staff', 'Working with staff'], p: 0.5, weight: 1, menu: [prose(say.workforce, say.keyPerson), bullets(say.workforce, 2, 5)] },
  { titles: ['Governance', 'How the partnership is run', 'Accountability'], p: 0.75, weight: 1, menu: [prose(say.governance, say.meetingsAsSuccess), bullets(say.governance, 2, 5)] },
  { titles: ['Resources', 'Funding', 'Money and other resources'], p: 0.5, weight: 1, menu: [prose(say.resource, say.split), bullets(say.resource, 2, 5)] },
  { titles: ['Risks', 'Risks and mitigations'], p: 0.4, weight: 1, menu: [riskTable] },
  { titles: ['Review', 'Monitoring and review', 'Keeping this strategy up to date'], p: 0.5, weight: 1, menu: [prose(say.review, say.action)] },
];

const agreementSections = [
  { titles: ['Parties', 'The parties', 'Parties to this agreement'], p: 0.95, weight: 1, menu: [partnerList] },
  { titles: ['Background', 'Recitals', 'Context'], p: 0.6, weight: 1, menu: [prose(say.context)] },
  { titles: ['Purpose', 'Purpose of this agreement', 'Aims and objectives', 'What this agreement is for'], p: 0.9, weight: 2, menu: [prose(say.vision), aimsBlock] },
  { titles: ['Definitions', 'Interpretation'], p: 0.4, weight: 1, menu: [(c) => list(c, [`**Board** means the ${c.board}.`, `**Lead Partner** means ${c.partners[0].name}.`, `**Services** means ${c.topic.service}.`, '**Working Day** means a day other than a weekend or bank holiday.'])] },
  { titles: ['Duration', 'Term of the agreement', 'Commencement and duration'], p: 0.6, weight: 1, menu: [prose(say.exit, say.review)] },
  { titles: ['Roles and responsibilities', 'Who does what', 'Responsibilities of the parties', 'Obligations'], p: 0.8, weight: 3, menu: [actionTable, (c) => [`### ${cap(c.r.pick(c.partners).short)} will:`, '', ...list(c, sentenceItems(c, (x) => say.task(x), c.r.int(2, 5)))], bullets(say.action)] },
  { titles: ['Governance', 'Governance and decision-making', 'Decision-making', 'Joint board'], p: 0.8, weight: 2, menu: [prose(say.governance), bullets(say.governance, 2, 5), prose(say.meetingsAsSuccess, say.governance)] },
  { titles: ['Financial arrangements', 'Resources', 'Funding and contributions', 'Pooled budget'], p: 0.8, weight: 2, menu: [contributionTable, prose(say.resource, say.split), bullets(say.resource, 2, 5)] },
  { titles: ['Information sharing', 'Data protection'], p: 0.5, weight: 1, menu: [prose((c) => `Partners will share personal data only as the information sharing protocol allows, through ${c.r.pick(c.systems)}.`, say.resource)] },
  { titles: ['Staffing', 'Staff and secondments', 'Workforce'], p: 0.6, weight: 1, menu: [prose(say.keyPerson, say.workforce), bullets(say.workforce, 2, 4)] },
  { titles: ['Involving people who use services', 'Service user involvement', 'Co-production'], p: 0.5, weight: 1, menu: [prose(say.involvement)] },
  { titles: ['Performance and reporting', 'Performance management', 'Measuring success'], p: 0.6, weight: 2, menu: [measuresTable, bullets(say.measure), prose(say.meetingsAsSuccess, say.action)] },
  { titles: ['Review', 'Review of this agreement'], p: 0.55, weight: 1, menu: [prose(say.review)] },
  { titles: ['Termination', 'Exit', 'Withdrawal from the agreement'], p: 0.5, weight: 1, menu: [prose(say.exit), bullets(say.exit, 2, 3)] },
  { titles: ['Disputes', 'Dispute resolution', 'Resolving disagreements'], p: 0.5, weight: 1, menu: [prose(say.dispute)] },
  { titles: ['Signatures', 'Signed on behalf of the parties'], p: 0.7, weight: 1, menu: [signatureTable] },
];

/** Long documents carry chapters (strategies) or schedules (agreements) after the main sections. */
const chapter = { weight: 4, menu: [subsection([say.context, say.action], aimsBlock), actionTable, measuresTable, prose(say.context, say.action, say.resource), subsection([say.governance, say.workforce], bullets(say.action, 2, 4))] };

function planSections(c, targetLines) {
  const catalogue = c.kind === 'strategy' ? strategySections : agreementSections;
  const chosen = catalogue.filter((s) => c.r.chance(s.p));
  const plan = chosen.map((s) => ({ title: c.r.pick(s.titles), weight: s.weight, render: (x, budget, n) => fill(x, budget, s.menu.map((m) => (y) => m(y, n))) }));
  const chapters = Math.max(0, Math.round((targetLines - 400) / 120));
  const label = c.kind === 'strategy' ? 'Chapter' : 'Schedule';
  for (let i = 1; i <= chapters; i++) {
    const topic = c.r.pick(topics);
    const render = (x, budget, n) => {
      // A chapter speaks about its own topic; the document's main topic comes back afterwards.
      const main = x.topic;
      x.topic = topic;
      const lines = fill(x, budget, chapter.menu.map((m) => (y) => m(y, n)));
      x.topic = main;
      return lines;
    };
    plan.push({ title: `${label} ${i}: ${topic.title}`, weight: chapter.weight, render });
  }
  if (c.r.chance(0.05)) plan[0].render = withDirective(plan[0].render);
  return plan;
}

function withDirective(render) {
  return (c, budget, n) => ['<!-- partnerlint-disable-next-line buzzword -- wording agreed by the Board -->', ...render(c, budget, n)];
}
