// Word stock for the benchmark corpus: the language of UK council, NHS and voluntary-sector
// partnership papers, written for this project. Places and people are invented.

export const placeStarts = [
  'Ash', 'Brad', 'Calder', 'Dun', 'Elm', 'Fair', 'Glen', 'Har', 'Kirk', 'Lang', 'Mill', 'Nor',
  'Oak', 'Pen', 'Red', 'Stan', 'Thorn', 'Wes', 'Brook', 'Cole', 'Hol', 'Marsh', 'Sel', 'Whit',
];
export const placeEnds = [
  'ford', 'ley', 'bridge', 'field', 'ham', 'wick', 'bury', 'dale', 'mouth', 'stow', 'by', 'worth',
  'ton', 'combe', 'minster', 'well',
];

/** Organisation patterns; `{P}` is a place. `short` is the defined short name some documents use. */
export const organisations = [
  { pattern: '{P} County Council', short: 'the County Council', sector: 'council' },
  { pattern: '{P} City Council', short: 'the City Council', sector: 'council' },
  { pattern: '{P} Borough Council', short: 'the Borough Council', sector: 'council' },
  { pattern: '{P} District Council', short: 'the District Council', sector: 'council' },
  { pattern: '{P} Integrated Care Board', short: 'the ICB', sector: 'nhs' },
  { pattern: '{P} Community Health NHS Trust', short: 'the Community Trust', sector: 'nhs' },
  { pattern: '{P} Hospitals NHS Foundation Trust', short: 'the Hospital Trust', sector: 'nhs' },
  { pattern: '{P} Mental Health Partnership NHS Trust', short: 'the Mental Health Trust', sector: 'nhs' },
  { pattern: '{P} Primary Care Network', short: 'the PCN', sector: 'nhs' },
  { pattern: '{P} Housing Association', short: 'the Housing Association', sector: 'housing' },
  { pattern: '{P} Homes', short: 'the landlord', sector: 'housing' },
  { pattern: '{P} Carers Centre', short: 'the Carers Centre', sector: 'charity' },
  { pattern: '{P} Council for Voluntary Service', short: 'the CVS', sector: 'charity' },
  { pattern: '{P} Citizens Advice', short: 'Citizens Advice', sector: 'charity' },
  { pattern: '{P} Food Bank', short: 'the Food Bank', sector: 'charity' },
  { pattern: '{P} Youth Trust', short: 'the Youth Trust', sector: 'charity' },
  { pattern: '{P} Women\'s Aid', short: 'Women\'s Aid', sector: 'charity' },
  { pattern: '{P} Older People\'s Forum', short: 'the Forum', sector: 'charity' },
  { pattern: 'Healthwatch {P}', short: 'Healthwatch', sector: 'charity' },
  { pattern: '{P} Fire and Rescue Service', short: 'the Fire Service', sector: 'public' },
  { pattern: '{P} Police', short: 'the Police', sector: 'public' },
  { pattern: '{P} Learning Trust', short: 'the Academy Trust', sector: 'education' },
  { pattern: '{P} College', short: 'the College', sector: 'education' },
];

export const firstNames = [
  'Amira', 'Ben', 'Catherine', 'Dev', 'Eleanor', 'Fiona', 'Gareth', 'Hannah', 'Imran', 'Joanne',
  'Kwame', 'Lucy', 'Marcus', 'Niamh', 'Owen', 'Priya', 'Rachel', 'Sanjay', 'Tom', 'Una', 'Vikram',
  'Wendy', 'Yusuf', 'Zoe',
];
export const surnames = [
  'Adeyemi', 'Brennan', 'Chowdhury', 'Davies', 'Evans', 'Fletcher', 'Gill', 'Hughes', 'Iqbal',
  'Jenkins', 'Kowalski', 'Lloyd', 'McAllister', 'Nowak', 'Okafor', 'Patel', 'Quinn', 'Roberts',
  'Shah', 'Thompson', 'Walsh', 'Young',
];
export const roles = [
  'Director of Adult Social Care', 'Head of Commissioning', 'Programme Manager', 'Partnership Lead',
  'Associate Director of Integration', 'Housing Options Manager', 'Chief Executive',
  'Head of Early Help', 'Clinical Lead', 'Service Manager', 'Strategic Lead for Carers',
];
export const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];
export const boardNames = [
  'Joint Partnership Board', 'Health and Wellbeing Board', 'Integrated Commissioning Board',
  'Place Partnership Board', 'Programme Board', 'Strategic Partnership Group', 'Joint Executive Group',
];
export const systems = [
  'the shared care record', 'a secure shared drive', 'the case management system',
  'the joint performance dashboard', 'the regional data platform',
];

/**
 * What a partnership is about. Each topic carries its people, services and measures so a document
 * reads as one piece rather than a bag of sentences.
 */
export const topics = [
  {
    title: 'Hospital Discharge and Home First',
    subject: 'hospital discharge',
    service: 'the home first service',
    group: 'older people leaving hospital',
    people: 'patients and their families',
    teams: ['ward discharge coordinators', 'reablement workers', 'district nurses', 'social workers on the wards'],
    venue: 'the discharge hub',
    metrics: [
      { what: 'delayed discharges', unit: 'a month', low: 40, high: 180 },
      { what: 'days from medically fit to home', unit: 'days on average', low: 2, high: 9 },
      { what: 'emergency readmissions within 30 days', unit: 'a quarter', low: 60, high: 240 },
    ],
    goods: ['are still at home 91 days after leaving hospital', 'go home on the day they are ready', 'have a care plan they helped write'],
    tasks: ['open a single discharge hub', 'agree one assessment form for all wards', 'set up a weekend reablement rota', 'publish a weekly flow report'],
  },
  {
    title: 'Mental Health Crisis Care',
    subject: 'mental health crisis support',
    service: 'the crisis café and home treatment team',
    group: 'adults in mental health crisis',
    people: 'people in crisis and those who care for them',
    teams: ['crisis practitioners', 'street triage officers', 'peer support workers', 'A&E liaison nurses'],
    venue: 'the crisis café',
    metrics: [
      { what: 'people detained under section 136', unit: 'a year', low: 120, high: 420 },
      { what: 'people waiting more than 12 hours in A&E for a mental health bed', unit: 'a month', low: 10, high: 70 },
      { what: 'people seen within four hours of an urgent referral', unit: 'per cent', low: 45, high: 95, percent: true , up: true },
    ],
    goods: ['get help within four hours, day or night', 'are not taken to a police cell', 'have a crisis plan they agreed'],
    tasks: ['extend crisis café opening to seven nights', 'train call handlers in mental health first aid', 'set up a shared crisis line', 'agree a conveyance protocol with the ambulance service'],
  },
  {
    title: 'Homelessness Prevention',
    subject: 'homelessness prevention',
    service: 'the housing advice and prevention service',
    group: 'households at risk of losing their home',
    people: 'tenants, families and single people at risk',
    teams: ['housing options officers', 'tenancy sustainment workers', 'money advisers', 'outreach workers'],
    venue: 'the housing hub',
    metrics: [
      { what: 'households in temporary accommodation', unit: 'at any one time', low: 150, high: 900 },
      { what: 'people sleeping rough on the annual count', unit: 'people', low: 8, high: 60 },
      { what: 'families in bed and breakfast for more than six weeks', unit: 'families', low: 5, high: 45 },
    ],
    goods: ['keep their home', 'move into settled housing within 56 days', 'never sleep rough a second night'],
    tasks: ['place a housing adviser in each hospital', 'set up a landlord incentive fund', 'run weekly outreach shifts', 'agree a hospital discharge protocol for people with no fixed address'],
  },
  {
    title: 'Early Help for Children and Families',
    subject: 'early help',
    service: 'the family hubs',
    group: 'children and families who need extra support',
    people: 'children, young people and parents',
    teams: ['family support workers', 'health visitors', 'school nurses', 'early years practitioners'],
    venue: 'the family hub',
    metrics: [
      { what: 're-referrals to children\'s social care within 12 months', unit: 'per cent', low: 12, high: 30, percent: true },
      { what: 'children reaching a good level of development at age five', unit: 'per cent', low: 55, high: 80, percent: true , up: true },
      { what: 'families waiting more than four weeks for an early help assessment', unit: 'families', low: 20, high: 160 },
    ],
    goods: ['tell their story once', 'get help before problems grow', 'are ready for school'],
    tasks: ['open family hubs in three wards', 'use one family plan across services', 'offer parenting groups in the evenings', 'share a single front door for requests'],
  },
  {
    title: 'Carers Support',
    subject: 'support for unpaid carers',
    service: 'the carers support service',
    group: 'unpaid carers',
    people: 'carers, including young carers',
    teams: ['carers support workers', 'GP practice staff', 'social workers', 'school pastoral staff'],
    venue: 'the carers centre',
    metrics: [
      { what: 'carers with a current carer\'s assessment', unit: 'carers', low: 800, high: 4000 , up: true },
      { what: 'young carers identified by schools', unit: 'a year', low: 40, high: 300 , up: true },
      { what: 'carers who say they have enough time for themselves', unit: 'per cent', low: 20, high: 60, percent: true , up: true },
    ],
    goods: ['have a break when they need one', 'know where to get help', 'are recognised by their GP practice'],
    tasks: ['add a carer flag to GP records', 'fund a short breaks grant', 'train school staff to spot young carers', 'run a carers\' helpline'],
  },
  {
    title: 'Falls Prevention',
    subject: 'falls prevention',
    service: 'the falls response and strength programme',
    group: 'people over 65 at risk of falling',
    people: 'older residents',
    teams: ['community physiotherapists', 'occupational therapists', 'paramedics', 'home care workers'],
    venue: 'the community hospital',
    metrics: [
      { what: 'hip fractures among people over 65', unit: 'a year', low: 150, high: 600 },
      { what: 'ambulance call-outs to people who have fallen and cannot get up', unit: 'a month', low: 200, high: 900 },
      { what: 'people finishing a strength and balance course', unit: 'a year', low: 100, high: 800 , up: true },
    ],
    goods: ['stay on their feet and in their own homes', 'are helped up within an hour of a fall', 'feel confident going out'],
    tasks: ['set up a non-injury falls response car', 'run strength and balance classes in libraries', 'check homes for trip hazards', 'review medicines for people who have fallen'],
  },
  {
    title: 'Drug and Alcohol Recovery',
    subject: 'drug and alcohol treatment',
    service: 'the recovery service',
    group: 'adults who misuse drugs or alcohol',
    people: 'people in recovery and their families',
    teams: ['recovery workers', 'probation officers', 'pharmacists', 'hospital alcohol care team'],
    venue: 'the recovery hub',
    metrics: [
      { what: 'people completing treatment who do not return within six months', unit: 'per cent', low: 15, high: 45, percent: true , up: true },
      { what: 'drug-related deaths', unit: 'a year', low: 10, high: 80 },
      { what: 'prison leavers starting treatment within three weeks of release', unit: 'per cent', low: 25, high: 75, percent: true , up: true },
    ],
    goods: ['stay in recovery', 'find work or training', 'are alive and well a year on'],
    tasks: ['give naloxone kits to every hostel', 'meet prison leavers at the gate', 'offer evening appointments', 'set up a peer mentor scheme'],
  },
  {
    title: 'Domestic Abuse Safe Accommodation',
    subject: 'domestic abuse support',
    service: 'the safe accommodation service',
    group: 'people experiencing domestic abuse and their children',
    people: 'survivors and their children',
    teams: ['independent domestic violence advisers', 'refuge staff', 'neighbourhood police officers', 'housing officers'],
    venue: 'the refuge',
    metrics: [
      { what: 'repeat referrals to the risk conference', unit: 'per cent', low: 20, high: 45, percent: true },
      { what: 'survivors turned away from refuge for lack of space', unit: 'a year', low: 20, high: 200 },
      { what: 'days to first contact after a police referral', unit: 'days', low: 1, high: 10 },
    ],
    goods: ['are safe in their own home or a new one', 'do not have to repeat their story', 'keep their children in the same school'],
    tasks: ['add eight dispersed refuge units', 'train housing staff to ask about abuse', 'set up a sanctuary scheme', 'place an adviser in the hospital emergency department'],
  },
  {
    title: 'Learning Disability and Autism',
    subject: 'support for people with a learning disability or autism',
    service: 'the community support team',
    group: 'adults with a learning disability or autism',
    people: 'people with a learning disability, autistic people and their families',
    teams: ['community nurses', 'support workers', 'positive behaviour specialists', 'supported housing staff'],
    venue: 'the day opportunities centre',
    metrics: [
      { what: 'people in inpatient units', unit: 'people', low: 6, high: 40 },
      { what: 'people with an annual health check', unit: 'per cent', low: 50, high: 90, percent: true , up: true },
      { what: 'people in paid work', unit: 'per cent', low: 4, high: 20, percent: true , up: true },
    ],
    goods: ['live in a home of their own choosing', 'have a job or something meaningful to do each day', 'get health checks every year'],
    tasks: ['write a dynamic support register', 'open a crisis short-break flat', 'offer supported internships', 'agree a transitions pathway from age 14'],
  },
  {
    title: 'Dementia Care',
    subject: 'dementia care',
    service: 'the memory assessment and support service',
    group: 'people living with dementia',
    people: 'people living with dementia and their carers',
    teams: ['memory nurses', 'dementia advisers', 'care home staff', 'GPs'],
    venue: 'the memory clinic',
    metrics: [
      { what: 'weeks from referral to a memory diagnosis', unit: 'weeks', low: 6, high: 30 },
      { what: 'people with a diagnosis and a care plan reviewed this year', unit: 'per cent', low: 40, high: 85, percent: true , up: true },
      { what: 'emergency admissions of people with dementia', unit: 'a month', low: 40, high: 200 },
    ],
    goods: ['get a diagnosis within six weeks', 'have an adviser they can call', 'stay at home for longer'],
    tasks: ['train every care home in the area', 'add dementia advisers to GP practices', 'set up memory cafés', 'share care plans with the ambulance service'],
  },
  {
    title: 'Social Prescribing and Community Wellbeing',
    subject: 'social prescribing',
    service: 'the link worker service',
    group: 'lonely and isolated residents',
    people: 'residents and community groups',
    teams: ['link workers', 'practice receptionists', 'community development workers', 'volunteer coordinators'],
    venue: 'the community centre',
    metrics: [
      { what: 'people referred to a link worker', unit: 'a year', low: 400, high: 3000 , up: true },
      { what: 'people who feel lonely often or always', unit: 'per cent', low: 5, high: 20, percent: true },
      { what: 'GP appointments used by frequent attenders', unit: 'a month', low: 300, high: 1500 },
    ],
    goods: ['feel less alone', 'take part in community life', 'use fewer GP appointments because their needs are met elsewhere'],
    tasks: ['fund small grants for community groups', 'publish a directory of local activities', 'recruit volunteer befrienders', 'offer link worker clinics in libraries'],
  },
  {
    title: 'SEND and Preparing for Adulthood',
    subject: 'special educational needs and disabilities',
    service: 'the preparing for adulthood service',
    group: 'young people with special educational needs and disabilities',
    people: 'young people with SEND and their parents',
    teams: ['SEND caseworkers', 'educational psychologists', 'transition social workers', 'college learning support staff'],
    venue: 'the SEND information hub',
    metrics: [
      { what: 'education, health and care plans finished within 20 weeks', unit: 'per cent', low: 30, high: 90, percent: true , up: true },
      { what: 'young people with SEND not in education, employment or training at 18', unit: 'per cent', low: 5, high: 25, percent: true },
      { what: 'appeals to the tribunal', unit: 'a year', low: 20, high: 160 },
    ],
    goods: ['move to adult services without a gap', 'go on to college, work or training', 'have a plan written with them'],
    tasks: ['start transition planning at 14', 'run joint clinics with adult teams', 'publish a clear local offer', 'set up a parent carer panel'],
  },
];

/** Jargon the buzzword rule knows, in the shapes people write it. */
export const buzzPhrases = [
  'going forward', 'synergy', 'synergies', 'step change', 'blue-sky', 'low-hanging fruit',
  'paradigm shift', 'best-in-class', 'holistic', 'seamless', 'joined-up thinking',
  'thinking out of the box', 'leverage',
];

/** Tasks any partnership might set itself, mixed with each topic's own. */
export const sharedTasks = [
  'agree a shared referral form', 'publish a joint performance dashboard', 'map what each partner spends on this work',
  'sign an information sharing agreement', 'recruit a programme manager', 'set up a single point of access',
  'run a joint induction for new staff', 'write a shared risk register', 'agree one set of eligibility criteria',
  'test the new pathway in two neighbourhoods', 'commission an independent evaluation', 'hold an annual review with residents',
];
