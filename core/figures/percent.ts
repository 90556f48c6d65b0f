import { NUMBER, NUMBER_START, clean, fractionParts, parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { textBefore } from './rule';
import { testNative } from '../native-regexp';

/** "one in five", "1 in 4", "seven in 10": a share written as a ratio. */
const ONE_IN = String.raw`(?<a>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+in\s+(?<b>${NUMBER})(?![\p{L}\d]|[.,]\d)`;

/**
 * "fallen by a quarter", "cut by two-thirds", "up by half": a change by a fraction, a share of what
 * was (not "a third of the budget", which is a part of something, left alone as reporters' gold leaves it).
 */
const FRACTION = String.raw`(?:(?<fn>a|one|two|three|four)[\s\-]+(?<fd>quarters?|thirds?|fifths?)|(?<fh>half))(?![\p{L}])(?!\s+(?:of|an?)\b)`;
/** The change a fraction must follow, with "by": "rose by", "has been cut by", "down by". */
const CHANGE_BY_RE =
  /\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|cut|cuts|slashed|increased?|increases|decreased?|decreases|dropped|drop|drops|reduced?|reduces|shrunk|shrank|shrink|climbed|jumped|lowered|raised|up|down)\s+by\s+$/i;

/** What makes a number a percentage. */
const SIGN = String.raw`(?:%|per[\s\-]?cent(?![\p{L}])|pc(?![\p{L}\d]))`;
/**
 * "20 to 25 per cent", "between 3 and 4%", "3–4%": the first number of a range takes the sign written
 * after the second. Not after a hyphen ("2-3%"): a number right after a hyphen is never read, so the
 * pair would come out half.
 */
const RANGE_START = String.raw`(?<r>${NUMBER})(?=\s*(?:to|–|and)\s*${NUMBER}\s?${SIGN})`;

/**
 * Percentages: "4.99%", "6 percent", "6 per cent", "five per cent", "5pc", changes in percentage
 * points ("2.5 percentage points", unit "percentage-point"), and ratios ("one in five" = 20,
 * "One in eight" = 12.5), and both ends of a range ("20 to 25 per cent"). A ratio whose second
 * number looks like a year ("one in 2019") is not one.
 */
export const percentRule: FigureRule = {
  name: 'percent',
  source: String.raw`${NUMBER_START}(?:(?<n>${NUMBER})(?:\s?${SIGN}|[\s\-]?(?<pp>percentage[\s\-]points?)(?![\p{L}]))|${RANGE_START}|${ONE_IN}|${FRACTION})`,
  interpret(m, ctx) {
    const g = m.groups!;
    if (g.fd || g.fh) {
      if (!testNative(CHANGE_BY_RE, textBefore(ctx.paragraph, m.index, 40))) return null;
      const share = g.fh ? 0.5 : parseNumber(g.fn!)! / fractionParts(g.fd!)!;
      return share >= 1 ? null : { length: m[0].length, kind: 'percent', value: Number((100 * share).toFixed(1)), unit: '%' };
    }
    if (g.a) {
      const part = parseNumber(g.a);
      const whole = parseNumber(g.b!);
      if (part === null || whole === null || whole <= part || /^(?:19|20)\d\d$/.test(g.b!)) return null;
      return { length: m[0].length, kind: 'percent', value: clean((100 * part) / whole), unit: '%' };
    }
    // "18% of the budget in 2016 and 31% this year": a year is no range's first number.
    if (g.r && /^(?:19|20)\d\d$/.test(g.r)) return null;
    const value = parseNumber(g.n ?? g.r!);
    if (value === null) return null;
    const unit = g.pp ? 'percentage-point' : '%';
    return { length: m[0].length, kind: 'percent', value, unit };
  },
};
