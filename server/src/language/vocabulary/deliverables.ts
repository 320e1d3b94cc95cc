/**
 * Things a partnership produces (a plan, a template, a register). "Establish a project timeline by
 * Q2" is a task with an output, which may lack an owner but is not a vague aim; "Create healthier
 * places" names a change and is judged as an aim.
 */
import type { VocabularyEntry } from './entry.js';

/** Verbs that start a task whose result is an output. */
export const DELIVERABLE_VERBS: readonly VocabularyEntry[] = [
  { term: 'establish', example: 'Establish a project proposal template.', counterExample: 'Establish Ashdown as a healthier place to live.' },
  { term: 'create', example: 'Create an annual schedule of events.', counterExample: 'Create healthier places.' },
  { term: 'develop', example: 'Develop an outreach plan.', counterExample: 'Develop stronger communities.' },
  { term: 'identify', example: 'Identify a method to communicate skills needs on projects.', counterExample: 'Identify and improve outcomes for carers.' },
  { term: 'produce', example: 'Produce a joint commissioning framework.', counterExample: 'Produce better outcomes for families.' },
  { term: 'publish', example: 'Publish a data-sharing protocol.', counterExample: 'Publish our commitment to improve services.' },
  { term: 'write', example: 'Write a communications plan.', counterExample: 'Write a new chapter in joined-up working.' },
  { term: 'draft', example: 'Draft a memorandum of understanding with the city.', counterExample: 'Draft in more partners to improve outcomes.' },
  { term: 'design', example: 'Design a referral form.', counterExample: 'Design better services.' },
  { term: 'set up', example: 'Set up a shared risk register.', counterExample: 'Set up residents to live more fulfilling lives.' },
  { term: 'agree', example: 'Agree a budget and accounting mechanism.', counterExample: 'Agree to improve outcomes together.' },
  { term: 'adopt', example: 'Adopt a data retention policy.', counterExample: 'Adopt a more holistic approach.' },
  { term: 'roll out', example: 'Roll out the new landscape website.', counterExample: 'Roll out better care everywhere.' },
  { term: 'launch', example: 'Launch a hybrid event strategy.', counterExample: 'Launch a step change in support.' },
  { term: 'formalise', example: 'Formalise the relationship with an MOU.', counterExample: 'Formalise a better way of working together.' },
  { term: 'formalize', example: 'Formalize the agreement with the city.', counterExample: 'Formalize more effective partnership working.' },
  { term: 'complete', example: 'Complete the shared risk register.', counterExample: 'Complete the transformation of services.' },
  { term: 'provide', example: 'Provide an agenda for all meetings.', counterExample: 'Provide better support for carers.' },
  { term: 'build', example: 'Build a badging programme for telecoms firms.', counterExample: 'Build trust and confidence.' },
  { term: 'compile', example: 'Compile a list of potential partners.', counterExample: 'Compile stronger evidence to improve lives.' },
];

/** Outputs: what a deliverable verb makes. */
export const DELIVERABLE_NOUNS: readonly VocabularyEntry[] = [
  { term: 'plan', example: 'Create a fundraising plan.', counterExample: 'Create healthier places.' },
  { term: 'template', example: 'Establish a project proposal template.', counterExample: 'Establish trust between partners.' },
  { term: 'system', example: 'Develop a financial management system.', counterExample: 'Develop a fairer local economy.' },
  { term: 'timeline', example: 'Establish a project timeline.', counterExample: 'Establish stronger links.' },
  { term: 'schedule', example: 'Create an annual schedule of events.', counterExample: 'Create a welcoming city.' },
  { term: 'list', example: 'Develop a list of potential partners.', counterExample: 'Develop resilience in every valley.' },
  { term: 'budget', example: 'Develop a budget using the tools provided.', counterExample: 'Develop better services.' },
  { term: 'method', example: 'Identify a method to track contributions.', counterExample: 'Identify better ways to help families.' },
  { term: 'process', example: 'Develop a process for raising concerns.', counterExample: 'Develop a more joined-up offer.' },
  { term: 'procedure', example: 'Agree a complaints procedure.', counterExample: 'Agree to work together more effectively.' },
  { term: 'policy', example: 'Adopt a data retention policy.', counterExample: 'Adopt a more holistic approach.' },
  { term: 'protocol', example: 'Publish a data-sharing protocol.', counterExample: 'Publish our vision for better lives.' },
  { term: 'framework', example: 'Produce an outcomes framework.', counterExample: 'Produce a step change in support.' },
  { term: 'register', example: 'Set up a shared risk register.', counterExample: 'Set up stronger communities.' },
  { term: 'database', example: 'Build the biodiversity database.', counterExample: 'Build trust and confidence.' },
  { term: 'website', example: 'Launch a partnership website.', counterExample: 'Launch a better offer for carers.' },
  { term: 'statement', example: 'Create an internal vision statement.', counterExample: 'Create safer streets.' },
  { term: 'structure', example: 'Establish a clear leadership structure.', counterExample: 'Establish Fenbridge as a fairer place.' },
  { term: 'mechanism', example: 'Establish a budget and accounting mechanism.', counterExample: 'Establish a more resilient community.' },
  { term: 'criteria', example: 'Establish criteria for accepting new projects.', counterExample: 'Establish better outcomes.' },
  { term: 'strategy', example: 'Launch a hybrid event strategy.', counterExample: 'Launch a healthier future.' },
  { term: 'report', example: 'Publish an annual report.', counterExample: 'Publish improved outcomes.' },
  { term: 'toolkit', example: 'Produce a toolkit for schools.', counterExample: 'Produce happier pupils.' },
  { term: 'guidance', example: 'Develop information governance guidance.', counterExample: 'Develop more confident staff.' },
  { term: 'agreement', example: 'Draft a data-sharing agreement.', counterExample: 'Draft a stronger future.' },
  { term: 'memorandum', example: 'Draft a memorandum of understanding.', counterExample: 'Draft more partners in.' },
  { term: 'mou', example: 'Formalise the relationship with an MOU.', counterExample: 'Formalise better joint working.' },
  { term: 'roles', example: 'Establish clearly defined roles and responsibilities.', counterExample: 'Establish better lives for carers.' },
  { term: 'goals', example: 'Establish organisational goals.', counterExample: 'Establish a more caring city.' },
  { term: 'agenda', example: 'Provide an agenda for all meetings.', counterExample: 'Provide better support.' },
  { term: 'dashboard', example: 'Publish a performance dashboard.', counterExample: 'Publish a more joined-up approach.' },
  { term: 'programme', example: 'Launch a cloud credits programme.', counterExample: 'Launch a better way of working.' },
  { term: 'program', example: 'Build a badging program.', counterExample: 'Build a better future.' },
  { term: 'form', example: 'Design a single referral form.', counterExample: 'Design a welcoming city.' },
];
