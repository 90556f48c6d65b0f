import { NUMBER, NUMBER_START, clean, parseNumber } from './numbers';
import type { FigureRule } from './rule';

/** "one in five", "1 in 4", "seven in 10": a share written as a ratio. */
const ONE_IN = String.raw`(?<a>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+in\s+(?<b>${NUMBER})(?![\p{L}\d]|[.,]\d)`;

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
  source: String.raw`${NUMBER_START}(?:(?<n>${NUMBER})(?:\s?${SIGN}|[\s\-]?(?<pp>percentage[\s\-]points?)(?![\p{L}]))|${RANGE_START}|${ONE_IN})`,
  interpret(m) {
    const g = m.groups!;
    if (g.a) {
      const part = parseNumber(g.a);
      const whole = parseNumber(g.b!);
      if (part === null || whole === null || whole <= part || /^(?:19|20)\d\d$/.test(g.b!)) return null;
      return { length: m[0].length, kind: 'percent', value: clean((100 * part) / whole), unit: '%' };
    }
    const value = parseNumber(g.n ?? g.r!);
    if (value === null) return null;
    const unit = g.pp ? 'percentage-point' : '%';
    return { length: m[0].length, kind: 'percent', value, unit };
  },
};
