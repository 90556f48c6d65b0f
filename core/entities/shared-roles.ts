/**
 * Roles that reach a person from elsewhere in the sentence or article: a plural appositive shared
 * across "X and Y, both council members", and the lede's unnamed role given to the next person named.
 */
import type { Entity } from './coreference';
import type { Item } from './detect-people';
import type { LedeRole } from './lede-role';
import { PLURAL_OFFICE_TITLES, PLURAL_TITLE_ALTERNATION } from './role-lexicon';
import { execNative, testNative } from '../native-regexp';

/** "Tom Eckhardt and Nadia Farouk, both council members,": the first name shares the role. */
export function shareListRoles(text: string, items: Item[]): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (a.cues.roles.length || !/^,?[ \u00A0]+and[ \u00A0]+$/.test(text.slice(a.c.end, b.c.start))) continue;
    if (/^,[ \u00A0]+(?:who[ \u00A0]+)?(?:both|all)[ \u00A0]/.test(text.slice(b.c.afterEnd, b.c.afterEnd + 12)))
      a.cues.roles.push(...b.cues.roles.filter((r) => !r.fromTitle));
  }
}

/** A role whose head is plural ("senior directors", "cabinet members"): it introduces a list. */
export const PLURAL_HEAD_RE = new RegExp(
  String.raw`(?:\b(?:directors|officers|officials|managers|executives|leaders|trustees|governors|representatives|appointees|nominees|delegates|${PLURAL_OFFICE_TITLES.join('|')})|members|${PLURAL_TITLE_ALTERNATION})$`,
  'i',
);

/** Words that name a numbered seat on a body: "District 5", "Ward 3", "Place 2". */
export const SEAT_WORDS: readonly string[] = ['District', 'Ward', 'Precinct', 'Division', 'Zone', 'Seat', 'Place'];
/** An ordinal that ends the text, before a seat's noun: "4th ", "21st " (the match is the ordinal and its space). */
export const ORDINAL_BEFORE_RE = /(?<!\w)\d{1,3}(?:st|nd|rd|th)[ \u00A0]+$/;
/**
 * A seat written after a member's name in a list: "of District 5", "from Ward 2", "of Abbey ward",
 * "of Hill Ward", and a Canadian regional district's "of Electoral Area B" ("council members Priya
 * Ramaswamy of District 1, Tom Kessler of District 2 and ...").
 */
export const SEAT_ASIDE = `(?:[ \\u00A0]+(?:of|from)[ \\u00A0]+(?:(?:${SEAT_WORDS.join('|')}|(?:Electoral[ \\u00A0]+)?Area)[ \\u00A0]+(?:\\d{1,3}|[A-Z])\\b|(?:the[ \\u00A0]+)?[A-Z][a-z]+(?:[ \\u00A0][A-Z][a-z]+)?[ \\u00A0]+(?:[Ww]ard|[Dd]ivision|[Dd]istrict|[Tt]ownship|[Pp]arish|[Bb]orough)))`;
/** A US legislator's party and home town after the name: ", R-Tamsin", ", D-Lake Grove". */
const PARTY_TOWN_ASIDE = String.raw`,[ \u00A0]+[RDI]-[A-Z][a-z]+(?:[ \u00A0][A-Z][a-z]+)?`;
const LIST_ASIDE = `(?:[ \\u00A0]*\\([^()\\n]{1,40}\\)|${SEAT_ASIDE}|${PARTY_TOWN_ASIDE})`;
/**
 * Between two names of a list: a comma or "and", after an optional post in brackets, seat, or party
 * and town; or a semicolon after one of those ("Alan Szabo, R-Quarry Falls; Marty Gleason, ...").
 */
export const LIST_GAP_RE = new RegExp(`^(?:${LIST_ASIDE}?(?:,[ \\u00A0]*|,?[ \\u00A0]+and[ \\u00A0]+)|${LIST_ASIDE};[ \\u00A0]*(?:and[ \\u00A0]+)?)$`);
/** A seat straight after a name ("Walt Brunner of District 6", "Ann Lee of Hill Ward"). */
export const SEAT_AFTER_RE = new RegExp(`^${SEAT_ASIDE}`);
/** A chair's post held on the body the list is of: "chairman", "vice-chair". */
const CHAIR_POST_RE = /^(?:vice-?|deputy )?chair(?:man|woman|person)?$/i;

/** Is the role's head plural ("senior directors", "the leaders of four councils")? */
const pluralHeaded = (role: string): boolean => testNative(PLURAL_HEAD_RE, role.split(/\s+(?:of|for|at|on)\s+/)[0]!);

/** "Two senior directors, Jo Kent and Waheed Nair,": a plural role before a list reaches every name in it. */
export function sharePluralRoles(text: string, items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    // "Councillors Ann Lee of Hill Ward and Raj Patel": a capitalised seat after a name may be read as a name of its own.
    const seat = execNative(SEAT_AFTER_RE, text.slice(a.c.afterEnd, a.c.afterEnd + 60));
    let j = i + 1;
    while (seat && j < items.length && items[j]!.c.start < a.c.afterEnd + seat[0].length) j++;
    const b = items[j];
    if (!b) break;
    // ("Cllrs G Tilly (chairman), P Oakes (vice-chairman), S Marlow": a chair's post in brackets keeps the list going;
    // so does a plural apposition after the last name, "..., the leaders of four councils,", which is the list's.)
    if (
      b.cues.roles.some((r) => !r.fromTitle && !r.ofList && !(r.role && (testNative(CHAIR_POST_RE, r.role) || pluralHeaded(r.role)))) ||
      !testNative(LIST_GAP_RE, text.slice(a.c.afterEnd, b.c.start))
    )
      continue;
    const plural = a.cues.roles.filter((r) => r.role && !r.fromTitle && pluralHeaded(r.role));
    b.cues.roles.push(...plural);
  }
}

/** The lede's unattached role goes to the first person introduced after it, if they have no role. */
export function giveLedeRole(text: string, lede: LedeRole | null, entities: Entity[]): void {
  // Only when the opening paragraph names nobody: otherwise the role may be theirs or another's.
  if (!lede || entities.some((e) => (e.mentions[0]?.start ?? Infinity) < lede.end)) return;
  // "... has sued the city, Mayor Dale Huffman and City Manager Kevin Strand": someone the opening paragraph titles
  // with another office is not the role's holder; someone it names bare may be ("to finish the term of Darlene Hollis"),
  // and so may someone it calls "Ms Holt" (a courtesy title is no office).
  const candidate = (e: Entity): boolean =>
    (e.mentions[0]?.start ?? -1) > lede.end && (e.mentions[0]!.start > lede.paraEnd || !e.titles.some((t) => t.info.kind === 'office'));
  const firstAfter = entities.filter(candidate).sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start)[0];
  // (A past duty, "who led the Labour administration", is no post of their own.)
  const hasOwnRole = firstAfter?.roles.some((r) => r.role && !r.fromTitle && !r.pastTense && !/\bofficials?$/i.test(r.role));
  if (!firstAfter || hasOwnRole || firstAfter.mentions[0]!.start - lede.end >= 600 || namedAgain(text, lede, firstAfter.mentions[0]!.start)) return;
  // "... the coroner said. Lewis Carrow, 34, was found dead ... Area Coroner Rachel Dunstable": someone else is titled with the post.
  const head = headWord(lede);
  const titledWith = (role: string | null): boolean => !!role && !testNative(SECOND_POST_RE, role) && role.toLowerCase().split(/\s+/).pop() === head;
  if (entities.some((e) => e !== firstAfter && e.titles.some((t) => titledWith(t.info.role)))) return;
  firstAfter.roles.unshift(lede.cue);
}

/** A post beside or under the one named ("Deputy Leader", "Opposition Leader"): another post, not the same. */
const SECOND_POST_RE = /^(?:deputy|depute|vice|assistant|opposition|group|shadow|former|acting|interim)\b/i;

/** The lede role's head word, lower-case ("chief executive of the trust" -> "executive"). */
function headWord(lede: LedeRole): string {
  return lede.cue
    .role!.split(/\s+(?:of|for|at|on)\s+/i)[0]!
    .split(/\s+/)
    .pop()!
    .toLowerCase()
    .replace(/[^a-z'-]/g, '');
}

/**
 * "... by the Housing Ombudsman. The ombudsman ordered the council to pay Amina Yusuf": the role's
 * head named again before the person, as its own actor, keeps the role from them.
 */
function namedAgain(text: string, lede: LedeRole, personStart: number): boolean {
  const head = headWord(lede);
  if (!head) return false;
  return new RegExp(`\\b${head}\\b`, 'i').test(text.slice(lede.end, personStart));
}
