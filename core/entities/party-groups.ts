/**
 * A vote roll sorted by party: "Against: Liberal Democrats – Fairhurst, Nadia Qureshi and 11 others;
 * Labour – Mahmood, ...; Green – ...". Each party's members follow its name and a dash, so the
 * words before a member are the party's label, not the roll's opening; the opening is where the
 * sentence starts, up to its colon.
 */
import { PARTY_WORDS } from './not-names';
import { execNative } from '../native-regexp';

/** A party's name, set off by a dash, opening the roll or following the previous party's list. */
const PARTY_GROUP_RE = /(?:^|[:;][ \u00A0]*)((?:[A-Z][A-Za-z]+[ \u00A0]+){0,2}[A-Z][A-Za-z]+)[ \u00A0]*[–—-][ \u00A0]*$/;
/** Words a party's name may hold besides the parties' own ("Reform UK", "the Green Party", "Independent group"). */
const LABEL_WORDS = new Set(['uk', 'party', 'group', 'and']);
/** How far back the roll's opening may be: a party-sorted roll of a large council runs long. */
const SENTENCE_WINDOW = 700;

const isPartyLabel = (label: string): boolean => {
  const words = label.toLowerCase().split(/[ \u00A0]+/);
  return words.some((w) => PARTY_WORDS.has(w)) && words.every((w) => PARTY_WORDS.has(w) || LABEL_WORDS.has(w));
};

/**
 * When the name starting at `start` follows a party's label inside a roll, the roll's opening
 * ("Against: "), for the caller to test as one; otherwise null.
 */
export function partyGroupOpening(text: string, start: number, paraStart: number): string | null {
  const near = text.slice(Math.max(paraStart, start - 40), start);
  const m = execNative(PARTY_GROUP_RE, near);
  if (!m || !isPartyLabel(m[1]!)) return null;
  const before = text.slice(Math.max(paraStart, start - SENTENCE_WINDOW), start);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\u00A0')) + 1).trimStart();
  const colon = sentence.indexOf(':');
  return colon > 0 ? `${sentence.slice(0, colon + 1)} ` : null;
}
