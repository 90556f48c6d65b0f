/**
 * A vote roll that goes on past a label for its next names: "Abstaining were Councillors X and Y of
 * the Green Party and independents Z and W", "Voting yes were Whitfield and fellow Marlow County
 * appointees X, Y and Z", "... and provincial appointees X and Y". The names after the label are in the roll
 * as much as those before it.
 */
import { PARTY_PLURALS, PARTY_WORDS } from './not-names';
import { PLURAL_HEAD_RE } from './shared-roles';
import { isHead } from './leading-role';
import { execNative, testNative } from '../native-regexp';

/**
 * Between the last name of the roll and the next name: an optional party aside ("of the Green
 * Party", "(Lab)"), "and", then up to four words that label the next names.
 */
const CONTINUES_RE =
  /^(?:[ \u00A0]+of[ \u00A0]+the[ \u00A0]+(?:[A-Z][\w'’-]*[ \u00A0]+){1,3}?(?:Party|[Gg]roup)|[ \u00A0]*\([^()\n]{1,30}\))?,?[ \u00A0]+(?:and|as[ \u00A0]+well[ \u00A0]+as|along[ \u00A0]+with)[ \u00A0]+((?:[\w'’-]+[ \u00A0]+){0,4})$/;

/**
 * A word that may label names inside a roll: a party, "fellow", a place's or post's capitalised word,
 * a post ("and alternate Joyce Lundgren", "and member X", "and fellow trustees X and Y").
 */
function labelWord(word: string): boolean {
  const l = word.toLowerCase();
  return (
    l === 'fellow' || l === 'alternate' || PARTY_WORDS.has(l) || PARTY_PLURALS.has(l) || /^[A-Z]/.test(word) || testNative(PLURAL_HEAD_RE, word) || isHead(l)
  );
}

/**
 * A comma alone, then a post for the next names: "Voting against were parent representative X,
 * community representatives Y and Z, and staff representative W".
 */
const COMMA_POST_RE = /^,[ \u00A0]+((?:[a-z][\w'’-]*[ \u00A0]+){0,2}([a-z][\w'’-]*))[ \u00A0]+$/;

/** Does the text between a roll's last name and the next name carry the roll on? */
export function continuesRoll(gap: string): boolean {
  const post = execNative(COMMA_POST_RE, gap);
  if (post && (isHead(post[2]!) || testNative(PLURAL_HEAD_RE, post[2]!))) return true;
  const m = execNative(CONTINUES_RE, gap);
  if (!m) return false;
  const words = m[1]!.split(/[ \u00A0]+/).filter(Boolean);
  // "and provincial appointees X and Y": a plural post closes the label, whatever words describe it.
  const last = words[words.length - 1];
  return words.every(labelWord) || (!!last && words.length <= 3 && (testNative(PLURAL_HEAD_RE, last) || PARTY_PLURALS.has(last.toLowerCase())));
}
