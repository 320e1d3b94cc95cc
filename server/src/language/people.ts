/** The people a partnership serves, and how a document can involve them or merely tell them. */
import { termsOf } from './vocabulary/entry.js';
import { INFORMING_WORDS, INVOLVING_PHRASES, INVOLVING_STEMS } from './vocabulary/involvement-words.js';
import { USER_GROUP_WORDS } from './vocabulary/user-groups.js';
import { stemPattern, wordPattern } from './words.js';

/** The user groups (vocabulary/user-groups.ts), and "people with experience of using services", which is sentence structure. */
export const USER_GROUPS = new RegExp(
  `${wordPattern(termsOf(USER_GROUP_WORDS)).source}|\\b(with|of) (recent |lived |direct |personal )?experience of (using|receiving|living|being|caring)\\b`,
  'i',
);

/**
 * Words that mean a say in design or governance, not just being told (vocabulary/involvement-words.ts),
 * and sentence shapes that do: "members of the board", "helped write", "led by carers", "user-driven".
 */
export const INVOLVING = new RegExp(
  [
    stemPattern(termsOf(INVOLVING_STEMS)).source,
    wordPattern(termsOf(INVOLVING_PHRASES)).source,
    String.raw`\b(members? of the (board|group|panel|committee|partnership)|helped (write|design|shape|choose|develop|plan)|partners? in|help(ed|s|ing)? (to )?(design|develop|write|plan|set|choose|shape|decide|run|govern|review)|work(ed|ing)? (with|alongside) (them|service users|carers|residents|patients|families|people)|led by (people|service users|carers|residents)|lived experience (panel|group|network|board|members?|advisers?|representatives?)|(user|member|community|end[- ]user)[- ]driven|driven by (its |their |our )?(users|members|the community|end users))\b`,
  ].join('|'),
  'i',
);

/**
 * Being told after the fact: words of telling (vocabulary/involvement-words.ts), and sentence shapes
 * such as "receive a short summary", "let residents know", "share the plan with", "send them copies".
 */
export const INFORMING = new RegExp(
  [
    wordPattern(termsOf(INFORMING_WORDS)).source,
    String.raw`\b(receiv\w*\s+(a|an|the)\s+([\w-]+\s+){0,2}(summary|copy|update|briefing|newsletter)|let\s+([\w-]+\s+){0,3}know|(share|take|present|show|explain|send)\s+(it|them|this|(the |a |an )?([\w-]+\s+){0,3}(plan|strategy|agreement|document|summary|version|arrangements|copy|copies))\s+(with|to)|send(s)?\s+([\w'’-]+\s+){0,5}(a copy|copies)|publish(es|ed)?\s+(a\s+|an\s+|the\s+)?(\w+\s+){0,2}(for|to))\b`,
  ].join('|'),
  'i',
);

/** Only told, not asked: "will keep parents informed through the newsletter". Sentence structure, so an expression. */
export const ONLY_TOLD =
  /\b(keep|kept)\s+(users|service users|patients|residents|families|parents|carers|tenants|people|the public|communities|young people|children|pupils|clients)\b(\s+\w+){0,3}\s+(informed|updated|up to date)|\bnewsletters?\b|\bwill\s+be\s+(told|notified|informed)\b/i;

/** Markers that the decision has already been taken ("once the plan is agreed"): sentence structure, so an expression. */
export const AFTER_DECISION =
  /\b(following|after|upon|on) (the )?(approval|adoption|sign-?off|publication|ratification|agreement) of\b|\b(once|after|when|following|as soon as)\b[^.;]{0,80}\b(agreed|approved|finali[sz]ed|signed|decided|adopted|published|completed|in place|launched|made|implemented|ratified|endorsed|set|opens|open|starts|goes live|is running|up and running|in operation|operating|goes live|has started|begins|is set up|have been made|has been made|is finished)\b|\b(of|about)\s+(the\s+)?(final|agreed|approved|new)\s+(plan|strategy|arrangements|decisions?|changes|service|model|agreement)\b|\bof\s+(the\s+)?(decisions?|outcome|changes)\b|\bon\s+the\s+(final|finished|agreed|approved)\s+(draft|version|plan|strategy|proposals?)\b/i;
