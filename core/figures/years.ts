import type { FigureRule } from './rule';
import { wordBefore } from './rule';

/** Words after which a number is a label, not a year ("No 2019", "page 1999", "room 2001"). */
// prettier-ignore
const LABEL_WORDS = new Set([
  'no', 'number', 'nos', 'page', 'pages', 'room', 'flight', 'route', 'section', 'item', 'junction', 'bus',
  'platform', 'unit', 'suite', 'box', 'ref', 'reference', 'code', 'tel', 'phone', 'id', 'paragraph',
  'clause', 'chapter', 'rule', 'bill', 'motion', 'application', 'plot', 'house', 'flat',
]);

const FULL = String.raw`(?:19|20)\d{2}`;
const FISCAL_PREFIX = String.raw`(?<fyp>(?:fiscal|financial)\s+year\s+|fiscal\s+(?=${FULL}(?![\/–\-]\d))|fy\s?)(?<fyy>${FULL}|\d{2})(?:[\/–\-](?<fye>${FULL}|\d{2}))?`;
const RANGE = String.raw`(?<fs>${FULL})[\/–\-](?<fe>${FULL}|\d{2})`;
const FISCAL = String.raw`(?<![\p{L}\d\/.:\-])(?:${FISCAL_PREFIX}|${RANGE})(?![\p{L}\d\/\-]|\.\d)`;
const PLAIN = String.raw`(?<![\p{L}\d.,£$€\/:])(?<y>(?:1[5-9]|20)\d{2}|2100)(?![\p{L}\d%\/]|[.,]\d|-\d{2}(?!\d))`;

/** Two-digit end of a span that follows `start` by one year ("2017/18"), else null. */
function followingYear(start: number, end: string): string | null {
  const next = start + 1;
  const ok = end.length === 4 ? Number(end) === next : Number(end) === next % 100;
  return ok ? String(next % 100).padStart(2, '0') : null;
}

/** How far a URL check looks either side of a year: bounded, so thousands of years stay linear. */
const URL_WINDOW = 120;
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/**
 * True when the whitespace-delimited token around the match is a URL or a path. Only the
 * `URL_WINDOW` characters either side are read (a scan back to the token's start could cross a
 * whole paragraph of non-space text for every year in it).
 */
function inUrl(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < URL_WINDOW && !isSpace(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < URL_WINDOW && !isSpace(text[to]!)) to++;
  const token = text.slice(from, start) + text.slice(end, to).replace(/[.,;:!?)"'’]+$/, '');
  return /\/|www\.|:\/\//i.test(token);
}

/**
 * Financial years: "2017/18", "2017-18", "2024/25", "FY 2024-25", and "fiscal year 2025" / "fiscal 2025" / "FY2025"
 * (named by the year they end in, so "2024/25"); value always "YYYY/YY", unit "financial-year". A span of years that does not
 * run from one year into the next (a ratio, "2017/19") is not a financial year.
 */
export const fiscalYearRule: FigureRule = {
  name: 'fiscal-year',
  source: FISCAL,
  interpret(m, ctx) {
    const g = m.groups ?? {};
    if (inUrl(ctx.paragraph, m.index, m.index + m[0].length)) return null;
    const first = g.fs ?? g.fyy!;
    const start = first.length === 2 ? 2000 + Number(first) : Number(first);
    const end = g.fe ?? g.fye;
    if (end === undefined) {
      if (!g.fyp) return null;
      // A fiscal year is named by the year it ends in: fiscal year 2025 runs through 2024/25.
      return { length: m[0].length, kind: 'year', value: `${start - 1}/${String(start % 100).padStart(2, '0')}`, unit: 'financial-year' };
    }
    const yy = followingYear(start, end);
    if (yy === null) return null;
    return { length: m[0].length, kind: 'year', value: `${start}/${yy}`, unit: 'financial-year' };
  },
};

/** Years before 1900 are figures only after a word that dates something ("dates from 1882", "granted in 1586"). */
const OLD_YEAR_BEFORE = new Set(['in', 'since', 'from', 'until', 'till', 'circa', 'c', 'of', 'around', 'about', 'before', 'after']);

/**
 * Plain calendar years 1900-2099 ("in 2019", "by 2030", "the 2024 budget"), and 1500-1899 and 2100 after a
 * dating word ("dates from 1882", "by 2100"); value the number.
 */
export const yearRule: FigureRule = {
  name: 'year',
  source: PLAIN,
  interpret(m, ctx) {
    const before = wordBefore(ctx.paragraph, m.index);
    if (LABEL_WORDS.has(before)) return null;
    if (Number(m.groups!.y) < 1900 && !OLD_YEAR_BEFORE.has(before)) return null;
    // "sea levels could rise a metre by 2100": the century's end is a year only after a word that dates it.
    if (m.groups!.y === '2100' && !OLD_YEAR_BEFORE.has(before) && before !== 'by') return null;
    if (inUrl(ctx.paragraph, m.index, m.index + m[0].length)) return null;
    return { length: m[0].length, kind: 'year', value: Number(m.groups!.y), unit: null };
  },
};
