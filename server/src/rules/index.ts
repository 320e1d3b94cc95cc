/** The rule registry: every rule, in the order they are documented. A new rule is one file plus one line here. */
import vagueAim from './vague-aim.js';
import missingAccountability from './missing-accountability.js';
import fiftyFiftyEverything from './fifty-fifty-everything.js';
import noUserInvolvement from './no-user-involvement.js';
import meetingsAsSuccess from './meetings-as-success.js';
import partnerSprawl from './partner-sprawl.js';
import resourcesOnlyMoney from './resources-only-money.js';
import keyPersonDependency from './key-person-dependency.js';
import noReviewOrExit from './no-review-or-exit.js';
import noOutcomeMeasures from './no-outcome-measures.js';
import frontlineStaffNotEngaged from './frontline-staff-not-engaged.js';
import decisionMakingUnclear from './decision-making-unclear.js';
import buzzword from './buzzword.js';
import type { Rule } from './types.js';

// Each rule's options type differs; the engine checks options against the rule's schema before use.
export const allRules: readonly Rule<any>[] = [
  vagueAim,
  missingAccountability,
  fiftyFiftyEverything,
  noUserInvolvement,
  meetingsAsSuccess,
  partnerSprawl,
  resourcesOnlyMoney,
  keyPersonDependency,
  noReviewOrExit,
  noOutcomeMeasures,
  frontlineStaffNotEngaged,
  decisionMakingUnclear,
  buzzword,
];

export function findRule(id: string): Rule<any> | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
