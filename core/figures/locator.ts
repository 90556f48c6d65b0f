import { warmRegExp } from '../native-regexp';
import { MONTH_WORDS } from './dates';
import { PART_UNITS } from './measures';
import { NUMBER_START_WORDS } from './numbers';

/** Words (besides numbers and months) a figure may start with. */
const OTHER_START_WORDS = ['half', 'dozen', 'aged', 'fiscal', 'financial'];
/** "a" / "an" start a figure only before one of these ("a fortnight", "a dozen", "a million pounds", "a quarter of a million"). */
const ARTICLE_NOUNS = ['fortnight', 'dozen', 'million', 'billion', 'thousand', 'trillion', 'hundred', 'quarter', 'third', 'fifth'];
/** ... or before one unit of time or measure and a half ("an hour and a half", "a mile and a half"). */
const ONE_AND_A_HALF = String.raw` (?:hour|day|week|month|year|minute|${PART_UNITS}) and a half`;

let locator: RegExp | null = null;

/**
 * Where a figure may start, as one expression over lower-cased text, without the `u` or `i` flags:
 * a digit that does not continue a word or number, a currency sign, an apostrophe (or an opening quote) before a digit
 * ('80s), or a whole word (ASCII letters, not after a letter, digit or underscore) that starts a
 * written number, a month, a fiscal year or an age, a country's letters before "$" ("us", "c", "a", "nz"), "fy" before digits, or
 * "a"/"an" before "fortnight", "dozen", "million"... or "hour and a half", "mile and a half". Built on first use and compiled straight to
 * machine code (see `core/native-regexp.ts`): cheaper on a page's first analysis than the
 * character-by-character scan it replaces, which the interpreter ran until V8 optimised it.
 */
function expression(): RegExp {
  const words = [...NUMBER_START_WORDS, ...MONTH_WORDS, ...OTHER_START_WORDS].sort((a, b) => b.length - a.length);
  const source =
    String.raw`(?<![0-9A-Za-z])[0-9]|[£€$]|['‘’](?=[0-9])|(?<![0-9A-Za-z_])(?:` +
    String.raw`(?:${words.join('|')})(?![A-Za-z0-9_])|(?:us|ca|c|au|a|nz)(?=\$)|fy(?=[0-9]| [0-9])|an?(?= (?:${ARTICLE_NOUNS.join('|')})(?![A-Za-z])|${ONE_AND_A_HALF}))`;
  return new RegExp(source, 'g');
}

/**
 * The next place at or after `from` in the lower-cased paragraph `lower` where a figure may start,
 * or -1 (see {@link expression}); the anchored rules decide what is really there.
 */
export function nextCandidate(lower: string, from: number): number {
  const re = warmRegExp((locator ??= expression()), lower);
  re.lastIndex = from;
  const m = re.exec(lower);
  return m ? m.index : -1;
}
