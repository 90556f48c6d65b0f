/**
 * Who won, in an election story: a winner takes the office, so is an official from the result on,
 * while the other candidates stay people ("Amy Greenhalgh (Green) had 288").
 */
import type { Candidate } from './types';
import { execNative, testNative } from '../native-regexp';

/**
 * A win told after the name ("X won the seat", "X was elected", "X took the last seat", "X led the
 * field", "X took 1,186 votes to win", "X beat Y for the Ward 2 seat"), or the name declared "the
 * winner"; up to two asides may come between ("X, 34, a pharmacist, took the second seat"; "X, an
 * independent who opposed a 1,200-home estate, topped the poll").
 */
const WON_AFTER_RE =
  /^(?:(?:,(?:[^,.;:!?]|(?<=\d)[,.](?=\d)){1,100}){1,2},)?[ \u00A0]+(?:won|wins|has[ \u00A0]+won|was[ \u00A0]+(?:re-)?elected|held[ \u00A0]+the[ \u00A0]+seat|(?:took|won|claimed|secured)[ \u00A0]+(?:the|a)[ \u00A0]+(?:(?:last|final|third|second|first|other|remaining|open)[ \u00A0]+)?seat|gained[ \u00A0]+the[ \u00A0]+seat|(?:took|won|gained|captured|held)[ \u00A0]+(?:the[ \u00A0]+)?(?:new[ \u00A0]+)?(?:[A-Z][\w'’-]*[ \u00A0]+){1,4}(?:ward|seat|division)|topped[ \u00A0]+the[ \u00A0]+poll|led[ \u00A0]+(?:the|a)[ \u00A0]+field|(?:took|polled|received|got|won|secured|gained)[ \u00A0]+[\d,]+[ \u00A0]+votes[ \u00A0]+to[ \u00A0]+(?:win|take|hold|gain|retain|keep|claim)|(?:beat|defeated|ousted|unseated)[ \u00A0]+[^.;:!?]{1,60}?[ \u00A0]+(?:for|in)[ \u00A0]+the[ \u00A0]+(?:[\w'’-]+[ \u00A0]+){0,4}(?:seat|race|runoff|run-off|election|by-election|contest)|as[ \u00A0]+the[ \u00A0]+winner|the[ \u00A0]+winner)\b/;

/** A win told before the name: "The top vote-getter was newcomer X", "the winner was X". */
const TOP_VOTE_GETTER_RE =
  /\b(?:(?:top|leading|highest)[ \u00A0]+vote-?getter|(?:clear[ \u00A0]+)?winner)[ \u00A0]+(?:was|is)[ \u00A0]+(?:(?:newcomer|incumbent|challenger|first-time[ \u00A0]+candidate)[ \u00A0]+)?$/i;

/** A year told just after a win ("won the seat in May 2023", "won in 2015", "won back in 2019"). */
const DATED_RE = /^[^.;:!?]{0,30}?[ \u00A0]in[ \u00A0]+(?:[A-Z][a-z]{2,8}[ \u00A0]+)?(?:19|20)\d\d\b/;

/** "Ms Lowther will sign her declaration of acceptance of office ... and take her seat": only a winner does. */
const TAKES_SEAT_RE =
  /^[^.!?]{0,120}?\b(?:(?:take|takes|taking|took)[ \u00A0]+(?:up[ \u00A0]+)?(?:her|his|their)[ \u00A0]+seat|acceptance[ \u00A0]+of[ \u00A0]+office)\b/;

/** "the board certified Tasha Greer's win": a win told as the name's (not "Mr Pettit's election agent"). */
const OWN_WIN_RE =
  /^(?:['’]s)?[ \u00A0]+(?:win|victory|election|re-election)\b(?![ \u00A0]+(?:agents?|campaigns?|leaflets?|literature|expenses|material|team|manifesto|pledges?|promises?|bid|chances|hopes|night)\b)/;

/** A finishing place: "X, a retired officer, finished second with 13,410 votes". */
const PLACE_AFTER_RE = /^(?:(?:,[^,.;:!?]{1,40}){1,2},)?[ \u00A0]+(?:finished|came|placed)[ \u00A0]+(first|second|third|fourth|fifth|sixth)\b/;
const PLACES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** The seats a race fills: "a field of seven for three seats", "three seats were on the ballot". */
const SEATS_RE =
  /\b(?:for|filling|fill)[ \u00A0]+(two|three|four|five|six|[2-6])[ \u00A0]+(?:(?:open|available|vacant|at-large|board|council)[ \u00A0]+)?seats\b|\b(two|three|four|five|six|[2-6])[ \u00A0]+seats[ \u00A0]+(?:were|are)[ \u00A0]+(?:up|open|on[ \u00A0]+the[ \u00A0]+ballot|contested)\b/i;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six'];

/** How many seats the story's race fills, as it says (one when it does not say). */
export function seatsInRace(text: string): number {
  const m = execNative(SEATS_RE, text);
  const n = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!n) return 1;
  return /\d/.test(n) ? Number(n) : NUMBER_WORDS.indexOf(n) + 1;
}

/** Whether the text after candidate `c` tells that they won, in a race for `seats` seats. */
export function electionWinner(text: string, c: Candidate, seats: number): boolean {
  if (testNative(TOP_VOTE_GETTER_RE, text.slice(Math.max(c.paraStart, c.start - 60), c.start))) return true;
  const after = text.slice(c.afterEnd, Math.min(c.paraEnd, c.afterEnd + 140));
  const won = execNative(WON_AFTER_RE, after);
  // "Mr Gosling won the seat in May 2023": an earlier race, told as history.
  if (won && !testNative(DATED_RE, after.slice(won[0].length))) return true;
  if (testNative(TAKES_SEAT_RE, after) || (c.possessive && testNative(OWN_WIN_RE, after))) return true;
  // "finished second" in a race for three seats wins one; in a race for one it loses.
  const place = execNative(PLACE_AFTER_RE, after)?.[1];
  return !!place && PLACES.indexOf(place) < seats;
}
