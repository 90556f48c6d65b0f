/**
 * detectPeople: named officials and other people in an article, each with every mention.
 * One regex pass finds capitalised runs; each run is parsed into candidates, their context read,
 * entities built from full names and titled surnames, then all mentions resolved in body order.
 */
import type { Paragraph, Person, WatchlistEntry } from '@/core/model/analysis';
import type { Candidate } from './types';
import { MAX_RUN_WORDS, RUN_RE, parseRun } from './name-spans';
import { type CandidateCues, readCues } from './cues';
import { indexQuotes } from './quotes';
import { Registry, type Entity } from './coreference';
import { bylineNames, isBylineName } from './credits';
import { prepareWatchlist } from './watchlist-match';
import { accept, lowerWordTest, speakerIndex } from './acceptance';
import { WEAK_ORG_SUFFIXES, isInitial } from './not-names';
import { toPeople } from './to-people';
import { findLedeRole } from './lede-role';
import { ORDINAL_BEFORE_RE, SEAT_WORDS, giveLedeRole, shareListRoles, sharePluralRoles } from './shared-roles';
import { giveSpeakerRoles } from './speaker-role';
import { isShortForm, isWordName } from './given-names';
import { articleScope, promotePosts } from './public-scope';
import { isPluralRole } from './to-people';
import { readBusiness } from './business';
import { isParticleSurname, particleStart, surnamePhrase } from './particles';
import { KIN_NOUNS, TRADE_BEFORE_NAME, isPastRole, type RoleCue } from './roles';
import { electionWinner, seatsInRace } from './election-winners';
import { callingListMembers, listedBesideAccepted } from './calling-lists';
import { dropVerbOpeners } from './verb-opener';
import { datelineWords, headlineOffices } from './headline';
import { execNative, testNative, warmRegExp } from '../native-regexp';

/** Input: the article text and its paragraphs (offsets into `text`). */
export interface PeopleInput {
  text: string;
  paragraphs: Paragraph[];
  /** The headline: an office it titles a name with is that name's in the body too. */
  title?: string | null;
}

/** Options: the reader's watchlist and the article's byline (its author is never a subject). */
export interface PeopleOptions {
  watchlist?: WatchlistEntry[];
  byline?: string | null;
}

/** A candidate with its context, as the detection passes see it. */
export interface Item {
  c: Candidate;
  cues: CandidateCues;
  content: string[];
  accepted: boolean;
}

/** Find every capitalised run once and parse it into candidates; collect organisation words. */
function scan(article: PeopleInput): { candidates: Candidate[]; orgWords: Set<string> } {
  const { text } = article;
  const paras = article.paragraphs.length ? article.paragraphs : [{ text, start: 0 }];
  const candidates: Candidate[] = [];
  const orgWords = new Set<string>();
  let p = 0;
  let longEnd = -1;
  RUN_RE.lastIndex = 0;
  for (let m = execNative(RUN_RE, text); m; m = execNative(RUN_RE, text)) {
    // A run cut at MAX_RUN_WORDS ("Mr Mr Mr ...", a title-case heading) and its continuations name nobody.
    const continues = longEnd >= 0 && /^[ \u00A0]+$/.test(text.slice(longEnd, m.index));
    longEnd = continues || wordCount(m[0]) >= MAX_RUN_WORDS ? m.index + m[0].length : -1;
    if (longEnd >= 0) continue;
    while (p + 1 < paras.length && paras[p + 1]!.start <= m.index) p++;
    const para = paras[p]!;
    for (const part of parseRun(text, m[0], m.index, para.start, para.start + para.text.length)) {
      if (part.kind === 'org') part.words.forEach((w) => orgWords.add(w));
      else candidates.push(part.candidate);
    }
  }
  return { candidates, orgWords };
}

/** The names a headline holds, each with the roles its context there gives it. */
function headlineNames(title: string): { content: string[]; roles: RoleCue[] }[] {
  const { candidates } = scan({ text: title, paragraphs: [{ text: title, start: 0 }] });
  const quotes = indexQuotes(title);
  return candidates.map((c) => ({ content: c.tokens.filter((t) => !t.nickname).map((t) => t.text), roles: readCues(title, c, quotes).roles }));
}

function wordCount(run: string): number {
  let n = 1;
  for (let i = 0; i < run.length; i++) if ((run[i] === ' ' || run[i] === '\u00A0') && run[i + 1] !== ' ' && run[i + 1] !== '\u00A0') n++;
  return n;
}

/**
 * "Cllr Chris Patel ... Christopher Patel was first elected in 2019": a full name that is another
 * form of an accepted one (the same surname, one given name a short form of the other) needs no
 * evidence of its own.
 */
function acceptOtherForms(full: Item[]): void {
  // Accepted given names by surname, each once: one lookup per item keeps a page of thousands of names linear.
  const givenBySurname = new Map<string, Set<string>>();
  for (const it of full) {
    if (!it.accepted || it.content.length < 2) continue;
    const surname = it.content[it.content.length - 1]!;
    let givens = givenBySurname.get(surname);
    if (!givens) givenBySurname.set(surname, (givens = new Set()));
    givens.add(it.content[0]!);
  }
  if (!givenBySurname.size) return;
  for (const it of full) {
    if (it.accepted || it.content.length < 2 || it.cues.credit) continue;
    const given = it.content[0]!;
    const givens = givenBySurname.get(it.content[it.content.length - 1]!);
    if (!givens) continue;
    for (const g of givens) {
      if (g !== given && (isShortForm(g, given) || isShortForm(given, g))) {
        it.accepted = true;
        break;
      }
    }
  }
}

/** What joins two names of a pair: " and ", nothing else. */
const PAIR_GAP_RE = /^[ \u00A0]+and[ \u00A0]+$/;

/** "Ward 3", "Division 12", "(4th Ward)": a numbered seat, though "Ward" is also a surname (the word alone, not "Wardle"). */
const SEAT_LABELS = new Set(SEAT_WORDS);
const NUMBERED_RE = /^[ \u00A0]+\d{1,3}(?!\d|[.,]\d)/;
function seatLabel(text: string, c: Candidate): boolean {
  if (c.title || c.tokens.length !== 1 || !SEAT_LABELS.has(c.tokens[0]!.text)) return false;
  return testNative(NUMBERED_RE, text.slice(c.end, c.end + 8)) || testNative(ORDINAL_BEFORE_RE, text.slice(Math.max(0, c.start - 6), c.start));
}

/** "Harlow County appointees": a lone capitalised word before a local body's or area's noun is a place's name. */
const PLACE_NOUN_AFTER_RE = /^[ \u00A0]+(?:County|City|Township|Borough|Parish|District|Council)\b/;
/** "Sen. Howard Kemp, R-Cold Spring": a US legislator's party and home town, no one's name. */
const PARTY_TAG_RE = /^[RDI]-[A-Z]/;
/** "hired Fort Tolliver attorney Laura Pickens": a place or firm before a lower-case trade and the name it describes. */
const TRADE_AND_NAME_AFTER_RE = new RegExp(String.raw`^[ \u00A0]+${TRADE_BEFORE_NAME}[ \u00A0]+[A-Z][a-z]`);
/** "City Hall", "the village green", "Market Square": a public place whose second word is also a surname. */
const CIVIC_PLACE_BEFORE_RE = /(?:^|[^\w])(?:City|Town|County|Village|Borough|Civic|Market|Guild)[ \u00A0]$/;
const CIVIC_PLACE_NOUN_RE = /^(?:Hall|Green|Square|House|Court)$/;
const civicPlace = (text: string, c: Candidate): boolean =>
  !c.title &&
  c.tokens.length === 1 &&
  testNative(CIVIC_PLACE_NOUN_RE, c.tokens[0]!.text) &&
  testNative(CIVIC_PLACE_BEFORE_RE, text.slice(Math.max(0, c.start - 8), c.start));
/** "the Kerslake review", "the Nolan principles": a surname naming a report or a code after its author names no one there. */
const THE_BEFORE_RE = /(?:^|[^\w])[Tt]he[ \u00A0]$/;
const EPONYM_NOUN_AFTER_RE = /^[ \u00A0]+(?:review|report|inquiry|enquiry|principles|amendment|doctrine|formula|reforms)\b/;
const eponym = (text: string, c: Candidate): boolean =>
  !c.title &&
  c.tokens.length === 1 &&
  testNative(EPONYM_NOUN_AFTER_RE, text.slice(c.end, c.end + 14)) &&
  testNative(THE_BEFORE_RE, text.slice(Math.max(0, c.start - 5), c.start));
const placeOrPartyTag = (text: string, c: Candidate): boolean =>
  civicPlace(text, c) ||
  eponym(text, c) ||
  (!c.title && c.tokens.length === 1 && testNative(PLACE_NOUN_AFTER_RE, text.slice(c.end, c.end + 12))) ||
  (!c.title && testNative(TRADE_AND_NAME_AFTER_RE, text.slice(c.end, c.end + 40))) ||
  testNative(PARTY_TAG_RE, c.tokens[0]?.text ?? '');

/** Surnames that are also interjections ("Oh", "Ah"): not a mention when a comma or "!" follows. */
const INTERJECTION_RE = /^(?:Oh|Ah|Aw|Eh)$/;
/** "his son, Mark Dombrowski", "Hallam's wife Carol Hallam", "his wife of 66 years, Martha Lee": a name given as someone's relative. */
const KIN_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:his|her|their)|[A-Z][\w'’-]*['’]s?)[ \u00A0]+(?:(?:late|eldest|youngest|elder|younger|older|only)[ \u00A0]+)?(?:${KIN_NOUNS.join('|')})(?:[ \u00A0]+of[ \u00A0]+(?:more[ \u00A0]+than[ \u00A0]+|nearly[ \u00A0]+|almost[ \u00A0]+)?[\w-]+[ \u00A0]+years)?,?[ \u00A0]*$`,
);

/** Detect officials and other people, with co-referenced mentions. */
export function detectPeople(article: PeopleInput, options: PeopleOptions = {}): { officials: Person[]; people: Person[] } {
  const { text } = article;
  const watch = prepareWatchlist(options.watchlist);
  const { candidates, orgWords } = scan(article);
  const quotes = indexQuotes(text);
  const isLower = lowerWordTest(text);
  // "HOLLISFORD — ... every Select Board member Hollisford has elected": the dateline's place is no one's surname.
  const dateline = datelineWords(text);
  const items: Item[] = candidates
    .filter((c) => !seatLabel(text, c) && !placeOrPartyTag(text, c) && !(c.tokens.length === 1 && dateline.has(c.tokens[0]!.text.toLowerCase())))
    .map((c) => ({
      c,
      cues: readCues(text, c, quotes),
      content: c.tokens.filter((t) => !t.nickname).map((t) => t.text),
      accepted: false,
    }));
  // "Hollisford Town Clerk Donna Ferreira is retiring": the headline's office is the name's in the body.
  const offices = article.title ? headlineOffices(headlineNames(article.title)) : null;
  const headlined = new Set<string>();
  if (offices?.size)
    for (const it of items) {
      const office = offices.get(it.content.join(' ').toLowerCase());
      if (office) it.cues.roles.push({ ...office });
      if (office) headlined.add(it.content[it.content.length - 1]!.toLowerCase());
    }
  dropVerbOpeners(items, isLower);
  // "Pfannenstiel's chief deputy" where the headline titles her "County Clerk": a holder's staff, as for a title in the body.
  const scope = { ...articleScope(text), officeHolders: new Set([...officeHolderSurnames(items), ...headlined]) };
  for (const it of items) promotePosts(it.cues.roles, scope);
  shareListRoles(text, items);
  sharePluralRoles(text, items);
  readBusiness(text, items, scope.public);
  // "Amy Greenhalgh (Green) had 288": in an election story a party label names a candidate, not an office.
  if (scope.election) for (const it of items) it.cues.roles = it.cues.roles.map((r) => (r.partyOnly ? { role: null, official: false } : r));
  // "confirming Margaret Ostrowski, a Democrat, as the winner", "Ostrowski won the seat": the winner takes the office.
  if (scope.election) {
    const seats = seatsInRace(text);
    for (const it of items) if (electionWinner(text, it.c, seats)) it.cues.roles.push({ role: null, official: true, fromTitle: true });
  }
  // "The by-election was called after X stood down": an office left before the story, told in a clause of
  // its own; "Mayor X resigned Monday" is the news of one still in office.
  for (const it of items) {
    if (!it.cues.roles.some((r) => r.leftOffice)) continue;
    const lead = text.slice(Math.max(it.c.paraStart, it.c.start - 50), it.c.start);
    // "took over from longtime chief appraiser X, who retired in 2022": a predecessor who left in a year
    // told, in any story ("succeeding Cllr X, who stood down last month" may keep a seat).
    const backgrounded =
      (scope.election && testNative(BACKGROUND_RE, lead)) ||
      (testNative(PREDECESSOR_RE, lead) && testNative(YEAR_TOLD_AFTER_RE, text.slice(it.c.afterEnd, it.c.afterEnd + 80)));
    if (!backgrounded) it.cues.roles = it.cues.roles.filter((r) => !r.leftOffice);
  }
  // "X, who sat on the town council for 34 years, has died": one who died in office is told as its holder
  // (the tributes of a sitting councillor); one whose office the article says had ended is a former holder.
  const ended = items.some((it) => it.cues.roles.some((r) => r.died)) ? officeEndedSubjects(text) : null;
  const endedFor = (surname: string): boolean => !!ended && (ended.has('she') || ended.has('he') || ended.has(surname.toLowerCase()));
  for (const it of items)
    if (it.cues.roles.some((r) => r.died) && !endedFor(it.content[it.content.length - 1]!)) it.cues.roles = it.cues.roles.filter((r) => !r.died);
  const excluded = new Set(bylineNames(options.byline));
  const reg = new Registry();
  const bound = new Map<Item, Entity>();
  // Pass 1: entities from full names (given names before initials), then titled surnames.
  const full = items.filter((it) => !surnameRef(it) && it.c.tokens.filter((t) => !t.particle).length >= 2);
  // Surnames written with a title ("Mrs Hall") or alone in a vote roll ("Those against: Pratt and Lowe") are people's.
  const titled = new Set(
    items.filter((it) => it.content.length === 1 && (it.c.title || it.cues.roles.some((r) => r.evidence))).map((it) => it.content[0]!.toLowerCase()),
  );
  const speech = speakerIndex(text);
  for (const it of full) it.accepted = accept(text, it, orgWords, isLower, watch, titled, speech);
  acceptOtherForms(full);
  // "Sarah Cole and James Hunt wrote to the minister": the first of a pair is someone when the second is.
  for (let i = full.length - 2; i >= 0; i--) {
    const [a, b] = [full[i]!, full[i + 1]!];
    if (a.accepted || !b.accepted || a.content.length > 3 || !testNative(PAIR_GAP_RE, text.slice(a.c.afterEnd, b.c.start))) continue;
    a.accepted = accept(text, a, orgWords, isLower, watch, titled, speech, false);
  }
  for (const it of callingListMembers(text, full)) it.accepted = accept(text, it, orgWords, isLower, watch, titled, speech, false);
  for (const it of listedBesideAccepted(text, full)) it.accepted = accept(text, it, orgWords, isLower, watch, titled, speech, false);
  // The person named just after a lede's unnamed role ("its chief executive ... Leopold Harcourt is") needs no other evidence.
  const lede = findLedeRole(text, article.paragraphs);
  const ledeTarget =
    lede && !items.some((it) => it.c.start < lede.end) ? full.find((it) => it.c.start > lede.end && (it.c.start > lede.paraEnd || !it.c.title)) : undefined;
  if (ledeTarget && !ledeTarget.accepted && ledeTarget.c.start - lede!.end < 600)
    ledeTarget.accepted = accept(text, ledeTarget, orgWords, isLower, watch, titled, speech, false);
  for (const initialPass of [false, true]) {
    for (const it of full) {
      if (!it.accepted || isInitial(it.content[0]!) !== initialPass) continue;
      if (it.cues.credit) continue;
      const surname = surnamePhrase(it.content);
      const e = reg.addFullName(it.content, it.content[0]!, surname, it.c.titleInfo);
      const nick = it.c.tokens.find((t) => t.nickname);
      if (nick) reg.addNickname(e, nick.text.replace(/^["“‘']|["”’']$/g, ''));
      if (it.c.titleInfo?.kind === 'office' || it.cues.roles.some((r) => r.official && !r.evidence)) e.namedInOffice = true;
      if (!it.c.title && testNative(KIN_BEFORE_RE, text.slice(Math.max(0, it.c.start - 60), it.c.start))) e.kin = true;
      bound.set(it, e);
    }
  }
  // The genders titles give each surname ("Mr Anderson"): a surname-first reading must not cross them.
  const titledGenders = new Map<string, ('m' | 'f')[]>();
  for (const it of items) {
    const g = it.c.titleInfo?.gender;
    const surname = it.content[it.content.length - 1]?.toLowerCase();
    if (g && surname) titledGenders.set(surname, [...(titledGenders.get(surname) ?? []), g]);
  }
  for (const it of items) {
    if (it.cues.credit) excluded.add(it.content.join(' ').toLowerCase());
    const word = surnameRef(it);
    // "Cllrs Hartley, Mensah and Quayle", "Those against: Pratt and Lowe": a surname in a list after a plural
    // office, or in a vote roll, is someone, as a titled one is.
    const rolled = inOfficeRoll(it) || inVoteRoll(it);
    if (!word || !(it.c.title || rolled) || (it.c.weakOrg && !placeWordSurname(it, word, rolled))) continue;
    if (it.c.titleInfo?.withFirstName && reg.resolveFirstName(word)) continue;
    if (reg.bySurname(word).length || (it.c.possessive && reg.bySurname(`${word}s`).length)) continue;
    // "told members Brightwater had offered", "Voting against were Glasfryn members Cllr X": a word the article
    // uses in a body's name ("Brightwater Active Ltd", "Glasfryn Council"), untitled, is no one named only by surname.
    if (!it.c.title && orgWords.has(word.toLowerCase())) continue;
    // "were Glasfryn members Cllr X and Cllr Y": a word before a plural role names whose members they are.
    if (!it.c.title && testNative(PLURAL_ROLE_AFTER_RE, text.slice(it.c.afterEnd, it.c.afterEnd + 20))) continue;
    const gender = it.c.titleInfo?.gender;
    const fits = (e: Entity): boolean => !gender || !(titledGenders.get(e.surname.toLowerCase()) ?? []).some((g) => g !== gender);
    if (!reg.surnameFirst(word, fits) && !reg.resolveFirstSurname(word)) reg.addSurname(word);
  }
  reg.fillInitials(
    items.filter((it) => !bound.has(it) && !it.cues.credit && !surnameRef(it)).map((it) => ({ words: it.content, surname: surnamePhrase(it.content) })),
  );
  // Pass 2: every candidate in body order resolves to an entity or to nothing.
  for (const it of items) {
    if (it.cues.credit) continue;
    const bare = it.content.length === 1 && !it.c.title;
    // "Oh, come on": a surname that is also an interjection ("Grace Oh") is not one before a comma.
    if (bare && testNative(INTERJECTION_RE, it.content[0]!) && /^[,!]/.test(text.slice(it.c.end, it.c.end + 1))) continue;
    const entity = bound.get(it) ?? resolve(it, reg);
    if (!entity) continue;
    const start = bare ? particleStart(text, it.c.tokens[0]!.start, entity.surname) : it.c.start;
    entity.mentions.push({ text: text.slice(start, it.c.end), start, end: it.c.end });
    entity.roles.push(...it.cues.roles);
    if (it.c.suffix) entity.suffix ??= it.c.suffix;
    if (it.c.title && it.c.titleInfo) entity.titles.push({ text: it.c.title, info: it.c.titleInfo });
    entity.lastPos = start;
    if (bare && it.content[0]!.toLowerCase() === entity.surname.toLowerCase()) entity.calledBySurname = true;
    if (!bound.has(it)) entity.calledShort = true;
  }
  if (lede) promotePosts([lede.cue], scope);
  giveLedeRole(text, lede, reg.entities);
  giveSpeakerRoles(text, reg.entities);
  const kept = reg.entities.filter((e) => e.mentions.length && ![...excluded].some((b) => isBylineName(e.words.join(' '), [b])));
  return toPeople(kept, watch);
}

/**
 * "She stood down from the council in 2017", "By the time she retired as supervisor in 2008", "a post
 * he held until 2003": the subjects (lower case: a surname, or "she"/"he") of an office ended in a
 * year told. Not "X, who stood down in 2015" (a relative clause tells of someone else), nor "he retired
 * from the fire service in 1998" (a job, not the office): retiring counts "as" a post, "from" a body, or
 * straight "in" its year ("until he retired in January 2020"), or in a clause of its own ("before retiring in
 * January 2015"), and one who "did not seek a fifth term in 1999" or did something "After leaving
 * office,". Asked only of an article that tells a death. One pass.
 */
const OFFICE_ENDED_RE =
  /\b([Ss]he|[Hh]e|[A-Z][\w'’-]+)[ \u00A0]+(?:had[ \u00A0]+)?(?:(?:stood|stepped)[ \u00A0]+down|(?:retired|resigned)(?=[ \u00A0]+(?:as|from[ \u00A0]+the[ \u00A0]+(?:council|board|commission|authority|bench|assembly|parliament|senate|legislature|cabinet)|in[ \u00A0]+(?:[A-Z][a-z]{2,8}[ \u00A0]+)?(?:19|20)\d\d)\b)|left[ \u00A0]+office)\b[^.;:!?]{0,50}?\bin[ \u00A0]+(?:[A-Z][a-z]{2,8}[ \u00A0]+)?(?:19|20)\d\d\b|\b(?:post|office|seat|job|role)[ \u00A0]+(she|he)[ \u00A0]+held[ \u00A0]+until[ \u00A0]+(?:19|20)\d\d\b|\b(?:before|after|until|since)[ \u00A0]+(?:retiring|stepping[ \u00A0]+down|standing[ \u00A0]+down|leaving[ \u00A0]+office)[ \u00A0]+in[ \u00A0]+(?:[A-Z][a-z]{2,8}[ \u00A0]+)?(?:19|20)\d\d\b|\b([Ss]he|[Hh]e|[A-Z][\w'’-]+)[ \u00A0]+(?:did[ \u00A0]+not|didn[’']t|chose[ \u00A0]+not[ \u00A0]+to|decided[ \u00A0]+not[ \u00A0]+to)[ \u00A0]+(?:seek|run[ \u00A0]+for|stand[ \u00A0]+for)[ \u00A0]+(?:re-?election|(?:a|another)[ \u00A0]+(?:\w+[ \u00A0]+)?term)[ \u00A0]+in[ \u00A0]+(?:19|20)\d\d\b|\b[Aa]fter[ \u00A0]+(?:leaving|he[ \u00A0]+left|she[ \u00A0]+left)[ \u00A0]+office,/g;
function officeEndedSubjects(text: string): Set<string> {
  const out = new Set<string>();
  if (!/(?:down|retired|retiring|resigned|office|held|term|election)\b/.test(text)) return out;
  // "before retiring in January 2015": the clause's subject is the sentence's, told as a pronoun would be.
  for (const m of text.matchAll(warmRegExp(OFFICE_ENDED_RE, text))) out.add((m[1] ?? m[2] ?? m[3] ?? 'she').toLowerCase());
  return out;
}

/** A lower-case plural role straight after a word ("Glasfryn members", "Labour councillors"). */
const PLURAL_ROLE_AFTER_RE = /^[ \u00A0]+(?:members|councillors|councilors|representatives|delegates|trustees|commissioners|directors)\b/;

/** "took over from", "succeeds", "replaced" before a name: the one who held the post before. */
const PREDECESSOR_RE = /\b(?:took[ \u00A0]+over[ \u00A0]+from|succeeds|succeeded|succeeding|replaces|replaced|replacing)\b[^.!?]*$/;
/** ", who retired in 2022": the year a clause after a name tells an office was left in. */
const YEAR_TOLD_AFTER_RE = /^[^.;!?]{0,60}?\bin[ \u00A0]+(?:19|20)\d\d\b/;
/** "after", "since", or "the resignation of" before a name: a clause telling what led to the election. */
const BACKGROUND_RE = /\b(?:after|since|when|following|(?:resignation|retirement|departure)[ \u00A0]+of)\b[^.!?]*$/;

/** Titles of the lexicon that also open places' names ("Lord Street", "Lady Lane", "Sir Thomas Court"). */
const PLACE_TITLE_RE = /^(?:lord|lady|sir|dame|baroness)$/i;

/**
 * "Cllr Hall", "Mrs Wood", "Councillors Hall, Wood and Green": a surname that is also the last word
 * of places' names is a person's when a person's title, an office's list or a vote roll puts it there.
 */
function placeWordSurname(it: Item, word: string, rolled: boolean): boolean {
  if (!WEAK_ORG_SUFFIXES.has(word.toLowerCase())) return false;
  return rolled || (!!it.c.title && !testNative(PLACE_TITLE_RE, it.c.title));
}

/** A lone surname that a plural office before its list reaches ("Cllrs Hartley, Mensah and Quayle"). */
function inOfficeRoll(it: Item): boolean {
  return it.content.length === 1 && it.cues.roles.some((r) => r.official && r.role && !r.fromTitle && isPluralRole(r.role));
}

/** A lone surname named in a vote roll ("Voting yes were Jones, Reed and Larkin"). */
function inVoteRoll(it: Item): boolean {
  return it.content.length === 1 && it.cues.roles.some((r) => r.roll);
}

/** The surname a candidate names on its own ("Hughes", "ap Rhys", "De la Cruz"), or null for a full name. */
function surnameRef(it: Item): string | null {
  const { content } = it;
  if (content.length === 1) return content[0]!;
  if (isParticleSurname(content) || it.c.tokens.filter((t) => !t.particle).length === 1) return content.join(' ');
  return null;
}

/** Surnames of the people titled with an office now ("Mayor Ann Cole", not "Former Mayor X"), lower-case. */
function officeHolderSurnames(items: readonly Item[]): Set<string> {
  const out = new Set<string>();
  for (const { c, content } of items) {
    if (c.titleInfo?.kind === 'office' && !(c.prefix && isPastRole(c.prefix))) out.add(content[content.length - 1]!.toLowerCase());
  }
  return out;
}

/** Resolve a candidate that did not introduce an entity. */
function resolve(it: Item, reg: Registry): Entity | null {
  const { c, content, cues } = it;
  const word = surnameRef(it);
  if (!word) return reg.byName(content.join(' '));
  const bySurname = reg.resolveSurname(
    word,
    c.titleInfo,
    c.possessive,
    cues.roles.some((r) => r.evidence),
  );
  if (bySurname) return bySurname;
  const firstSurname = content.length === 1 ? reg.resolveFirstSurname(word) : null;
  if (firstSurname) return firstSurname;
  if (c.title) return c.titleInfo?.withFirstName ? reg.resolveFirstName(word) : null;
  // In quotes a first name or short form ("Greg"); in running text only the exact first name, mid-sentence.
  if (cues.inQuote) return reg.resolveFirstName(word);
  // ...and only for someone a title or role shows to be a person ("Yahoo Japan" ... "Yahoo" is not).
  // A given name opening a sentence is read only as a speaker or a plain subject ("Helen said
  // later ...", "Alison and I agreed"), and never one that is also a word: "May" or "Will" opening
  // one is usually no one.
  const opens = cues.sentenceInitial && !cues.speaks && !(cues.subject && !isWordName(word));
  const e = opens ? null : reg.resolveFirstName(word, false);
  return e && (e.titles.length || e.roles.some((r) => r.role)) ? e : null;
}
