import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule } from './rule';

const UNITS = String.raw`(?<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|fortnights?)`;

/**
 * Durations: "14 months", "five-and-a-half years" (5.5), "two weeks", "an 18-month review"
 * ("18-month"), "two decades" (20 years). "a year", "a decade" are left out: they are mostly phrases
 * ("once a year", "more than a decade"), not figures. Ages ("54-year-old", "54 years old") are not durations.
 * Unit singular: "year", "month", "week", "day", "hour", "minute".
 */
export const durationRule: FigureRule = {
  name: 'duration',
  source: String.raw`${NUMBER_START}(?<n>${NUMBER})[\s\-]${UNITS}(?![\p{L}\d])(?!-old|\s+old(?![\p{L}])|\s+of\s+age)`,
  interpret(m) {
    const g = m.groups!;
    let unit = g.unit!.toLowerCase().replace(/s$/, '');
    let value = parseNumber(g.n!);
    if (value === null) return null;
    if (unit === 'decade') [value, unit] = [value * 10, 'year'];
    if (unit === 'fortnight') [value, unit] = [value * 2, 'week'];
    return { length: m[0].length, kind: 'duration', value, unit };
  },
};
