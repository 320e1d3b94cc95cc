import { findPerson, personFillingPost } from '../language/person-names.js';
import { termsOf } from '../language/vocabulary/entry.js';
import { SUCCESSION_WORDS } from '../language/vocabulary/succession-words.js';
import { phrasePattern } from '../language/words.js';
import type { Fix } from '../engine/types.js';
import type { Item, Sentence } from '../model/types.js';
import { defineRule } from './types.js';

interface Options {
  successionWords: string[];
}

/** A role that the partnership's work rests on: verbs and sentence shapes ("is the sole contact"), so an expression rather than a word list. */
const KEY_ROLE =
  /\b(will lead|leads|will chair|chairs|will manage|manages|will coordinate|coordinates|will co-ordinate|will oversee|oversees|will run|runs|will own|owns|is responsible for|will be responsible for|is accountable for|will be accountable|holds? (the )?(budget|relationship|contract|role)|is the (named|sole|single|only|main|key) (contact|lead|point|link)|(sole|single|only|named) (lead|contact|point of contact|manager|coordinator)|all (work|decisions|contact|communication|liaison)|will lead all|personally|in person|the only (\w+ ){0,2}(person|one|officer|analyst|worker|specialist|clinician|practitioner|manager|member of staff)|(sole|single|only) (route|channel|gateway)|(is|are|was) (largely |mostly |entirely )?down to|rests? (entirely |solely |wholly )?with|will direct|directs|(take|takes|handle|handles|process|processes|allocate|allocates|arrange|arranges) (all|every)\b|while (he|she|they) (remains?|stays?)|single point of contact|no one else|nobody else|(is|be|will be|acts as|as) (the|our|its) (\w+ ){0,3}(lead|manager|coordinator|co-ordinator|chair|contact|link|champion|owner|sponsor)|leads? (on|for)|(go|goes|are sent|is sent|are routed|come|comes)\s+(through|to|via)\s+[A-Z]|relationships? with|(holds|keeps|knows) (all|the|every)|personal(ly)?|alone|solely|(approves|authorises|authorizes|signs off)\s+(all|every|any)|holds?\s+(the\s+)?(\w+\s+){0,3}(budget|fund|contract|relationships?)|sign-?off of|needs? the (personal )?(approval|sign-?off|agreement|authorisation) of|(shall|will) be (Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Cllr)\b)\b/i;
/** "signed off by Ravi Sandhu": the work waits on that one person. */
const BY_PERSON = /\b(signed off|approved|authorised|decided|agreed|held|led|chaired|managed|coordinated|co-ordinated|run) by (Dr|Mr|Mrs|Ms|Cllr|[A-Z][a-z]+ [A-Z])/;
const SUCCESSION = termsOf(SUCCESSION_WORDS);

/** A provision that covers whoever holds a key role, not one named person. */
const GENERAL_PROVISION =
  /\b((any|each|every|a|all) (named |key |lead )?(person|people|individuals?|officers?|leads?|staff|post ?holders?|roles?|representatives?|members?)|key (staff|personnel|people|posts|roles)|post ?holders?|named (leads|officers|individuals|people|contacts))\b/i;

export default defineRule<Options>({
  meta: {
    id: 'key-person-dependency',
    description: 'A crucial role rests on one named person with no deputy, successor or handover.',
    defaultSeverity: 'warning',
    kinds: ['strategy', 'agreement'],
    level: 'line',
    tags: ['roles', 'continuity'],
    fixable: 'suggestion',
    optionsSchema: {
      type: 'object',
      properties: {
        successionWords: { type: 'array', items: { type: 'string' }, description: 'Extra words that count as a deputy or handover provision.' },
      },
      additionalProperties: false,
    },
    guidance: {
      why:
        'Crucial people moving on is one of the practical stumbling blocks that sink partnerships; work tied to one named person stops when that person leaves.',
      howToFix:
        'Tie the role to a post, name a deputy, and say how the work is handed over when people change.',
      goodExample: 'The Head of Integrated Care leads the programme, with the Deputy Director of Housing as named deputy; handover notes are kept on the shared drive.',
    },
  },
  defaultOptions: { successionWords: [] },
  check({ doc, options, report }) {
    const succession = phrasePattern([...SUCCESSION, ...options.successionWords], 'i');
    // "Deputy Head" is a job title, not a deputy for someone.
    const covers = (text: string) => succession.test(text.replace(/\bDeputy(?= [A-Z])/g, ''));
    // A clause about any key person moving on protects every named role in the document.
    if (doc.sentences.some((s) => covers(s.text) && GENERAL_PROVISION.test(s.text))) return;
    const lines = new Set<number>();
    const blocks = new Set<number>();
    const definedTerms = quotedTerms(doc.text);
    doc.sentences.forEach((sentence, index) => {
      if (sentence.block === 'heading') return;
      // "The chair person of the project is Ralf Ulrich" names a key post's holder in the sentence itself.
      const holder = personFillingPost(sentence.text);
      const person = holder ?? findPerson(sentence.text);
      // "Consolidated Databases" and "Trademark License" are terms the agreement defines, not people.
      if (!person || definedTerms.has(person.name.toLowerCase())) return;
      const ownerCell = sentence.block === 'tableCell' && isOwnerCell(sentence.text, person.name) && inOwnerColumn(sentence);
      if (!ownerCell && !KEY_ROLE.test(sentence.text) && !BY_PERSON.test(sentence.text) && !holder) return;
      if (ownerCell && sentence.item) {
        const deputy = deputyCell(sentence.item);
        if (deputy !== undefined) {
          if (deputy) return;
        } else if (covers(sentence.item.text)) return;
      } else {
        // A deputy named in the same sentence or item, or in a next sentence about the same person, covers this role.
        const next = doc.sentences[index + 1];
        const follows = next && next.section === sentence.section && (FOLLOW_ON.test(next.text) || NAMED_DEPUTY.test(next.text)) ? next.text : '';
        if ([sentence.text, sentence.item?.text ?? '', follows].some(covers)) return;
        // "Rhian Price ... is the strategy lead." and, later, "Her deputy is ..." or "If Rhian Price is away, ...".
        const surname = person.name.split(/\s+/).pop() ?? '';
        if (surname.length > 2 && doc.sentences.some((s) => s !== sentence && s.text.includes(surname) && covers(s.text))) return;
      }
      // One finding a paragraph, item or cell: "Mr Ashworth leads ... Mr Ashworth alone holds ..." is one problem.
      const line = doc.locate(sentence.span.start).line;
      if (lines.has(line) || blocks.has(sentence.blockSpan.start)) return;
      lines.add(line);
      blocks.add(sentence.blockSpan.start);
      report({
        message: `This rests on ${person.name} alone, with no deputy or handover if they move on: name a deputy or the post that takes over, and how the work is handed over.`,
        span: sentence.span,
        suggestions: [deputySuggestion(sentence)],
      });
    });
  },
});

/** Capitalised terms a document defines in quotes: (the "**Consolidated Databases**"), “Marks”. */
function quotedTerms(text: string): Set<string> {
  return new Set([...text.matchAll(/["“]\**([A-Z][^"”*\n]{1,60}?)\**["”]/g)].map((match) => match[1].trim().toLowerCase()));
}

/** A next sentence that carries on about the same person ("In her absence ...", "Their deputy is ..."). */
const FOLLOW_ON = /^(in (his|her|their) absence|(his|her|their) (deputy|successor|cover|role|post)|(he|she|they)\b|the (vice-chair|deputy)|a deputy|if (he|she|they))/i;
/** "Tom Reilly, Deputy Head, covers ..." or "... is her deputy" right after the lead is named. */
const NAMED_DEPUTY = /^[A-Z][a-z]+ [A-Z][\w'’-]+,?\s+(the\s+)?deputy\b|\b(is|acts as) (her|his|their) (named |designated |nominated )?deputy\b|\bdeputis(es|ing)\b|\bcovers?\s+(for\s+)?(him|her|them)\b/i;
const DEPUTY_COLUMN = /\b(deputy|deputies|cover|successor|alternate|back-?up|substitute|second)\b/i;

/** For a table with a Deputy column: whether this row fills it (undefined when there is no such column). */
function deputyCell(row: Item): boolean | undefined {
  const header = [...(row.cells?.keys() ?? [])].find((h) => DEPUTY_COLUMN.test(h));
  if (header === undefined) return undefined;
  const value = (row.cells?.get(header)?.text ?? '').replace(/[\s—–\-?]/g, '');
  return value.length > 0 && !/^(tbc|tba|none|n\/a|vacant)$/i.test(value);
}

/** Fill the row's Deputy cell when the table has one; otherwise add a deputy sentence after this one. */
function deputySuggestion(sentence: Sentence): Fix {
  const header = [...(sentence.item?.cells?.keys() ?? [])].find((h) => DEPUTY_COLUMN.test(h));
  const cell = header ? sentence.item?.cells?.get(header) : undefined;
  if (cell) {
    return { description: 'Name a deputy in this row to fill in', range: [cell.span.start, cell.span.end], text: cell.text ? '[deputy name or post]' : ' [deputy name or post] ' };
  }
  const at = sentence.span.end;
  return {
    description: 'Add a deputy and handover clause to fill in',
    range: [at, at],
    text: ' Their deputy is [name or post], who takes over if they move on, with a handover within [number] weeks.',
  };
}

/** A name in a signatures or contacts table is not a role; in an Owner or Lead column it is. */
function inOwnerColumn(sentence: Sentence): boolean {
  for (const [header, cell] of sentence.item?.cells ?? []) {
    if (cell.span.start <= sentence.span.start && sentence.span.end <= cell.span.end) return OWNER_HEADER.test(header);
  }
  return false;
}

const OWNER_HEADER = /\b(owners?|leads?|responsible|accountable|who|by whom|contact|holder|manager|chair)\b/;

/** A table cell that is just a person's name is the owner of its row. */
function isOwnerCell(text: string, name: string): boolean {
  // "Chloe Barnes" or "Chloe Barnes, CVS Development Worker": the cell names the person who holds the role.
  const rest = text.replace(name, '').replace(/[\s(),.-]+/g, '');
  return rest.length < 3 || text.trim().startsWith(name);
}
