/**
 * Candidate name spans: one regex pass over the article finds every run of capitalised words
 * (with initials, surname particles and abbreviated titles), and each run is split into a title,
 * the name words and anything around them that is not a name.
 */
import type { Candidate, RunPart, SpanToken as Tok } from './types';
import { AT_LARGE_RE, afterDepartment, afterProTem, findTitle, isAcronym, lc, seatStart, titleSpan } from './title-span';
import { L, LU, M } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';
import { CASED_HEADS, PLURAL_OFFICE_SINGULARS, ROLE_HEADS } from './role-lexicon';
import { lookupTitle } from './titles';
import { givenNameGender } from './given-name-gender';
import {
  CAPITAL_ROLE_WORDS,
  isCapitalRoleWord,
  MODIFIER_WORDS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  DENOMINATIONS,
  isCalling,
  PARTY_WORDS,
  POSTNOMINALS,
  STRONG_ORG_SUFFIXES,
  SURNAME_CAPABLE,
  WEAK_ORG_SUFFIXES,
  isInitial,
  looksLikeNameToken,
} from './not-names';

/** The lower-case particles a run may hold between name words ("Rhys ab Owen", "Ana de la Cruz"). */
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** A generation's suffix after a full name: "Jr.", "Sr", "III". */
const GENERATION_RE = /^(?:(?:Jr|Sr)\.?|II|III|IV)$/;
// Titles abbreviated with a full stop, US police and fire ranks among them ("Sgt.", "Lt.", "Capt."):
// the stop does not end the name's run.
const ABBR = '(?:Mrs|Mr|Ms|Mx|Dr|Prof|Rev|Revd|Cllr|Coun|Sen|Rep|Gov|Supt|Sup|Sgt|Insp|Det|Lt|Capt|Maj|Col|Cpl|Ofc|Atty|Dep|Del|Legis|Ald|Hon|Rt|St|Jr|Sr)\\.';
/** Irish surnames mutate their first letter after a particle: "Mac an tSaoi", "Ó hAodha", "Ní nGréagáin". */
const MUTATED = `(?:t|h|n|bh|mb|gc|dt|bp)[${LU}][${L}${M}'’\\-]*`;
const TOKEN = `(?:${ABBR}|(?:[${LU}]\\.){1,3}(?=[ \\u00A0]+[${LU}])|[${LU}][${L}${M}'’\\-]*|(?<=(?:Mac|Mc|Ó|O|Ní|Nic|Uí|an)[ \\u00A0]+)${MUTATED})`;
// "Mayor pro tem Gloria Reyes": the lower-case Latin that closes a post's title stays inside the run.
const SEP = `[ \\u00A0]+(?:(?:${PARTICLE}|pro[ \\u00A0]+tem(?:pore)?\\.?)[ \\u00A0]+){0,3}`;
/** A nickname in quotes between given name and surname: Edward "Ned" Fairbanks. */
const NICK = `["“‘'][${LU}][${L}.]*["”’'][ \\u00A0]+`;

/** The list item before a name: an initial and a surname ("M Rendle", "P Oakes (vice-chairman)"), then a comma or "and". */
const INITIAL_LIST_BEFORE_RE = new RegExp(
  String.raw`(?:^|[ \u00A0(])[${LU}]\.?[ \u00A0]+[${LU}][${L}${M}'’\-]+(?:[ \u00A0]*\([^()\n]{1,30}\))?(?:,|,?[ \u00A0]+and)[ \u00A0]+$`,
  'u',
);

/** Longest run taken at once: a longer one ("Mr Mr Mr ...", a page of capitals) is read in pieces, so parsing stays linear. */
export const MAX_RUN_WORDS = 12;
/**
 * Every run of capitalised words; runs never cross a line break, so never a paragraph. A run may
 * open after an apostrophe only where that is an opening quote ('Lisa has been terrific'), not
 * inside a word (O'Neill) or after an initial; and after a hyphen only where "then-" or "ex-" marks a
 * past title ("then-Mayor Bill Smith"), not inside a word ("anti-Semitism", "mid-March").
 */
export const RUN_RE = new RegExp(
  `(?:(?<=(?:^|[^${L}])(?:then|ex)-)|(?<![${L}${M}\\d\\-.]))(?<![${L}${M}\\d.]['’])${TOKEN}(?:${SEP}(?:${NICK})?${TOKEN}){0,${MAX_RUN_WORDS - 1}}`,
  'gu',
);

const POSSESSIVE_RE = /(?:['’]s|(?<=s)['’])$/u;

function tokenise(run: string, offset: number): Tok[] {
  const out: Tok[] = [];
  for (const m of run.matchAll(/[^ \u00A0]+/g)) {
    const raw = m[0];
    const start = offset + m.index;
    const nickname = /^["“‘']/.test(raw);
    const possessive = !nickname && testNative(POSSESSIVE_RE, raw);
    const text = raw.replace(warmRegExp(POSSESSIVE_RE, raw), '').replace(/[-'’]+$/, '');
    out.push({ raw, text, start, end: start + text.length, possessive, particle: NAME_PARTICLES.has(raw) || nickname, nickname });
  }
  return out;
}

const skippable = (w: string): boolean => {
  const l = lc(w);
  return NON_NAME_WORDS.has(l) || PARTY_WORDS.has(l) || MODIFIER_WORDS.has(l) || isCapitalRoleWord(l) || isAcronym(w);
};

/**
 * Split a run at possessives: "Coun Clancy's Labour" is a name then another run. A possessive before a
 * shop's or trade's noun ("Dawson's Diner", "Ashworth's Bakery") is a business's name, and no one's
 * mention: that run is dropped.
 */
function segments(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    cur.push(t);
    if (!t.possessive) continue;
    // "State's Attorney Ivan Bates": a possessive that opens a title of the lexicon is the title's own.
    const next = toks[i + 1];
    if (next && lookupTitle([t.text, next.text])) continue;
    if (BUSINESS_NOUNS.has(lc(toks[i + 1]?.text ?? ''))) return out;
    out.push(cur);
    cur = [];
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Nouns that name a shop or trade after its owner's possessive ("Dawson's Diner"). */
// prettier-ignore
const BUSINESS_NOUNS = new Set([
  'diner', 'cafe', 'café', 'bakery', 'bakers', 'butchers', 'garage', 'pharmacy', 'chemist', 'restaurant', 'bar',
  'pub', 'tavern', 'inn', 'grill', 'kitchen', 'deli', 'store', 'stores', 'shop', 'market', 'hardware', 'motors',
  'salon', 'barbers', 'brewery', 'nursery', 'nurseries', 'farm', 'dairy', 'bistro', 'pizzeria', 'florist', 'florists',
]);

const SEAT_RE = /\b(?:MP|MEP|MSP|[Cc]ouncill?or|[Mm]ember|[Mm]inister|[Ss]ecretary|[Ll]eader|[Mm]ayor)[ \u00A0]+(?:for|of)[ \u00A0]+$/u;
/**
 * "Coalition for Fair Rents", "Friends of Hartley Wood", "Institute for Fiscal Studies": capitals
 * after an organisation's head word and "for", "of", "on" or "against" go on naming it.
 */
const ORG_CONTINUES_RE = /\b([A-Z][a-z]+)[ \u00A0]+(?:for|of|on|against)[ \u00A0]+(?:the[ \u00A0]+)?$/u;
const ORG_HEADS = new Set(['coalition', 'campaign', 'campaigners', 'citizens', 'friends', 'movement', 'league', 'action', 'voice', 'residents', 'parents']);
/** Does the text before a run end in an organisation's head word and a linking "for", "of", "on" or "against"? */
function continuesOrganisation(before: string): boolean {
  const head = execNative(ORG_CONTINUES_RE, before)?.[1]?.toLowerCase();
  return head !== undefined && (ORG_HEADS.has(head) || (STRONG_ORG_SUFFIXES.has(head) && !CAPITAL_ROLE_WORDS.has(head)));
}

/** A speech verb straight after a word: the word is someone speaking. */
const SPEAKS_AFTER_RE = /^[ \u00A0]+(?:said|says|told|added|replied|argued|insisted|warned)\b/;

const ROLE_OF_RE = /\b([A-Z][a-z]+)[ \u00A0]+(?:for|of)[ \u00A0]+(?:the[ \u00A0]+)?(?:[A-Z][a-z]+['’]s[ \u00A0]+)?$/u;
const ROLE_OF_AND_RE = /\b([A-Z][a-z]+)[ \u00A0]+(?:for|of)[ \u00A0]+(?:the[ \u00A0]+)?(?:[A-Z][a-z]+,?[ \u00A0]+){1,3}and[ \u00A0]+$/u;
/** Does the text before a run end in a capitalised post and its "for" or "of" ("Commissioner for "), by `re`? */
function roleOfBefore(before: string, re: RegExp): boolean {
  const word = re.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && isCapitalRoleWord(word) && !ORG_HEADS.has(word);
}

/**
 * A capitalised post and its "of" or "for" before a run at `at` ("Director of ", or after a remit's
 * "and": "Director of Finance and "): where its title starts, and whether the run goes on the remit
 * (`direct`) rather than ending it. Null when no post stands there.
 */
function remitBefore(text: string, at: number, limit: number): { start: number; direct: boolean } | null {
  const before = text.slice(Math.max(limit, at - 60), at);
  const direct = roleOfBefore(before, ROLE_OF_RE);
  if (!direct && !roleOfBefore(before, ROLE_OF_AND_RE)) return null;
  const post = at - before.length + execNative(direct ? ROLE_OF_RE : ROLE_OF_AND_RE, before)!.index;
  return { start: chainedRemitStart(text, post, limit), direct };
}

/** "Director of Public Health " before an honorific: a capitalised post, its "of" or "for", and a remit of capitalised words. */
const ROLE_REMIT_RE =
  /\b([A-Z][a-z]+)[ \u00A0]+(?:for|of)[ \u00A0]+(?:the[ \u00A0]+)?(?:[A-Z][a-z'’]+,?[ \u00A0]+(?:and[ \u00A0]+)?){0,3}[A-Z][a-z'’]+[ \u00A0]+$/u;
/** Where such a post and remit start before `at`, or -1. */
function remitTitleStart(text: string, at: number, limit: number): number {
  const before = text.slice(Math.max(limit, at - 70), at);
  if (!roleOfBefore(before, ROLE_REMIT_RE)) return -1;
  return chainedRemitStart(text, at - before.length + execNative(ROLE_REMIT_RE, before)!.index, limit);
}

/** The Crown's possessive before an office's title (HM inspectors and coroners). */
const CROWN_BEFORE_RE = /(?<![A-Za-z])(?:His|Her)[ \u00A0]+Majesty['’]s[ \u00A0]+$/;

/** Where a post and its remit, ended by "and", start before an office's title at `at` ("Clerk of Court and "), or -1. */
function joinedPostStart(text: string, at: number, limit: number): number {
  const before = text.slice(Math.max(limit, at - 60), at);
  const m = execNative(ROLE_OF_AND_RE, before);
  if (!m || !ROLE_HEADS.has(m[1]!.toLowerCase())) return -1;
  return chainedRemitStart(text, at - before.length + m.index, limit);
}

/** "Director of Services for Housing X": a remit's own post may have a remit before it; the title starts at the first. */
function chainedRemitStart(text: string, at: number, limit: number): number {
  for (let k = 0; k < 2; k++) {
    const before = text.slice(Math.max(limit, at - 40), at);
    if (!roleOfBefore(before, ROLE_OF_RE)) break;
    at -= before.length - execNative(ROLE_OF_RE, before)!.index;
  }
  // "Deputy Director of Finance", "Cabinet Secretary for Health": capital role words before the post belong to its title.
  for (let k = 0; k < 3; k++) {
    const before = text.slice(Math.max(limit, at - 24), at);
    const m = execNative(TITLE_WORD_BEFORE_RE, before);
    if (!m || !(isCapitalRoleWord(m[1]!.toLowerCase()) || RANK_BEFORE_POST.has(m[1]!.toLowerCase()))) break;
    at -= before.length - m.index;
  }
  return at;
}
/** A post's rank written before it ("Assistant Superintendent for Business"), not its time ("Former"). */
const RANK_BEFORE_POST = new Set(['assistant', 'associate', 'acting', 'interim', 'joint', 'principal', 'senior']);
/** The capitalised word ending the text before a post ("Deputy " before "Director of Finance"). */
const TITLE_WORD_BEFORE_RE = /(?<![A-Za-z'’-])([A-Z][a-z]+)[ \u00A0]+$/;

/** Words that are given names as often as anything else ("Bill Hodgkinson", "May Lee", "Jan van der Berg"). */
const GIVEN_CAPABLE = new Set(['bill', 'may', 'june', 'april', 'august', 'jan', 'will']);

/** Is seg[i] such a word, written straight before the last word of the run, a name word itself? */
function givenBeforeSurname(seg: Tok[], i: number): boolean {
  const t = seg[i];
  if (!t || !GIVEN_CAPABLE.has(lc(t.text)) || /\.$/.test(t.text)) return false;
  const rest = seg.slice(i + 1).filter((t) => !t.particle);
  return rest.length === 1 && !skippable(rest[0]!.text) && !isAcronym(rest[0]!.text);
}

/** "Ex-mayor", "ex-Councillor": a past post written as one hyphenated word. */
const EX_POST_RE = /^[Ee]x-[A-Za-z]/;
/** The nouns that end a public body's name ("Hartwell Borough Council", "Severn Fire Authority"). */
const BODY_ENDS = new Set(['council', 'authority', 'board', 'commission', 'committee']);
/** A lower-case post and its "of" before a run ("deputy leader of ", "the chair of the "). */
const POST_OF_RE = /(?:^|[^A-Za-z])([a-z]+)[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?$/;

/**
 * "deputy leader of Hartwell Borough Council Steve Hope": after a lower-case post's "of", a body's
 * name and then, with no comma, its holder's given name and surname. Where the name starts, or 0.
 */
function holderAfterBody(text: string, seg: Tok[], paraStart: number): number {
  const k = seg.length - 2;
  if (k < 2 || !BODY_ENDS.has(lc(seg[k - 1]!.text))) return 0;
  const post = execNative(POST_OF_RE, text.slice(Math.max(paraStart, seg[0]!.start - 30), seg[0]!.start))?.[1];
  if (!post || !ROLE_HEADS.has(post)) return 0;
  const holder = seg.slice(k);
  return holder.every((t) => !t.particle && looksLikeNameToken(t.text) && !skippable(t.text)) ? k : 0;
}

/** "the reeve of Brookfield Mills": two words after a post's "of", the first no given name, are the place it is of. */
function placeOfPost(before: string, seg: Tok[]): boolean {
  if (seg.length !== 2 || givenNameGender(seg[0]!.text) !== undefined) return false;
  const post = execNative(POST_OF_RE, before)?.[1];
  return !!post && (ROLE_HEADS.has(post) || isCapitalRoleWord(post));
}

function parseSegment(text: string, seg: Tok[], paraStart: number, paraEnd: number): RunPart | null {
  const words = seg.map((t) => t.text);
  const found = findTitle(seg);
  const titleAt = found.titleAt;
  let nameAt = found.nameAt;
  if (titleAt < 0) {
    // A role word followed by name words: "Birmingham City Council Leader John Smith".
    for (let k = seg.length - 3; k >= 0; k--) {
      const l = lc(seg[k]!.text);
      // ("Clwyd Coast MS Dilys Garmon": a legislator's letters in capitals, "MS" not "Ms", head the name too.)
      // ("Port Commissioners Gil Navarro and ...": a body's word, then a plural title opening a list.)
      const roleWord = isCapitalRoleWord(l) || MODIFIER_WORDS.has(l) || CASED_HEADS.has(seg[k]!.text) || Object.hasOwn(PLURAL_OFFICE_SINGULARS, l);
      if (roleWord && seg.slice(k + 1).every((t) => !skippable(t.text))) {
        nameAt = k + 1;
        break;
      }
    }
    // "M Rendle, A Kaur and T Baxter": in a list of initials and surnames, "A" is an initial, not the article.
    const listedInitial =
      nameAt === 0 &&
      seg.length === 2 &&
      seg[0]!.text === 'A' &&
      testNative(INITIAL_LIST_BEFORE_RE, text.slice(Math.max(paraStart, seg[0]!.start - 40), seg[0]!.start));
    while (!listedInitial && nameAt < seg.length && (skippable(seg[nameAt]!.text) || seg[nameAt]!.particle) && !givenBeforeSurname(seg, nameAt)) nameAt++;
  }
  // "Council President Pro Tempore Dwayne Hollis": the Latin closing a written-out post is no name word;
  // "General Manager Infrastructure Paul Dimos": nor is a department written after the job's head.
  if (titleAt < 0) nameAt = afterDepartment(words, afterProTem(words, nameAt));
  if (titleAt < 0 && nameAt === 0) nameAt = holderAfterBody(text, seg, paraStart);
  // "Ex-mayor Tony Jacks": a past post in one hyphenated word is no name word (roles.ts reads it).
  if (titleAt < 0 && nameAt === 0 && seg.length >= 3 && testNative(EX_POST_RE, words[0]!) && ROLE_HEADS.has(lc(words[0]!.slice(3)))) nameAt = 1;
  // "Council member At-Large Devon Price": the seat after a lower-case title is no name word either.
  if (titleAt < 0 && nameAt + 2 < seg.length && testNative(AT_LARGE_RE, words[nameAt]!)) nameAt++;
  // "Farmer Earl Whitcomb", "Objector Margaret Hall": a calling before a full name describes, it is no name word.
  if (nameAt + 2 < seg.length && isCalling(lc(seg[nameAt]!.text))) nameAt++;
  const tailLowers = seg
    .slice(nameAt)
    .filter((t) => !t.particle && (!isAcronym(t.text) || STRONG_ORG_SUFFIXES.has(lc(t.text))))
    .map((t) => lc(t.text));
  const givenFirst = givenBeforeSurname(seg, nameAt);
  // "Head of Coastal Engineering Mark Tilley": a firm's word inside a post's remit ends no firm's name
  // when a given name and a surname close the run.
  // (Read once: the written-out title below starts at the same remit.)
  const remitAhead = titleAt < 0 && seg.length - nameAt >= 3 ? remitBefore(text, seg[0]!.start, paraStart) : null;
  const remitHolder = !!remitAhead?.direct && givenNameGender(seg[seg.length - 2]!.text) !== undefined;
  const orgFrom = remitHolder ? tailLowers.length - 2 : 0;
  if (tailLowers.some((l, i) => i >= orgFrom && STRONG_ORG_SUFFIXES.has(l) && !(i === 0 && givenFirst) && (i === tailLowers.length - 1 || titleAt < 0))) {
    return { kind: 'org', words: tailLowers.filter((l) => !STRONG_ORG_SUFFIXES.has(l) && !WEAK_ORG_SUFFIXES.has(l)) };
  }
  let seat: Candidate['seat'] = null;
  if (titleAt < 0 && nameAt === 0) {
    // "MP for Northfield Richard Burden": the seat comes first; a bare "MP for Northfield" is a place.
    const before = text.slice(Math.max(paraStart, seg[0]!.start - 40), seg[0]!.start);
    if ((before.endsWith('for ') || before.endsWith('of ')) && testNative(SEAT_RE, before)) {
      if (seg.length <= 2) return { kind: 'org', words: [] };
      nameAt = seg.length - 2;
      seat = { text: text.slice(seg[0]!.start, seg[nameAt - 1]!.end), start: seg[0]!.start };
    } else if (continuesOrganisation(before) || placeOfPost(before, seg)) return { kind: 'org', words: [] };
  }
  // Where a title written out with its remit starts ("Director of Finance Raj Malhotra"): the mention starts there.
  let remitStart = -1;
  if (titleAt < 0 && !seat && seg.length - nameAt >= 3) {
    // "Commissioner for Children Anne Longfield", "Secretary of State for Levelling Up Michael Gove":
    // the words after a title's "for" or "of" name its remit, and the last two the holder. After a
    // remit's "and" ("Head of Property and Estates Jo Ray") the run holds only the remit's last words:
    // the role is read from the text before, and the mention starts at the post, as with any title.
    if (remitAhead) {
      nameAt = seg.length - 2;
      if (remitAhead.direct) seat = { text: text.slice(seg[0]!.start, seg[nameAt - 1]!.end), start: seg[0]!.start };
      remitStart = remitAhead.start;
    }
  }
  if (titleAt < 0 && !seat && remitStart < 0 && nameAt > 0 && seg.length - nameAt === 2) {
    // "Director of Finance Raj Malhotra", "Director of Children's Services X": a remit of role words, already
    // read past; so is one after the remit's "and" ("Director of Finance and Operations Gary Lindholm").
    remitStart = remitBefore(text, seg[0]!.start, paraStart)?.start ?? -1;
  }
  let end = seg.length;
  let postnominal: Tok | null = null;
  let suffix: Tok | null = null;
  while (end > nameAt) {
    const t = seg[end - 1]!;
    const l = lc(t.text);
    // "Patrick Hebert Jr.", "Dale Ames III": a generation's suffix, written last, belongs to the name as shown.
    if (!suffix && !postnominal && end === seg.length && end - nameAt >= 3 && testNative(GENERATION_RE, t.text)) {
      suffix = t;
      end--;
      continue;
    }
    if (POSTNOMINALS.has(l) && (isAcronym(t.text) || /^(?:Jr|Sr)\.?$/.test(t.text))) {
      postnominal = t;
      end--;
      continue;
    }
    if (t.particle || isAcronym(t.text) || (NON_NAME_WORDS.has(l) && !SURNAME_CAPABLE.has(l))) {
      // "Natural England", "Historic England", "Sport Wales": a word and a nation, untitled, is a national agency.
      if (end === nameAt + 2 && titleAt < 0 && NATIONS_OF_AGENCIES.has(l) && !givenNameGender(seg[nameAt]!.text)) return { kind: 'org', words: [] };
      end--;
      continue;
    }
    break;
  }
  // "May said", "Said told the meeting": a lone common word that speaks is kept, marked weak, so it
  // may refer back to someone the article has named with that surname, and to no one else.
  let spoken = false;
  if (end <= nameAt && titleAt < 0 && seg.length === 1 && !seg[0]!.particle && !isAcronym(seg[0]!.text)) {
    spoken = testNative(SPEAKS_AFTER_RE, text.slice(seg[0]!.end, seg[0]!.end + 12));
    if (spoken) [nameAt, end] = [0, 1];
  }
  const name = seg.slice(nameAt, end);
  const content = name.filter((t) => !t.particle);
  if (!content.length) return null;
  // "St Mary's", "Saint Aidan": a saint names a church, school or street, not a person in the story.
  if (content.length >= 2 && /^(?:St\.?|Saint)$/.test(content[0]!.text)) return { kind: 'org', words: [] };
  const lowers = content.map((t) => lc(t.text));
  if (lowers.some((l) => DENOMINATIONS.has(l))) return { kind: 'org', words: [] };
  // "Invergarry Bridge Parish Church": a parish church, not a person (a surname Church follows a given name).
  if (lowers.length >= 2 && lowers[lowers.length - 1] === 'church' && lowers[lowers.length - 2] === 'parish') return { kind: 'org', words: [] };
  if (content.some((t) => !looksLikeNameToken(t.text))) return null;
  if (content.length > 4 || content.every((t) => isInitial(t.text))) return null;
  if (lowers.some((l, i) => i > 0 && NON_NAME_WORDS.has(l) && !SURNAME_CAPABLE.has(l))) return null;
  // "the Principal Councillor Conduct Registrar": a run ending in a post, with no given name before it, names an office.
  const final = lowers[lowers.length - 1]!;
  if (lowers.length >= 2 && ROLE_HEADS.has(final) && !SURNAME_CAPABLE.has(final) && !givenNameGender(content[0]!.text)) return null;
  if (isInitial(content[content.length - 1]!.text)) return null;
  let weakWord = false;
  const spanned = titleSpan(text, seg, titleAt, nameAt, paraStart);
  const { prefix } = spanned;
  let { start, title, info: titleInfo } = spanned;
  if (remitStart >= 0 && !title) {
    // "Clerk of Courts Dennis Hartung", "Commissioner for Children Anne Longfield": the whole post is the title.
    // "Precinct 4 Justice of the Peace Dorothy Kimbrell": a numbered seat heads it, as it heads any office title.
    start = seatStart(text, remitStart, paraStart);
    title = text.slice(start, seg[nameAt]!.start).trimEnd();
    titleInfo = { kind: 'office', role: title, stated: true };
  }
  // "Director of Public Health Dr Amy Lowe": a post written out with its remit heads an honorific as it heads a name.
  // (The remit's words may have been read into the run: "Public Health" before "Dr".)
  if (title && titleInfo?.kind === 'honorific' && start === seg[titleAt]?.start) {
    const post = remitTitleStart(text, start, paraStart);
    if (post >= 0) {
      const honorific = start;
      start = seatStart(text, post, paraStart);
      title = text.slice(start, seg[nameAt]!.start).trimEnd();
      titleInfo = { kind: 'office', role: text.slice(start, honorific).trimEnd(), stated: true };
    }
  }
  // "Clerk of the Circuit Court and Comptroller Lea Munn": a post written out with its remit, joined by
  // "and" to the office the run opens with, is one title. (A body's "Board of Supervisors and Sheriff X" is not.)
  if (title && titleInfo?.kind === 'office' && start === seg[0]!.start) {
    const post = joinedPostStart(text, start, paraStart);
    if (post >= 0) {
      start = post;
      title = text.slice(start, seg[nameAt]!.start).trimEnd();
      titleInfo = { ...titleInfo, role: title, stated: true };
    }
  }
  // "His Majesty's Inspector X", "Her Majesty's Chief Inspector of Fire Services Y": the Crown's office heads the title.
  if (title && titleInfo?.kind === 'office') {
    const crown = execNative(CROWN_BEFORE_RE, text.slice(Math.max(paraStart, start - 16), start));
    if (crown) {
      start -= crown[0].length;
      title = text.slice(start, seg[nameAt]!.start).trimEnd();
    }
  }
  // With a title, a lone word that is a role or common word is no name ("Mr Speaker").
  if (title && content.length === 1) {
    const l = lowers[0]!;
    // A weak suffix ("Marsh", "Hall") stays, marked weakOrg: it may only refer back to a known person.
    if (STRONG_ORG_SUFFIXES.has(l) || (CAPITAL_ROLE_WORDS.has(l) && !SURNAME_CAPABLE.has(l)) || isAcronym(content[0]!.text)) return null;
    // "Cllr Green", "Mr Said": a common or party word may only refer back to a known person.
    if (skippable(content[0]!.text) && !SURNAME_CAPABLE.has(l)) weakWord = true;
  }
  const last = name[name.length - 1]!;
  const lastLower = lc(last.text);
  const candidate: Candidate = {
    start,
    end: suffix ? suffix.end : last.end,
    tokens: name.map(({ text: t, start: s, end: e, particle, nickname }) => ({ text: t, start: s, end: e, particle, nickname })),
    title,
    titleInfo,
    prefix: prefix.length ? text.slice(prefix[0]!.start, prefix[prefix.length - 1]!.end) : null,
    postnominal: postnominal ? postnominal.text : null,
    suffix: suffix ? suffix.text : null,
    afterEnd: postnominal ? postnominal.end : suffix ? suffix.end : last.end,
    possessive: last.possessive && end === seg.length,
    seat,
    weakOrg: spoken || weakWord || WEAK_ORG_SUFFIXES.has(lastLower) || STRONG_ORG_SUFFIXES.has(lastLower),
    paraStart,
    paraEnd,
  };
  return { kind: 'name', candidate };
}

/** Nations whose agencies are named with one word before them ("Natural England", "Sport Scotland"). */
const NATIONS_OF_AGENCIES = new Set(['england', 'wales', 'scotland', 'cymru']);

/** Split one capitalised run (found by RUN_RE at `offset`) into name candidates and organisations. */
export function parseRun(text: string, run: string, offset: number, paraStart: number, paraEnd: number): RunPart[] {
  const out: RunPart[] = [];
  for (const seg of segments(tokenise(run, offset))) {
    const part = parseSegment(text, seg, paraStart, paraEnd);
    if (part) out.push(part);
  }
  return out;
}
