/**
 * Every word-list entry earns its place: its example must be read the way the list says, and its
 * counter-example must not. A new entry whose example fails here is in the wrong list, or the
 * reading it feeds needs more than a word.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { namesChange, namesQuality } from '../src/language/change.js';
import { findAgentlessPassive } from '../src/language/commitments.js';
import { isDeliverable } from '../src/language/deliverables.js';
import { CHANGE_QUALITIES, CHANGE_STEMS } from '../src/language/vocabulary/change-words.js';
import { DELIVERABLE_NOUNS, DELIVERABLE_VERBS } from '../src/language/vocabulary/deliverables.js';
import type { VocabularyEntry } from '../src/language/vocabulary/entry.js';
import { measurableFacts } from '../src/language/measurable.js';
import { DOER_WORDS, SHORT_NAME_WORDS } from '../src/language/organisations.js';
import { isDiffuseOwner } from '../src/language/owners.js';
import { INFORMING, INVOLVING, USER_GROUPS } from '../src/language/people.js';
import { readListing } from '../src/language/person-names.js';
import { buildModel } from '../src/model/build.js';
import { BENEFICIARY_GROUPS } from '../src/language/vocabulary/beneficiary-groups.js';
import { BUZZWORDS } from '../src/language/vocabulary/buzzwords.js';
import { DIFFUSE_OWNERS, WEAK_SUBJECTS } from '../src/language/vocabulary/diffuse-owners.js';
import { INFORMING_WORDS, INVOLVING_PHRASES, INVOLVING_STEMS } from '../src/language/vocabulary/involvement-words.js';
import { BODY_NAME_WORDS, ORGANISATION_WORDS } from '../src/language/vocabulary/organisations.js';
import { POST_WORDS } from '../src/language/vocabulary/posts.js';
import { PROCEDURAL_PARTICIPLES } from '../src/language/vocabulary/procedural-participles.js';
import { SLOGANS } from '../src/language/vocabulary/slogans.js';
import { SUCCESS_STEMS, SUCCESS_WORDS } from '../src/language/vocabulary/success-words.js';
import { SUCCESSION_WORDS } from '../src/language/vocabulary/succession-words.js';
import { TASK_PARTICIPLES } from '../src/language/vocabulary/task-participles.js';
import { TASK_VERBS } from '../src/language/vocabulary/task-verbs.js';
import { USER_GROUP_WORDS } from '../src/language/vocabulary/user-groups.js';
import buzzword from '../src/rules/buzzword.js';
import keyPersonDependency from '../src/rules/key-person-dependency.js';
import meetingsAsSuccess from '../src/rules/meetings-as-success.js';
import type { Rule } from '../src/rules/types.js';
import { markdown } from './support/rule-tester.js';

const NO_OWNER_SETTINGS = { partners: [], owners: [], diffuse: [] };

/** A line under a strategy's priorities: read as a task when the model finds no aim in it. */
function readAsTask(line: string): boolean {
  const text = ['---', 'type: strategy', '---', '', '# Ageing well strategy', '', '## Our priorities', '', `- ${line}`, ''].join('\n');
  return buildModel(text).aims.length === 0;
}

/** Lists read inside a rule are read by the rule itself: does it find anything in a plan holding the sentence? */
function ruleFinds(rule: Rule<any>, sentence: string): boolean {
  return lint(markdown('strategy', '# Ageing well plan', '', sentence), {}, [rule]).findings.length > 0;
}

interface Table {
  name: string;
  entries: readonly VocabularyEntry[];
  /** True when the sentence is read the way the list says (a change named, a deliverable, no task). */
  reads: (sentence: string) => boolean;
}

const tables: Table[] = [
  {
    name: 'procedural participles (a passive that sets nobody a task)',
    entries: PROCEDURAL_PARTICIPLES,
    reads: (sentence) => findAgentlessPassive(sentence) === null,
  },
  { name: 'deliverable verbs', entries: DELIVERABLE_VERBS, reads: isDeliverable },
  { name: 'deliverable nouns', entries: DELIVERABLE_NOUNS, reads: isDeliverable },
  { name: 'change stems', entries: CHANGE_STEMS, reads: namesChange },
  { name: 'change qualities', entries: CHANGE_QUALITIES, reads: (sentence) => namesQuality(sentence) && namesChange(sentence) },
  // A membership listing: the word makes the listed name no person's; a person listed with that body stays a person.
  { name: 'organisation words', entries: ORGANISATION_WORDS, reads: (line) => readListing(line) !== 'person' },
  { name: 'body name words', entries: BODY_NAME_WORDS, reads: (line) => readListing(line) !== 'person' },
  { name: 'posts', entries: POST_WORDS, reads: (line) => readListing(line) === 'post' },
  // An owner cell: diffuse when nobody in particular answers for the action.
  { name: 'diffuse owners', entries: DIFFUSE_OWNERS, reads: (cell) => isDiffuseOwner(cell, NO_OWNER_SETTINGS) },
  { name: 'beneficiary groups', entries: BENEFICIARY_GROUPS, reads: (aim) => measurableFacts(aim, [], []).beneficiary },
  { name: 'slogans', entries: SLOGANS, reads: (aim) => measurableFacts(aim, [], []).slogan },
  // The pattern the no-user-involvement and no-outcome-measures rules test sentences with.
  { name: 'user groups', entries: USER_GROUP_WORDS, reads: (sentence) => USER_GROUPS.test(sentence) },
  { name: 'involving stems', entries: INVOLVING_STEMS, reads: (sentence) => INVOLVING.test(sentence) },
  { name: 'involving phrases', entries: INVOLVING_PHRASES, reads: (sentence) => INVOLVING.test(sentence) },
  { name: 'informing words', entries: INFORMING_WORDS, reads: (sentence) => INFORMING.test(sentence) },
  { name: 'task verbs (a task, not an aim)', entries: TASK_VERBS, reads: readAsTask },
  { name: 'task participles (a task, not an aim)', entries: TASK_PARTICIPLES, reads: readAsTask },
  { name: 'buzzwords', entries: BUZZWORDS, reads: (sentence) => ruleFinds(buzzword, sentence) },
  { name: 'success stems (meetings offered as success)', entries: SUCCESS_STEMS, reads: (sentence) => ruleFinds(meetingsAsSuccess, sentence) },
  { name: 'success words (meetings offered as success)', entries: SUCCESS_WORDS, reads: (sentence) => ruleFinds(meetingsAsSuccess, sentence) },
  { name: 'succession words (a key role covered)', entries: SUCCESSION_WORDS, reads: (sentence) => !ruleFinds(keyPersonDependency, sentence) },
];

for (const table of tables) {
  describe(table.name, () => {
    it('has no entry twice', () => {
      const terms = table.entries.map((entry) => entry.term.toLowerCase());
      expect(terms.filter((term, index) => terms.indexOf(term) !== index)).toEqual([]);
    });
    for (const entry of table.entries) {
      it(`"${entry.term}": example read, counter-example not`, () => {
        expect(entry.example.toLowerCase(), 'the example uses the term').toContain(entry.term.toLowerCase().split(' ')[0].slice(0, 4));
        expect(table.reads(entry.example), entry.example).toBe(true);
        expect(table.reads(entry.counterExample), entry.counterExample).toBe(false);
      });
    }
  });
}

describe('documented subsets of the organisation and post words', () => {
  const bodiesAndPosts = new Set([...ORGANISATION_WORDS, ...POST_WORDS].map((entry) => entry.term));
  it.each([...SHORT_NAME_WORDS, ...DOER_WORDS])('"%s" is in the organisation or post words', (word) => {
    expect(bodiesAndPosts.has(word)).toBe(true);
  });
});

describe('weak subjects are diffuse owners that stay ordinary prose as a subject', () => {
  const diffuse = new Set(DIFFUSE_OWNERS.map((entry) => entry.term));
  it.each([...WEAK_SUBJECTS])('"%s" is a diffuse owner', (word) => {
    expect(diffuse.has(word)).toBe(true);
  });
});

describe('buzzword replacements', () => {
  it.each(BUZZWORDS.filter((entry) => entry.replacement !== null))('"$term" is fixed with its plain words', ({ term, example, replacement }) => {
    const [finding] = lint(markdown('strategy', '# Ageing well plan', '', example), {}, [buzzword]).findings;
    expect(finding.fix?.text.toLowerCase()).toContain(replacement);
    expect(finding.fix?.text.toLowerCase()).not.toContain(term);
  });
});
