/**
 * Lists of a public body's members: the words that open one ("The committee members are", "Four
 * councillors, among them", "Joining the board are", "The members confirmed Tuesday are") and the
 * names it goes on to give, each with a description of its own ("Jo Reyes, 29, a paralegal; Sam
 * Ortiz, a nurse; and Kim Lo").
 */
import type { Item } from './detect-people';
import { singularRole } from './to-people';
import { execNative, testNative } from '../native-regexp';

const S = '[ \\u00A0]+';
/** A body's seats, plural, that a list of names fills. */
const SEATS = `(?:councillors|councilors|councilmembers|council${S}members|aldermen|alderpersons|alderwomen|selectmen|selectwomen|trustees|commissioners|supervisors|governors|(?:board|committee|cabinet|commission|panel|council)${S}members)`;
/**
 * The words that open a list of a public body's members: "Councillors present included", "Among
 * the councillors who spoke were", "The committee members are", "Joining the board are", "The new
 * members are". The words between the seats and the verb may not hold "of" ("trustees of the food
 * bank include", "the members of the campaign group are").
 */
const MEMBERS_INTRO_RE = new RegExp(
  '(?:' +
    `\\b(${SEATS})(?:(?!${S}of\\b)[^.;:!?\\n]){0,40}?${S}(?:were|are|include|included|including|among${S}them)${S}` +
    `|\\bmembers${S}of${S}the${S}(council|board|committee|cabinet|commission|panel)${S}(?:present${S})?(?:were|are|include|included)${S}` +
    `|\\b(?:joining|elected${S}to|appointed${S}to|named${S}to|sworn${S}in${S}to)${S}the${S}(council|board|committee|cabinet|commission|panel)${S}(?:are|were|is|was)${S}` +
    `|\\b(${SEATS})[ \\u00A0]*[:\\u2013\\u2014][ \\u00A0]*` +
    // "The members confirmed Tuesday are", "The nine new members are", "The board's members are": the body's members, in a story about a public body.
    `|(?:^|[^a-z'’])the${S}(?:(?!(?:board|committee|cabinet|commission|panel|council)${S})[a-z]+(?:['’]s)?${S}){0,2}(members)(?:(?!${S}of\\b)[^.;:!?\\n]){0,40}?${S}(?:are|were|include)${S}` +
    ')$',
);

/** The post each name in a members' list holds ("councillor", "board member"), or null when the text opens no such list. */
export function membersPost(before: string): string | null {
  const m = execNative(MEMBERS_INTRO_RE, before.toLowerCase());
  if (!m) return null;
  if (m[5]) return 'member';
  const seats = m[1] ?? m[4];
  return seats ? singularRole(seats.replace(/[ \u00A0]+/g, ' ')) : `${m[2] ?? m[3]} member`;
}

/**
 * What sets off the next name of a list whose names each carry a description: the description (an
 * age, a job, "a nurse at St. Brendan's Hospital") after a comma, then a semicolon.
 */
const DESCRIBED_GAP_RE = /^,(?:[^;.!?\n]|\b(?:St|Mt|Ft|Dr|Jr|Sr)\.){1,80};[ \u00A0]+(?:and[ \u00A0]+)?$/;

/** The names after `last` that carry on its list in the same paragraph, one description apart. */
export function describedFollowers(text: string, items: readonly Item[], last: Item): Item[] {
  const out: Item[] = [];
  let prev = last;
  for (let k = items.indexOf(last) + 1; k < items.length; k++) {
    const it = items[k]!;
    if (it.c.paraStart !== prev.c.paraStart || it.c.start - prev.c.afterEnd > 90) break;
    const gap = text.slice(prev.c.afterEnd, it.c.start);
    // Names inside a description ("a nurse who works for Dr Ana Ruiz") are skipped, not listed.
    if (!testNative(DESCRIBED_GAP_RE, gap)) {
      if (gap.includes(';')) break;
      continue;
    }
    out.push(it);
    prev = it;
  }
  return out;
}
