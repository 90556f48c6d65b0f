/**
 * The title part of a name span: which capitalised words before the name are written as its title
 * ("Cllr", "Chief Constable", "Police and Crime Commissioner", "County Administrator") and what
 * office they show. Convention: a capitalised title directly before the name is part of the mention,
 * and so is a whole stack of them ("Town Mayor Cllr Penny Ashdown", "Mayor Cr Sharon Hart").
 */
import type { SpanToken } from './types';
import { type TitleInfo, lookupTitle, matchTitleAt } from './titles';
import { ORDINAL_BEFORE_RE } from './shared-roles';
import {
  endsTwoWordPost,
  isRoleModifier,
  LEGISLATURE_NAME_RE,
  PLURAL_OFFICE_TITLES,
  PLURAL_TITLE_ALTERNATION,
  ROLE_HEADS,
  ROLE_VOCAB,
  SCHOOL_HEADS,
  SCHOOL_KINDS,
  SERVICE_WORDS,
} from './role-lexicon';
import { CAPITAL_ROLE_WORDS, isCapitalRoleWord, MODIFIER_WORDS, officeWord, PARTY_WORDS } from './not-names';
import { L, LL, LU } from '../letters';
import { execNative, testNative } from '../native-regexp';

/** A word lower-cased without a closing full stop ("Cllr." -> "cllr"). */
export const lc = (w: string): string => w.replace(/\.$/, '').toLowerCase();
/** True for all-capitals words ("MP", "MLA."). */
const ACRONYM_RE = new RegExp(String.raw`^[${LU}]{2,}\.?$`, 'u');
export const isAcronym = (w: string): boolean => testNative(ACRONYM_RE, w);
// prettier-ignore
const LEADING_NOT_TITLE = new Set(['former', 'then', 'current', 'outgoing', 'incoming', 'newly', 'elected', 'veteran']);
/** "At-Large", the seat of a member elected by the whole city, written after the title. */
export const AT_LARGE_RE = /^at-large$/i;
const COUNCILLOR_ROLES = new Set(['councillor', 'councilor', 'council member']);
/** Which council a councillor sits on, written before the title: "County Cllr", "District Councillor". */
const COUNCIL_TIERS = new Set(['county', 'district', 'borough', 'town', 'parish', 'city', 'village', 'metropolitan', 'regional']);

/** Title words that also end a place's name ("Sayre Harbor", "Port Ellis Bay"): before a council's tier, the place's. */
const PLACE_END_WORDS = new Set(['harbor', 'harbour', 'port', 'bay', 'park', 'bridge', 'water', 'airport']);

/** Offices a place's name is written straight before ("Stoke Harbour Mayor X", "Calder Bay Reeve Y"). */
const PLACE_HEAD_OFFICES = new Set(['mayor', 'reeve', 'warden', 'provost']);

/** Posts on a body written between a member's title and their full name ("Commissioner Director X" heads a New Jersey county's board). */
const POST_AFTER_TITLE = new Set(['chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'vice', 'director']);

/** "Pro Tem", "Pro Tempore", "Pro Tem.": the Latin that may close a post's title. */
const isProTem = (a: string | undefined, b: string | undefined): boolean => /^pro$/i.test(a ?? '') && /^tem(?:pore)?\.?$/i.test(b ?? '');

/**
 * "Council President Pro Tempore Dwayne Hollis": where the name starts once the Latin after a post
 * is stepped over (only when two words are left for the name).
 */
export function afterProTem(words: readonly string[], nameAt: number): number {
  return isProTem(words[nameAt], words[nameAt + 1]) && nameAt + 3 < words.length ? nameAt + 2 : nameAt;
}

/** First title in a run and where the name starts after any stacked titles; titleAt -1 when none. */
export function findTitle(seg: SpanToken[]): { titleAt: number; nameAt: number } {
  const words = seg.map((t) => t.text);
  for (let i = 0; i < seg.length; i++) {
    if (seg[i]!.particle) continue;
    const n = matchTitleAt(words, i);
    if (!n || i + n >= seg.length) continue;
    let nameAt = i + n;
    // Stacked titles ("Cllr Dr Jane Doe", "Town Mayor Cllr Penny Ashdown") stay whole; the first names the office.
    for (let k = matchTitleAt(words, nameAt); k && nameAt + k < seg.length; k = matchTitleAt(words, nameAt)) nameAt += k;
    // "Councilmember At-Large Dana Wu": the seat written after the title is part of it.
    while (nameAt + 1 < seg.length && testNative(AT_LARGE_RE, words[nameAt]!)) nameAt++;
    nameAt = afterProTem(words, nameAt);
    // "Supervisor Chair Ana Ruiz", "Commissioner Vice Chair Bo Lee": a post held on the body, before a full name.
    while (nameAt + 2 < seg.length && POST_AFTER_TITLE.has(lc(words[nameAt]!))) nameAt++;
    return { titleAt: i, nameAt };
  }
  return { titleAt: -1, nameAt: 0 };
}

/** Job heads an Australian or New Zealand council writes before its department, with no "of" between. */
const DEPARTMENT_HEADS = new Set(['director', 'manager', 'officer', 'executive']);

/**
 * "Director Corporate Services Karen Walsh", "General Manager Infrastructure Paul Dimos": where the
 * name starts once a department named straight after a job's head is stepped over (only when two
 * words are left for the name).
 */
export function afterDepartment(words: readonly string[], nameAt: number): number {
  // The department may have been read into the title in part ("Group Manager Community| Wellbeing Ana Pike").
  let from = nameAt;
  while (from > 1 && nameAt - from < 3 && isDepartmentWord(words[from - 1]!)) from--;
  if (!DEPARTMENT_HEADS.has(lc(words[from - 1] ?? ''))) return nameAt;
  let at = nameAt;
  while (at + 2 < words.length && at - from < 3 && isDepartmentWord(words[at]!)) at++;
  return at;
}

/** A word of a council department's name ("Corporate", "Services", "Infrastructure"). */
const isDepartmentWord = (w: string): boolean => ROLE_VOCAB.has(lc(w)) || SERVICE_WORDS.has(lc(w));

/** Where a department written after a job's head starts, read back from `i` in `head` ("Director| Corporate Services"), or `i`. */
function departmentStart(head: readonly SpanToken[], i: number): number {
  let at = i;
  while (at > 1 && i - at < 3 && isDepartmentWord(head[at - 1]!.text)) at--;
  return at < i && DEPARTMENT_HEADS.has(lc(head[at - 1]!.text)) ? at : i;
}

const isTitleWord = (l: string): boolean => isCapitalRoleWord(l) || ROLE_HEADS.has(l);

const lastPart = (l: string): string => l.slice(l.lastIndexOf('-') + 1);

/** Jobs written as initials ("CEO Marcus Ode"): a title, unlike a body's initials ("NHS", "MTA"). */
const JOB_ACRONYMS = new Set(['ceo', 'cfo', 'cao']);

/** Words allowed in a role phrase that, capitalised before a title, open a sentence rather than name a service. */
const NOT_SERVICE = new Set(['and', 'of', 'for', 'both', 'only', 'lone', 'sole', 'then', 'newest', 'youngest', 'oldest']);

/** Capitalised adjectives of office ("Administrative", "Technical", "Statutory"): no given name ends so. */
const ADJECTIVE_RE = /^[A-Z][a-z]{4,}(?:ive|ical|ional|ipal|ary|ory|ible)$/;

/**
 * Capitalised role words directly before a name are written as a title in the mention
 * ("County Administrator Jolene Sturgis", "Vice Chair Harold Benning"); party words, acronyms
 * and "Former" are not.
 */
export function capitalRoleTitle(before: SpanToken[]): SpanToken[] {
  // "Council President Pro Tempore": the Latin closing the title is read with it, and the post before it decides.
  const proTem = before.length >= 3 && isProTem(before.at(-2)?.text, before.at(-1)?.text);
  const head = proTem ? before.slice(0, -2) : before;
  // "Director Corporate Services X": the department after the job's head is read with it.
  const dept = departmentStart(head, head.length);
  let i = dept;
  // "Principal Social Worker X": a post of two words whose last is no post on its own (TWO_WORD_POSTS).
  const twoWord = i === head.length && i >= 2 && endsTwoWordPost(head[i - 1]!.text, `${head[i - 2]!.text} `);
  if (twoWord) i--;
  while (i > 0) {
    const t = head[i - 1]!;
    const l = lc(t.text);
    // "County Administrative Officer": an adjective inside a written-out title is part of it, when a title word follows.
    const adjective = i < head.length && testNative(ADJECTIVE_RE, t.text);
    // "Licensing Standards Officer", "Building Control Officer": so is a service's word, when a title word follows.
    const service = i < head.length && isRoleModifier(l) && !NOT_SERVICE.has(l);
    // "Senedd Member Iwan Glyndwr": a legislature's name before its member's title.
    const legislature = i < head.length && testNative(LEGISLATURE_NAME_RE, t.text);
    if ((isAcronym(t.text) && !JOB_ACRONYMS.has(l)) || PARTY_WORDS.has(l) || !(isTitleWord(l) || MODIFIER_WORDS.has(l) || adjective || service || legislature))
      break;
    // "Tamarack County District Attorney X": a tier before a district's office ends the place's name.
    if (COUNCIL_TIERS.has(l) && districtOffice(head, i)) break;
    i--;
  }
  // "Park Board Chairman X", "Port Authority Director Y": a body's kind that is also a surname ("Park")
  // is no title word, but read as one straight before the body's noun.
  if (i > 0 && i < head.length && BODY_NOUNS.has(lc(head[i]!.text)) && BODY_KINDS_ALSO_NAMES.has(lc(head[i - 1]!.text))) i--;
  // "Port Executive Director X", "Park Superintendent Y": so is one opening the run, where no given name stands before it.
  else if (i === 1 && i < head.length && BODY_KINDS_ALSO_NAMES.has(lc(head[0]!.text))) i = 0;
  let out = head.slice(i);
  while (out.length && LEADING_NOT_TITLE.has(lc(out[0]!.text))) out = out.slice(1);
  // "Sayre Harbor Town Supervisor X": a word before the council's tier is the end of a place's name, not a rank ("Deputy Town Clerk").
  const tier = out.findIndex((t, k) => k > 0 && k < out.length - 1 && COUNCIL_TIERS.has(lc(t.text)));
  if (tier > 0 && PLACE_END_WORDS.has(lc(out[tier - 1]!.text))) out = out.slice(tier);
  // (After a department, its job's head is the word that must be a post.)
  const last = dept < head.length ? (out.length > head.length - dept ? head[dept - 1] : undefined) : out[out.length - 1];
  if (!last || !(ROLE_HEADS.has(lastPart(officeWord(lc(last.text)))) || lookupTitle([last.text]) || twoWord)) return [];
  // "Councilmembers Ines Barrow and Walt Denholm": a plural role introduces a list, it titles no one.
  if (testNative(PLURAL_TITLE_RE, last.text)) return [];
  // "Birchwood Elementary Principal X", "Evergreen Middle School Principal Y": the school is named, the title is "Principal".
  if (SCHOOL_HEADS.has(lc(last.text))) {
    const school = out.findLastIndex((t) => SCHOOL_KINDS.has(lc(t.text)));
    if (school >= 0) out = out.slice(school + 1);
  }
  return proTem && out.length ? [...out, ...before.slice(-2)] : out;
}

/** Does a district's office ("District Attorney", "District Justice"), not a district's body ("District Council"), start at head[i]? */
function districtOffice(head: readonly SpanToken[], i: number): boolean {
  const next = head[i + 1];
  return lc(head[i]?.text ?? '') === 'district' && !!next && !BODY_NOUNS.has(lc(next.text)) && lc(next.text) !== 'council';
}

/** The nouns of public bodies that a kind of body may name ("Park Board", "Sewer District"). */
const BODY_NOUNS = new Set(['board', 'commission', 'authority', 'district', 'committee', 'trust']);
/** Kinds of body that are also surnames, so are not title words on their own (see capitalRoleTitle). */
const BODY_KINDS_ALSO_NAMES = new Set(['park', 'port', 'sewer', 'forest', 'conservation', 'hospital']);

/** A title word in the plural ("Councilmembers", "Supervisors", "Magistrates"), which introduces a list. */
const PLURAL_TITLE_RE = new RegExp(
  `(?:members|ors|ers|ees|men|ents|ives|als|ads|airs|persons|people|${PLURAL_OFFICE_TITLES.join('|')}|${PLURAL_TITLE_ALTERNATION})$`,
  'i',
);
/**
 * "Council member", "Select Board member", "Selectboard member" (New England writes the town's board as
 * one word): a capitalised body (and its kind) plus lower-case "member" titles the name.
 */
const COUNCIL_MEMBER_RE = new RegExp(
  String.raw`(?<![${L}])((?:(?:Select|School|City|Town|County|Village|Parish|District|Borough|Library|Water|Transit|Parks?|Fire|Health|Planning|Zoning|Education)[ \u00A0]+)?(Council|Board|Assembly)|Selectboard)[ \u00A0]+member(-elect)?[ \u00A0]+(?:[Aa]t-[Ll]arge[ \u00A0]+)?$`,
  'u',
);
/**
 * "Committee member Stanley Wojcik", "Finance Committee member X": a member of a named committee,
 * commission or panel. Whether it is a public one is read from the paragraph (a stated title).
 */
const COMMITTEE_MEMBER_RE = new RegExp(
  String.raw`(?<![${L}])((?:(?!(?:The|A|An|Former|Retired|Ex|Then|Labour|Conservative|Republican|Democratic|Green)\b)[${LU}][${LL}]+[ \u00A0]+)?(?:Committee|Commission|Panel))[ \u00A0]+member[ \u00A0]+$`,
  'u',
);
/** The text before a name ends in "member" ("Committee member ", "Council member-elect ", "Council member At-Large "). */
const MEMBER_BEFORE_RE = /member(?:-elect)?[ \u00A0]+(?:[Aa]t-[Ll]arge[ \u00A0]+)?$/;
/** "Secretary of State Jon Lee", "Housing Secretary of State ...": the run broke at "of", so the title is read from the text. */
const SECRETARY_OF_STATE_RE = new RegExp(
  String.raw`(?<![${L}])(?:(?!The\b|A\b)[${LU}][${LL}]+[ \u00A0]+){0,2}Secretary[ \u00A0]+of[ \u00A0]+State[ \u00A0]+$`,
  'u',
);
/** How far before a title a seat may start ("Electoral Area B " is 17 characters). */
const SEAT_REACH = 24;
/** "Precinct 3", "Ward 2", "Div. 5", and a Canadian regional district's lettered electoral areas ("Area D", "Electoral Area B"). */
const NUMBERED_SEAT_RE = new RegExp(
  String.raw`(?<![${L}\d])(?:(?:Precinct|District|Ward|Division|Div\.|Dist\.|Place|Seat|Position|Pos\.)[ \u00A0]+\d{1,2}|(?:Electoral[ \u00A0]+)?Area[ \u00A0]+(?:[A-Z]|\d{1,2}))[ \u00A0]+$`,
  'u',
);
/** Where a numbered seat written before a title starting at `start` begins ("Precinct 4 Justice of the Peace"), else `start`. */
export function seatStart(text: string, start: number, paraStart: number): number {
  return start - (execNative(NUMBERED_SEAT_RE, text.slice(Math.max(paraStart, start - SEAT_REACH), start))?.[0].length ?? 0);
}

/** An ordinal written as a word before a seat's noun ("Fourth District"). */
const ORDINAL_WORD_RE = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;
/** A seat's noun, which a run of capitalised words reads in ("4th Ward Ald. X"). */
const SEAT_NOUN_RE = /^(?:Ward|District|Precinct)$/;
/** Where "4th Ward" begins when the run's first word `first` is the seat's noun after an ordinal, else null. */
function ordinalSeatStart(text: string, first: SpanToken, paraStart: number): number | null {
  if (!testNative(SEAT_NOUN_RE, first.text)) return null;
  const m = execNative(ORDINAL_BEFORE_RE, text.slice(Math.max(paraStart, first.start - 6), first.start));
  return m ? first.start - m[0].length : null;
}
const AND_ROLE_RE = new RegExp(String.raw`(?<![${L}])((?:[${LU}][${LL}]+,?[ \u00A0]+)+)and[ \u00A0]+$`, 'u');

/** "Board of Education President Jen Kerr": the run broke at the body's "of", so its head is read from the text. */
const BODY_OF_RE = new RegExp(
  String.raw`(?<![${L}])(?:Board|Department|Commission|Bureau|Office|Division|Court)[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?$`,
  'u',
);

/** Where a title starts when a body's head and "of" come before its capital role words ("Board of Education President"). */
function bodyOfStart(text: string, start: number, paraStart: number): number {
  const m = execNative(BODY_OF_RE, text.slice(Math.max(paraStart, start - 24), start));
  return m ? start - m[0].length : start;
}

/** A public body's noun last before "and" ("Select Board ", "City Council, "). */
const BODY_BEFORE_AND_RE = /(?:Board|Council|Committee|Commission|Authority|Department),?[ \u00A0]+$/;

/** Where a title starts when capital role words and "and" come before it ("Police and Crime Commissioner", "Police, Fire and Crime Commissioner"). */
function andRoleStart(text: string, start: number, paraStart: number): number {
  const m = execNative(AND_ROLE_RE, text.slice(Math.max(paraStart, start - 40), start));
  // "between the Select Board and Town Administrator X": a body's name before "and" is the body, not the title's first words.
  if (!m || testNative(BODY_BEFORE_AND_RE, m[1]!)) return start;
  // "Police, Fire and Crime Commissioner": the words may be a list with commas. The title starts at
  // the first of the role words running up to "and" ("Residents from Ashby, Police and Crime ...").
  const listStart = start - m[0].length;
  let begin = start;
  for (const w of m[1]!.matchAll(/[^\s,]+/gu)) begin = CAPITAL_ROLE_WORDS.has(lc(w[0])) ? Math.min(begin, listStart + w.index) : start;
  return begin;
}

/** A service's initials written before an office's title: "EMS Director Lena Ortiz", "IT Manager X", "HR Director Y". */
const SERVICE_INITIALS_RE = /(?<![\p{L}\d])(?:EMS|IT|HR|ICT|GIS|DPW|SEND|CCTV|911|E911)[ \u00A0]+$/u;

/** Where a title starts when a service's initials open it (the run of capitalised words broke at them). */
function serviceStart(text: string, start: number, paraStart: number): number {
  const m = execNative(SERVICE_INITIALS_RE, text.slice(Math.max(paraStart, start - 8), start));
  return m ? start - m[0].length : start;
}

/** The title of a name span: where the mention starts, the title text, and what it tells. */
export interface TitleSpan {
  start: number;
  title: string | null;
  info: TitleInfo | null;
  /** Words before the title that it does not include ("West Midlands" before "Mayor"). */
  prefix: SpanToken[];
}

/** "Finance Committee member X", "Council member-elect X": a title ending in "member" before the name at nameStart. */
function memberTitle(text: string, nameStart: number, paraStart: number): TitleSpan | null {
  const lead = text.slice(Math.max(paraStart, nameStart - 32), nameStart);
  // Most names follow no "member": a plain test first, so the two member expressions seldom run.
  if (!testNative(MEMBER_BEFORE_RE, lead)) return null;
  const committee = execNative(COMMITTEE_MEMBER_RE, lead);
  if (committee) {
    const start = nameStart - committee[0].length;
    const title = committee[0].trimEnd();
    return { start, title, info: { kind: 'office', role: title.replace(/[ \u00A0]+/g, ' ').toLowerCase(), stated: true }, prefix: [] };
  }
  const cm = execNative(COUNCIL_MEMBER_RE, lead);
  if (!cm) return null;
  const cmStart = nameStart - cm[0].length;
  // "Ward 3 Council member Grant Hollis": a numbered seat heads this title too.
  const seat = execNative(NUMBERED_SEAT_RE, text.slice(Math.max(paraStart, cmStart - SEAT_REACH), cmStart));
  const start = seat ? cmStart - seat[0].length : cmStart;
  // "Council member-elect Dana Wu": the office, not yet taken up.
  const info =
    cm[1] === 'Council'
      ? lookupTitle(['council', `member${cm[3] ?? ''}`])
      : { kind: 'office' as const, role: `${cm[1]!.replace(/[ \u00A0]+/g, ' ').toLowerCase()} member${cm[3] ?? ''}` };
  return { start, title: text.slice(start, cmStart + cm[0].trimEnd().length), info, prefix: [] };
}

/** Work out the title of the name starting at seg[nameAt], given the title found at titleAt (or -1). */
export function titleSpan(text: string, seg: SpanToken[], titleAt: number, nameAt: number, paraStart: number): TitleSpan {
  const nameStart = seg[nameAt]!.start;
  if (titleAt < 0) {
    const toks = capitalRoleTitle(seg.slice(0, nameAt));
    if (toks.length) {
      // "Parks and Recreation Director": the run broke at "and".
      const begin = serviceStart(
        text,
        toks[0] === seg[0] ? bodyOfStart(text, andRoleStart(text, toks[0]!.start, paraStart), paraStart) : toks[0]!.start,
        paraStart,
      );
      // "District 4 Director Sue Kahn", "Area D Director Harjit Dhillon": a seat heads a written-out title too.
      const start = seatStart(text, begin, paraStart);
      const title = text.slice(start, toks[toks.length - 1]!.end);
      return { start, title, info: { kind: 'office', role: title, stated: true }, prefix: [] };
    }
    const sos = execNative(SECRETARY_OF_STATE_RE, text.slice(Math.max(paraStart, nameStart - 40), nameStart));
    if (sos) {
      const start = nameStart - sos[0].length;
      const title = sos[0].trimEnd();
      return { start, title, info: { kind: 'office', role: title, stated: true }, prefix: [] };
    }
    return memberTitle(text, nameStart, paraStart) ?? { start: nameStart, title: null, info: null, prefix: [] };
  }
  const words = seg.map((t) => t.text);
  // The first title of a stack names the office ("Town Mayor" in "Town Mayor Cllr ..."); the mention starts with it.
  const titleEnd = seg[titleAt + matchTitleAt(words, titleAt) - 1]!.end;
  let info = lookupTitle(words.slice(titleAt, titleAt + matchTitleAt(words, titleAt)));
  let from = titleAt;
  // Office words before an office title belong to it: "District Judge", "Assistant Superintendent";
  // before a councillor's title only the tier of the council: "District Cllr".
  if (info?.kind === 'office') {
    const councillor = COUNCILLOR_ROLES.has(info.role ?? '');
    // ("At-large Councilman X": the seat, written before the title.)
    const belongs = (w: string): boolean =>
      !LEADING_NOT_TITLE.has(w) && (testNative(AT_LARGE_RE, w) || (councillor ? COUNCIL_TIERS.has(w) : CAPITAL_ROLE_WORDS.has(w) || MODIFIER_WORDS.has(w)));
    // ("Calder County District Judge X": as in capitalRoleTitle, the tier before a district's office is the place's.)
    while (from > 0 && belongs(lc(seg[from - 1]!.text)) && !(COUNCIL_TIERS.has(lc(seg[from - 1]!.text)) && districtOffice(seg, from))) from--;
    // "Fourth District Supervisor X": a seat numbered by an ordinal word heads the title, as "District 4" does.
    if (from >= 1 && testNative(SEAT_NOUN_RE, seg[from]!.text) && testNative(ORDINAL_WORD_RE, seg[from - 1]!.text)) from--;
    // ("Sayre Harbor Town Supervisor X": the word before the council's tier ends the place's name.)
    for (let k = from + 1; k < titleAt; k++) if (COUNCIL_TIERS.has(lc(seg[k]!.text)) && PLACE_END_WORDS.has(lc(seg[k - 1]!.text))) from = k;
    // ("Stoke Harbour Mayor X": so does such a word straight before a place's head, after the place's first word.)
    if (from > 0 && from === titleAt - 1 && PLACE_END_WORDS.has(lc(seg[from]!.text)) && PLACE_HEAD_OFFICES.has(info.role ?? '')) from = titleAt;
    // "Chairman Cllr Roger Pennington", "Deputy Leader Cllr X": a written-out post heads the stack.
    if (councillor && from === titleAt) {
      // ("Vice-chair Cllr X" opening a sentence is a lower-case job capitalised by its place: not a title.)
      const post = capitalRoleTitle(seg.slice(0, from));
      if (post.length && !post.some((t) => /-[a-z]/.test(t.text))) from -= post.length;
    }
  }
  // "County Health Officer Dr. Priya Venugopal": a written-out office before an honorific heads the stack.
  if (info?.kind === 'honorific' && from === titleAt) {
    // "Board member Dr. Raymond Osei": a lower-case "member" title before the honorific, likewise.
    const member = titleAt === 0 ? memberTitle(text, seg[0]!.start, paraStart) : null;
    if (member) return member;
    const office = capitalRoleTitle(seg.slice(0, titleAt));
    if (office.length) {
      const role = text.slice(office[0]!.start, office[office.length - 1]!.end);
      return { start: office[0]!.start, title: role, info: { kind: 'office', role, stated: true }, prefix: seg.slice(0, titleAt - office.length) };
    }
  }
  // "District C Councilwoman Angela Fruge": a lettered seat was read into the run; it heads the title as a numbered one does.
  if (info?.kind === 'office' && from === 2 && titleAt === 2 && testNative(SEAT_NOUN_RE, seg[0]!.text) && /^[A-Z]$/.test(seg[1]!.text)) from = 0;
  // "4th Ward Ald. Tanya Gristwood": the seat's noun was read into the run, its ordinal was not.
  // ("3rd District Commissioner X": "District", a word of office, was read into the title itself.)
  const ordinal = from <= 1 && info?.kind === 'office' ? ordinalSeatStart(text, seg[0]!, paraStart) : null;
  let start = ordinal ?? seg[from]!.start;
  // "Precinct 3 Commissioner Leon Gaither", "Ward 2 Council member": a numbered seat heads the title.
  const seat = from === 0 && info?.kind === 'office' ? execNative(NUMBERED_SEAT_RE, text.slice(Math.max(paraStart, start - SEAT_REACH), start)) : null;
  if (seat) start -= seat[0].length;
  // "Police and Crime Commissioner": the run broke at "and".
  if (from === 0 && from < titleAt) start = andRoleStart(text, start, paraStart);
  if (from === 0 && info?.kind === 'office' && !COUNCILLOR_ROLES.has(info.role ?? '')) start = serviceStart(text, start, paraStart);
  const title = text.slice(start, titleEnd);
  if (info && start < seg[titleAt]!.start) {
    // A post heading a councillor's stack is the role ("Chairman" of "Chairman Cllr X"); otherwise the whole title is.
    const roleEnd =
      COUNCILLOR_ROLES.has(info.role ?? '') &&
      from < titleAt &&
      !COUNCIL_TIERS.has(lc(seg[titleAt - 1]!.text)) &&
      !testNative(AT_LARGE_RE, seg[titleAt - 1]!.text)
        ? seg[titleAt - 1]!.end
        : titleEnd;
    info = { ...info, role: text.slice(start, roleEnd), stated: true };
  }
  return { start, title, info, prefix: seg.slice(0, from) };
}
