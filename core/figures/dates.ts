import { testNative } from '../native-regexp';
import type { FigureRule, ScanContext } from './rule';
import { LU } from '../letters';

const CAPITAL_START = new RegExp(`^[${LU}]`, 'u');

/** The months' names, January first. */
// prettier-ignore
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
/** Abbreviations accepted besides the first three letters. */
const EXTRA_ABBREVIATIONS: Record<string, number> = { sept: 9 };

/** Month names and the abbreviations the date rule reads. */
// prettier-ignore
export const MONTH_WORDS: readonly string[] = [...MONTHS, 'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:${MONTH_WORDS.join('|')})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;

const MONTH_FIRST = String.raw`(?<m1>${MONTH})\.?\s+(?<d1>${DAY})(?:,?\s+(?<y1>${YEAR}))?`;
const DAY_FIRST = String.raw`(?<d2>${DAY})(?:\s+of)?\s+(?<m2>${MONTH})(?![\p{L}])(?:\.?,?\s+(?<y2>${YEAR}))?`;
/** "March 2024": a month and year without a day ("July 2022" -> "2022-07"). */
const MONTH_YEAR = String.raw`(?<m3>${MONTH})\.?,?\s+(?<y3>${YEAR})`;
const ISO = String.raw`(?<![\d\/\-])(?<iy>(?:19|20)\d{2})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\d|3[01])`;

/** Month number (1-12) of a month name or abbreviation. */
function monthNumber(name: string): number {
  const n = name.toLowerCase();
  return EXTRA_ABBREVIATIONS[n] ?? MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

/** True when the day exists in that month (29 February only in leap years). */
function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The year that puts month/day nearest the article's reference date. */
function nearestYear(month: number, day: number, ref: NonNullable<ScanContext['reference']>): number | null {
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best: number | null = null;
  let bestGap = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    if (!validDay(year, month, day)) continue;
    const gap = Math.abs(Date.UTC(year, month - 1, day) - refTime);
    if (gap < bestGap) [best, bestGap] = [year, gap];
  }
  return best;
}

/**
 * Calendar dates: "February 28", "Feb. 21, 2019", "12th Dec 2023", "21 February 2019", "March 3",
 * "2023-10-05", and months of a year ("March 2024", value "2024-03"). A weekday before the date is
 * not part of it ("Tuesday 16 April 2024" -> "16 April 2024"): weekdays are not figures.
 * Purely numeric dates other than ISO are ambiguous and skipped.
 * Value `YYYY-MM-DD` when the year is written or follows from the reference date, else `--MM-DD`.
 */
export const dateRule: FigureRule = {
  name: 'date',
  source: String.raw`(?<![\p{L}\d])(?:${ISO}|${MONTH_FIRST}|${DAY_FIRST}|${MONTH_YEAR})(?![\p{L}\d])`,
  interpret(m, ctx) {
    const g = m.groups ?? {};
    const monthName = g.m1 ?? g.m2 ?? g.m3;
    // English capitalises month names; lower-case "may 5" or "march 3" is a verb.
    if (monthName && !testNative(CAPITAL_START, monthName)) return null;
    if (g.y3) return { length: m[0].length, kind: 'date', value: `${g.y3}-${pad(monthNumber(monthName!))}`, unit: null };
    const month = g.im ? Number(g.im) : monthNumber(monthName!);
    const day = parseInt((g.id ?? g.d1 ?? g.d2)!, 10);
    const written = g.iy ?? g.y1 ?? g.y2;
    let year: number | null = written ? Number(written) : null;
    if (year === null && ctx.reference) year = nearestYear(month, day, ctx.reference);
    if (year !== null ? !validDay(year, month, day) : !validDay(2000, month, day)) return null;
    const value = year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { length: m[0].length, kind: 'date', value, unit: null };
  },
};
