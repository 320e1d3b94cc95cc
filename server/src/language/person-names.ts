/**
 * Recognises a named individual ("Jane Smith", "Dr Patel", "Cllr A. Khan") as opposed to a body or
 * post ("Joint Board", "Head of Commissioning"). A list of common given names keeps "Northshire
 * Council" from reading as a person.
 */
import { BODY_WORD, isBodyOrPostWord, POST_WORD } from './organisations.js';

const GIVEN_NAMES = new Set(
  `aaron abdul abigail adam adrian aisha alan alex alexander alexandra ali alice alison amanda amelia amir amy andrea
andrew angela ann anna anne anthony anwar asif barbara barry ben benjamin beth bethany bill brian bridget caroline
carl carol catherine charles charlotte chloe chris christine christopher claire clare colin craig daniel danielle
darren david dawn dean deborah debbie denise derek diane donna dorothy edward eleanor elizabeth ellen emily emma eric
fatima fiona frances francesca gareth gary gemma geoffrey george georgina gillian graham hannah harry hassan heather
helen ian imran isabel jack jacqueline james jamie jane janet jason jasmine jean jennifer jenny jessica joan joanna
joanne john jonathan joseph josephine julia julie justin karen kate katherine kathryn katie keith kelly kevin kim
laura lauren leanne lee lesley linda lisa liz louise lucy lynn malcolm marcus margaret maria marie mark martin mary
matthew maureen megan melanie michael michelle mohammed muhammad nadia naomi natalie neil nicola nicholas nigel nina
oliver olivia omar owen pamela patricia paul paula pauline peter philip priya rachel rajesh raj rebecca richard rita
robert robin rosie ruth ryan sally samantha samuel sandra sara sarah sean sharon shirley simon sophie stephanie
stephen steven stuart susan suzanne tariq teresa thomas tim timothy tom tony tracey tracy valerie vanessa victoria
vikram wendy william yasmin yvonne zoe zara amara chidi kwame ngozi deepak sunita anita ravi sanjay pooja meera
ayesha bilal farah kamal leila rhys sian dafydd gwen morag hamish callum ewan eilidh siobhan declan niamh ciaran
aoife brendan fergus connor liam noah ethan jacob harriet florence grace ruby freya ella mia poppy isla
rob bev dev sam jo nick dan ben tom jim bob pat nat kim ash jay ali max ed ted meg liz kate sue jan val ros viv jess
becky vicky nikki sandy gareth huw bethan rhian cerys gethin alun geraint ifan nia sinead maeve ronan oisin`.split(/\s+/),
);
const TITLE = /^(Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Revd|Inspector|Sergeant|Superintendent|Constable|Detective|Chief Inspector)\.?$/;

/** The first named individual in `text`: index and the name as written. */
export function findPerson(text: string): { index: number; name: string } | null {
  // Pairs overlap ("Inspector Gary Holt" holds "Inspector Gary" and "Gary Holt"), so step one word at a time.
  const words = [...text.matchAll(/\b[A-Z][a-zA-Z'’-]*\.?/g)];
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, last] = [words[i], words[i + 1]];
    const index = first.index ?? 0;
    const between = text.slice(index + first[0].length, last.index ?? 0);
    // "O'Brien", "McKenzie" and "Martín-Borregón" are surnames too.
    if (!/^\s+((?:[A-Z]\.\s*)?)$/.test(between) || !/^[A-Z]([a-z]|['’][A-Z])/.test(last[0])) continue;
    const bare = first[0].replace(/\.$/, '');
    if (!/^[A-Z][a-z]+$/.test(bare) && !TITLE.test(bare)) continue;
    // "Detective Superintendent" is a rank, not a name.
    if (TITLE.test(last[0].replace(/\.$/, '')) || isNotSurname(last[0])) continue;
    // "Mr Colin Ashworth": a title takes the whole name that follows it.
    const third = words[i + 2];
    const full = TITLE.test(bare) && third && /^\s+$/.test(text.slice((last.index ?? 0) + last[0].length, third.index ?? 0)) && /^[A-Z][a-z]/.test(third[0]);
    const end = full ? (third.index ?? 0) + third[0].length : (last.index ?? 0) + last[0].length;
    const name = text.slice(index, end).replace(/\.$/, '');
    if (TITLE.test(bare) || GIVEN_NAMES.has(bare.toLowerCase()) || inApposition(text, index, name)) return { index, name };
  }
  return findUnlistedName(text);
}

/** Capitalised words that start titles of bodies, places and documents rather than names. */
const NOT_FIRST_NAME = new Set(
  `the this that these those our their its each every all both any no new joint public health social adult adults children
care housing mental primary local national integrated community county city borough district north south east west
chief head lead director deputy programme project partnership strategic service services family families early better
annual board council trust nhs section schedule part clause appendix annex table priority aim objective outcome action
phase stage year key single shared safe start home first best good great royal st saint saints monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november december
we you they he she it if when where while after before from by for in on at to with as and or but not once until data
information finance financial legal resources staff front team teams people service-users carers young older general
designated named senior assistant principal operations operational clinical medical quality performance governance
risk strategy strategic policy children's adults' voluntary statutory independent domestic drug alcohol homeless homelessness
safeguarding multi multi-agency ward wards place places neighbourhood`.split(/\s+/),
);
/**
 * Last words of names that are no person's: places, documents and schemes ("Ashdown Plan", "Mill
 * Lane"), and staff in the plural ("Officers", "Governors"), who own nothing singly and so are not
 * in the post vocabulary. Bodies and posts come from their vocabularies.
 */
const NOT_SURNAME_WORDS = new Set(
  `parish chapel teams groups researcher researchers scientist scientists investigator investigators plan strategy agreement
act policy officers nurses workers health framework review report day week month year street road house hall park court
lane way place square surgery clinic first plus partners support access point line system systems model pathway pilot
scheme standard standards charter protocol register meeting meetings visitor visitors advisers champions governor governors
wellbeing well-being together matters living connect direct works hubs county borough city district`.split(/\s+/),
);

function isNotSurname(word: string): boolean {
  return NOT_SURNAME_WORDS.has(word.toLowerCase()) || isBodyOrPostWord(word);
}

/** A two-word capitalised name that stands alone ("Tomasz Nowak leads ..."), when its words name no body or post. */
function findUnlistedName(text: string): { index: number; name: string } | null {
  const pattern = /(?<![A-Za-z'’-]\s?)(?<!\b[A-Z][\w'’-]*\s)\b([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b(?!\s+[A-Z])/g;
  for (const match of text.matchAll(pattern)) {
    const [whole, first, last] = match;
    const index = match.index ?? 0;
    if (index === 0 || /[.!?:]\s*$/.test(text.slice(0, index))) continue; // a sentence's first word is capitalised anyway
    if (NOT_FIRST_NAME.has(first.toLowerCase()) || isNotSurname(last) || NOT_FIRST_NAME.has(last.toLowerCase())) continue;
    return { index, name: whole };
  }
  return null;
}

/** A post in apposition marks the name beside it: "Coordinator, Bev Whitlock," or "Bev Whitlock, the Coordinator". */
function inApposition(text: string, index: number, name: string): boolean {
  if (POST_WORD.test(name)) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + name.length, index + name.length + 50);
  if (/,\s*$/.test(before) && POST_WORD.test(before) && /^\s*,/.test(after)) return true;
  if (/^\s*(,\s*(the|our|its)\s|\()[^,.)]*$/.test(after.split(/[,.)]\s/)[0] + ' ') && POST_WORD.test(after)) return true;
  // "Phil Dunmore, Employer Engagement Officer, who ...": a short capitalised post right after the name.
  const post = /^\s*,\s*((?:(?:[A-Z][\w'’-]*|of|at|for|and|the|in|&)\s+){0,6}[A-Z][\w'’-]*)\s*[,.;)]/.exec(after);
  return !!post && POST_WORD.test(post[1]);
}

/** "The chair of the project is Ralf Ulrich": the name that fills a post, if it reads as a person's rather than a body's. */
export function personFillingPost(text: string): { index: number; name: string } | null {
  const match = POST_FILLED_BY.exec(text);
  if (!match) return null;
  const name = match[2];
  const words = name.split(/\s+/);
  if (BODY_WORD.test(name) || NOT_FIRST_NAME.has(words[0].toLowerCase()) || isNotSurname(words[words.length - 1])) return null;
  return { index: (match.index ?? 0) + match[0].length - name.length, name };
}

const POST_FILLED_BY =
  /\b([Cc]hair(?:\s?person)?|[Cc]onvenor|[Cc]onvener|[Ll]ead|[Cc]oordinator|[Dd]irector|[Cc]ontact)\b[^.;]{0,60}?\b(?:is|will be)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)/u;

/**
 * A post rather than a person or body: "Chief Executive Officer, TENET", "Three representatives appointed
 * by members". The shape (a count of seats; a short title ending in a post) is sentence structure; the
 * posts come from the post vocabulary.
 */
const POST_LISTING = new RegExp(
  String.raw`^((a|an|one|two|three|four|five|six|\d+)\s+(\w+\s+)?(representatives?|members?|nominees?|delegates?|officers?|officials?)\b|([A-Z][\w'’-]*\s+){0,4}${POST_WORD.source}\s*(,|\(|of\b|or\b|$))`,
  'i',
);

/**
 * How a listed line reads: "Aaron Durbin (Rivos)", "Chris Taggart, OpenCorporates" and "Anders Pedersen -
 * Natural Resource Governance Institute" list a person with the body they come from; "Director,
 * SANReN Competency Area or nominee" lists a post. A name is a person's when it starts with a known
 * given name or a title, or when it stands with an affiliation written beside it and has no word of a
 * body in it; so names of any origin are recognised by how the list is written, not by a fixed list alone.
 */
export function readListing(text: string): 'person' | 'post' | 'other' {
  const line = text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (POST_LISTING.test(line)) return 'post';
  const match = /^((?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Cllr|Sir|Dame)\.?\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|van|von|de|da|del|der|di|le|la|bin|al)){1,3})\s*(?:\(([^()]*)\)|,\s*(.+)|\s[-–—|]\s*(.+))?\s*[.;]?$/u.exec(line);
  if (!match) return 'other';
  const [, title, name, bracket, comma, dash] = match;
  if (BODY_WORD.test(name) || /\b\p{Lu}{2,}\b/u.test(name) || /&/.test(name)) return 'other';
  const words = name.split(/\s+/);
  if (NOT_FIRST_NAME.has(words[0].toLowerCase()) || isNotSurname(words[words.length - 1])) return 'other';
  if (title || GIVEN_NAMES.has(words[0].toLowerCase())) return 'person';
  const affiliation = (bracket ?? comma ?? dash ?? '').trim();
  // "(NCC)" after "Northshire County Council" is its short name; "(KIT)" after "Ralph Engel" is where he works.
  const initials = words.map((w) => w[0]).join('').toUpperCase();
  return /^\p{Lu}/u.test(affiliation) && affiliation.replace(/^the\s+/i, '') !== initials ? 'person' : 'other';
}
