import { execNative } from '../native-regexp';
/**
 * Number patterns and parsing shared by every figure rule: digits with thousands separators,
 * number words ("twenty-five", "two hundred"), "and a half", and scale words ("million", "bn").
 */

const UNIT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TEN_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Longest alternatives first, so "seventeen" is not read as "seven". */
const byLength = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const UNITS = byLength(Object.keys(UNIT_WORDS));
const ONE_TO_NINE = byLength(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! < 10));
const TENS = byLength(Object.keys(TEN_WORDS));

/** Every word a written number may start with ("one" ... "nineteen", "twenty" ... "ninety"). */
export const NUMBER_START_WORDS: readonly string[] = [...Object.keys(UNIT_WORDS), ...Object.keys(TEN_WORDS)];

/** Characters that may not sit right before a number (it would be part of another token). */
// ("2.5%-3%": a hyphen after a percent sign opens the range's second figure.)
export const NUMBER_START = String.raw`(?:(?<![\p{L}\d.,£$€\/:\-])|(?<=%-))`;
/** A letter or digit may not follow the figure. */
export const WORD_END = String.raw`(?![\p{L}\d])`;

/** "1,200", "11.5", "350". */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** "twenty-five", "two hundred", "three thousand", "a hundred". */
export const WORD_NUMBER = String.raw`(?:(?:(?:${TENS})(?:[\- ](?:${ONE_TO_NINE}))?|${UNITS})(?:[\- ](?:hundred|thousand|million|billion)){0,2}|[Aa][ ](?:hundred|thousand))`;
/** "-and-a-half" / " and a half". */
export const HALF = String.raw`(?:[\- ]and[\- ]a[\- ]half)?`;
/** Digits or number words, optionally with "and a half". */
export const NUMBER = String.raw`(?:(?:${DIGITS}|${WORD_NUMBER})${HALF})`;

/** The parts a fraction's word divides a whole into ("quarter", "thirds", "fifth"), or null. */
export function fractionParts(word: string): number | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return w === 'quarter' ? 4 : w === 'third' ? 3 : w === 'fifth' ? 5 : null;
}

/** "a quarter of a ", "three-quarters of a ", "two thirds of an ": a fraction opening an amount. */
const FRACTION_RE = /^(?:(?:a|one|(two|three))[\s-]+)?(quarters?|thirds?)[\s-]+of[\s-]+(?=an?[\s-])/i;

/**
 * Parses a number as written ("1,200", "five-and-a-half", "two hundred", "11.5 million", "a dozen").
 * Returns null when a token is not part of a number.
 */
export function parseNumber(raw: string): number | null {
  // "a quarter of a million", "three-quarters of a million": a fraction of the amount after it.
  const fraction = execNative(FRACTION_RE, raw);
  if (fraction) {
    const rest = parseNumber(raw.slice(fraction[0].length));
    const parts = fraction[1] ? (UNIT_WORDS[fraction[1].toLowerCase()] ?? 1) : 1;
    return rest === null ? null : clean((rest * parts) / fractionParts(fraction[2]!)!);
  }
  const tokens = raw
    .toLowerCase()
    .replace(/,/g, '')
    .split(/[\s\-‐–]+/)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\d+(\.\d+)?$/.test(t)) {
      current += Number(t);
    } else if (t in UNIT_WORDS) {
      current += UNIT_WORDS[t]!;
    } else if (t in TEN_WORDS) {
      current += TEN_WORDS[t]!;
    } else if (t === 'and' && tokens[i + 1] === 'a' && tokens[i + 2] === 'half') {
      current += 0.5;
      i += 2;
      continue;
    } else if (t === 'half' && i === 0) {
      current += 0.5;
    } else if ((t === 'a' || t === 'an') && i === 1 && tokens[0] === 'half') {
      continue; // "half a million": the "a" adds nothing
    } else if ((t === 'a' || t === 'an') && i === 0) {
      current += 1;
    } else if (t === 'dozen') {
      current = (current || 1) * 12;
    } else if (t === 'hundred') {
      current = (current || 1) * 100;
    } else if (t in SCALES) {
      total += (current || 1) * SCALES[t]!;
      current = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? clean(total + current) : null;
}

/** Multiplies a parsed amount by a scale word ("m", "bn", "million"), or returns it unchanged. */
export function applyScale(value: number, scale: string | undefined): number {
  if (!scale) return value;
  return clean(value * (SCALES[scale.toLowerCase()] ?? 1));
}

/** Removes binary floating-point noise (11.5 * 1e6, 4 / 100) so values compare as written. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** "about", "more than": a hedge before a number, which does not change what it counts. */
export const HEDGE = String.raw`(?:(?:about|around|roughly|some|nearly|almost|only|just(?:\s+(?:over|under))?|over|under|(?:more|fewer|less)\s+than)\s+)?`;
