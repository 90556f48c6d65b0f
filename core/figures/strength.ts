import { testNative } from '../native-regexp';
import { ADJECTIVES, ADJECTIVE_ENDING, STOP_WORDS } from './count-words';
import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { LL } from '../letters';

const WORD = String.raw`\p{L}[\p{L}'’\-]*`;
const LOWER_START = new RegExp(`^[${LL}]`, 'u');

/** A lower-case word that can name what is counted (not "the", "and", a capitalised name). */
const nounLike = (w: string | undefined): w is string => !!w && testNative(LOWER_START, w) && !STOP_WORDS.has(w.toLowerCase());

/**
 * Sizes written as compounds (kind `count`): "a 4,500-strong staff" -> "4,500-strong", 4500, unit
 * "staff"; "a 30-strong crowd of residents" -> "crowd"; an adjective between is skipped ("a
 * 200-strong angry crowd"). The unit is null when no noun follows. "£5,000-strong" is money first.
 */
export const strengthRule: FigureRule = {
  name: 'strength',
  source: String.raw`${NUMBER_START}(?<n>${NUMBER})-strong(?![\p{L}\d])(?:\s+(?<w1>${WORD})(?:\s+(?<w2>${WORD}))?)?`,
  interpret(m) {
    const g = m.groups!;
    const value = parseNumber(g.n!);
    if (value === null) return null;
    let noun: string | null = null;
    if (nounLike(g.w1)) {
      const w1 = g.w1.toLowerCase();
      const adjective = ADJECTIVES.has(w1) || testNative(ADJECTIVE_ENDING, w1);
      noun = adjective && nounLike(g.w2) ? g.w2.toLowerCase() : w1;
    }
    return { length: g.n!.length + '-strong'.length, kind: 'count', value, unit: noun };
  },
};
