import { MONTH_WORDS } from './dates';
import { NUMBER_START_WORDS } from './numbers';

/** Words (besides numbers and months) a figure may start with. */
const OTHER_START_WORDS = ['half', 'dozen', 'aged', 'fiscal', 'financial'];
/** "a" / "an" start a figure only before one of these ("a fortnight", "a dozen", "a million pounds"). */
const ARTICLE_NOUNS = new Set(['fortnight', 'dozen', 'million', 'billion', 'thousand', 'trillion', 'hundred']);

let startWords: Set<string> | null = null;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;

/** End of the ASCII word that starts at `i`. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  return j;
}

/**
 * The next place at or after `from` in the lower-cased paragraph `lower` where a figure may start,
 * or -1: a digit that does not continue a word or number, a currency sign, "us$", "fy" before
 * digits, an apostrophe before a digit ('80s), a word that starts a written number, a month, a
 * fiscal year or an age, or "a"/"an" before "fortnight", "dozen", "million"... A plain character
 * scan: nothing to compile, one pass; the anchored rules decide what is really there.
 */
export function nextCandidate(lower: string, from: number): number {
  startWords ??= new Set([...NUMBER_START_WORDS, ...MONTH_WORDS, ...OTHER_START_WORDS]);
  for (let i = from; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const prev = i > 0 ? lower.charCodeAt(i - 1) : 32;
    if (isDigit(c)) {
      if (!isDigit(prev) && !isAsciiLetter(prev)) return i;
      continue;
    }
    if (c === 0xa3 || c === 0x20ac || c === 36) return i; // £ € $
    if ((c === 39 || c === 0x2019) && isDigit(lower.charCodeAt(i + 1))) return i; // '80s
    if (c < 97 || c > 122 || isWordChar(prev)) continue;
    const end = wordEnd(lower, i);
    const word = lower.slice(i, end);
    if (startWords.has(word) && !isWordChar(lower.charCodeAt(end))) return i;
    if (word === 'us' && lower[end] === '$') return i;
    if (word === 'fy' && (isDigit(lower.charCodeAt(end)) || (lower[end] === ' ' && isDigit(lower.charCodeAt(end + 1))))) return i;
    if ((word === 'a' || word === 'an') && lower[end] === ' ' && ARTICLE_NOUNS.has(lower.slice(end + 1, wordEnd(lower, end + 1)))) return i;
    i = end - 1; // skip the rest of the word
  }
  return -1;
}
