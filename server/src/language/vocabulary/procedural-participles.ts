/**
 * Participles that describe how an agreement operates (a state, a legal reading, a charge, a rule of
 * procedure) rather than a task somebody must carry out. "Meetings shall be deemed quorate" and
 * "Unused credit will be charged" leave nobody without work; "Minutes should be kept" does.
 */
import type { VocabularyEntry } from './entry.js';

export const PROCEDURAL_PARTICIPLES: readonly VocabularyEntry[] = [
  { term: 'deemed', example: 'Meetings shall be deemed quorate when half the members attend.', counterExample: 'Minutes should be kept of every meeting.' },
  { term: 'considered', example: 'The minutes will be considered confidential to the Board.', counterExample: 'A risk register will be maintained.' },
  { term: 'regarded', example: 'Such data will be regarded as personal information.', counterExample: 'The action plan will be refreshed.' },
  { term: 'treated', example: 'All papers will be treated as confidential.', counterExample: 'The strategy will be reviewed.' },
  { term: 'construed', example: 'Nothing in this clause shall be construed as a waiver.', counterExample: 'The register will be updated.' },
  { term: 'governed', example: 'This memorandum shall be governed by the law of England.', counterExample: 'The data will be audited.' },
  { term: 'charged', example: 'Letters will be charged at the published unit price.', counterExample: 'Progress will be monitored.' },
  { term: 'recharged', example: 'Any overspend will be recharged to the customer.', counterExample: 'Funding is to be secured.' },
  { term: 'invoiced', example: 'Fees will be invoiced each quarter.', counterExample: 'A report will be prepared for the Board.' },
  { term: 'applied', example: 'A discount will be applied to volumes above one million.', counterExample: 'Further funding is to be applied for from the lottery.' },
  { term: 'credited', example: 'Contributors will be duly credited in publications.', counterExample: 'Records will be maintained.' },
  { term: 'conducted', example: 'Elections shall be conducted by secret ballot.', counterExample: 'The survey results will be analysed.' },
  { term: 'postponed', example: 'The vote must be postponed if the meeting is not quorate.', counterExample: 'Referrals will be triaged.' },
  { term: 'selected', example: 'The chair shall be selected from among the members.', counterExample: 'The evaluation will be commissioned.' },
  { term: 'elected', example: 'Representatives will be elected at the annual meeting.', counterExample: 'The dashboard will be published.' },
  { term: 'formed', example: 'Initial membership will be formed at the invitation of the co-chairs.', counterExample: 'The data will be cleansed.' },
  { term: 'entitled', example: 'Each member will be entitled to one vote.', counterExample: 'The training will be delivered.' },
  { term: 'bound', example: 'Staff shall be bound by the confidentiality clause.', counterExample: 'The contract will be renewed.' },
  { term: 'permitted', example: 'Observers will be permitted to attend.', counterExample: 'The pathway will be redesigned.' },
  { term: 'tested', example: 'The principles will be tested through hackathons and real cases.', counterExample: 'The service will be evaluated.' },
  { term: 'registered', example: 'Most adults will be registered to use the app.', counterExample: 'The complaints will be logged.' },
  { term: 'extended', example: 'The embargo will be extended for student theses.', counterExample: 'The rota will be drawn up.' },
  { term: 'raised', example: 'Any concerns must be raised within ten working days.', counterExample: 'The budget will be set.' },
  { term: 'stored', example: 'All data will be stored on encrypted servers.', counterExample: 'The data will be cleansed before use.' },
  { term: 'transferred', example: 'Data will be transferred by secure file transfer.', counterExample: 'The service will be recommissioned.' },
  { term: 'returned', example: 'Confidential information shall be returned on request.', counterExample: 'The findings will be reported to the Board.' },
  { term: 'passed', example: 'Any price rise will be passed on to customers.', counterExample: 'The referral will be triaged.' },
  { term: 'interpreted', example: 'This Agreement shall be interpreted under the laws of Scotland.', counterExample: 'The survey will be analysed.' },
  { term: 'devoted', example: 'All assets received shall be devoted to the purposes of the project.', counterExample: 'The budget will be set.' },
];
