/** Finding partner names in the text and the actions each partner is given, for the partner hover. */
import type { Action, Partner, PartnershipDocument } from '../model/types.js';

export interface PartnerMention {
  partner: Partner;
  start: number;
  end: number;
}

/** The partner whose name or alias covers `offset`, if any (the longest name wins: "City Council" over "Council"). */
export function partnerAt(doc: PartnershipDocument, offset: number): PartnerMention | null {
  let best: PartnerMention | null = null;
  for (const partner of doc.partners) {
    for (const name of namesOf(partner)) {
      for (const match of doc.text.matchAll(nameRegExp(name, 'giu'))) {
        const start = match.index;
        const end = start + match[0].length;
        if (start <= offset && offset <= end && (!best || end - start > best.end - best.start)) {
          best = { partner, start, end };
        }
      }
    }
  }
  return best;
}

export interface PartnerResponsibility {
  action: Action;
  /** True when the partner is the written owner; false when the action only names it. */
  owner: boolean;
}

/** Actions the partner owns, then actions that mention it without a written owner. */
export function responsibilitiesOf(doc: PartnershipDocument, partner: Partner): PartnerResponsibility[] {
  const names = namesOf(partner).map((name) => nameRegExp(name, 'iu'));
  const mentions = (text: string): boolean => names.some((re) => re.test(text));
  const owned = doc.actions.filter((action) => action.owner && mentions(action.owner.text));
  const named = doc.actions.filter((action) => !action.owner?.text && mentions(action.text));
  return [...owned.map((action) => ({ action, owner: true })), ...named.map((action) => ({ action, owner: false }))];
}

function namesOf(partner: Partner): string[] {
  return [partner.name, ...partner.aliases].filter((name) => name.trim().length > 0);
}

/** Whole-word, case-insensitive match of a name. */
function nameRegExp(name: string, flags: string): RegExp {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}
