/**
 * The one registry of figure kinds. Each entry says what a kind is called, how its normalised value
 * reads to people, which values and units are valid, and (by its place in the list) where it sits
 * in the popup. `FigureKind`, the backup schema, the exports, the hover card and the popup all read
 * this list, so adding a kind touches one place.
 */
import { formatCurrency, formatNumber } from '../format-number';

/** What the registry knows about one figure kind. */
export interface FigureKindSpec<K extends string = string> {
  kind: K;
  /** Singular label ("Vote"), used in cards and exports. */
  label: string;
  /** Plural heading of the popup group ("Votes"). */
  heading: string;
  /** True when a normalised value and unit are valid for this kind (checked on import). */
  valid(value: number | string | null, unit: string | null): boolean;
  /** The normalised value in words a reader checks against the text ("31 for, 12 against"). */
  format(value: number | string, unit: string | null): string;
}

const spec = <K extends string>(s: FigureKindSpec<K>): FigureKindSpec<K> => s;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const number = (n: number): string => formatNumber(n, 6);

/** Units of a measure, with their plural (the values of `measure` figures' `unit`). */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  mile: 'miles',
  kilometre: 'kilometres',
  metre: 'metres',
  foot: 'feet',
  inch: 'inches',
  tonne: 'tonnes',
  kilogram: 'kilograms',
  hectare: 'hectares',
  acre: 'acres',
  'square metre': 'square metres',
  'square foot': 'square feet',
  mph: 'mph',
  'km/h': 'km/h',
  litre: 'litres',
  gallon: 'gallons',
  MW: 'MW',
  kWh: 'kWh',
};
/** Units of a duration (singular). */
export const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

const CURRENCY_UNIT = /^[A-Z]{3}(?:\/(?:year|month|fortnight|week|day|hour))?$/;
const VOTE_VALUE = /^\d{1,4}-\d{1,4}(?:-\d{1,4})?$/;

/** "5.5 years", "1 year". */
const plural = (n: number, unit: string): string => `${number(n)} ${n === 1 ? unit : `${unit}s`}`;

/** "£180,000 per year", "US$0.04". */
function formatMoney(value: number | string, unit: string | null): string {
  const [currency, per] = (unit ?? '').split('/');
  let amount = String(value);
  if (isNumber(value) && currency) {
    try {
      // Intl only for a currency the scanner never finds (an imported file's): it is slow to start.
      amount =
        formatCurrency(value, currency) ??
        new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
    } catch {
      amount = `${number(value)} ${currency}`; // an unknown currency code from an imported file
    }
  }
  return per ? `${amount} per ${per}` : amount;
}

/** "31 for, 12 against, 4 abstentions". */
function formatVote(value: number | string): string {
  const [f, a, x] = String(value).split('-');
  const parts = [`${f} for`, `${a} against`];
  if (x !== undefined) parts.push(x === '1' ? '1 abstention' : `${x} abstentions`);
  return parts.join(', ');
}

/** The figure kinds in popup order. */
// prettier-ignore
export const FIGURE_KINDS = [
  spec({
    kind: 'money', label: 'Money', heading: 'Money',
    valid: (v, u) => isNumber(v) && u !== null && CURRENCY_UNIT.test(u),
    format: formatMoney,
  }),
  spec({
    kind: 'percent', label: 'Percentage', heading: 'Percentages',
    valid: (v, u) => isNumber(v) && (u === '%' || u === 'percentage-point'),
    format: (v, u) => (u === 'percentage-point' ? `${v} percentage point${v === 1 ? '' : 's'}` : `${v}%`),
  }),
  spec({
    kind: 'vote', label: 'Vote', heading: 'Votes',
    valid: (v, u) => typeof v === 'string' && VOTE_VALUE.test(v) && u === 'votes',
    format: formatVote,
  }),
  spec({
    kind: 'date', label: 'Date', heading: 'Dates',
    valid: (v, u) => typeof v === 'string' && /^(?:\d{4}|-)-\d{2}(?:-\d{2})?$/.test(v) && u === null,
    format: (v) => String(v),
  }),
  spec({
    kind: 'year', label: 'Year', heading: 'Years',
    valid: (v, u) => (isNumber(v) && u === null) || (typeof v === 'string' && /^\d{4}\/\d{2}$/.test(v) && u === 'financial-year'),
    format: (v) => String(v),
  }),
  spec({
    kind: 'decade', label: 'Decade', heading: 'Decades',
    valid: (v, u) => isNumber(v) && v % 10 === 0 && u === null,
    format: (v) => `the ${v}s`,
  }),
  spec({
    kind: 'count', label: 'Count', heading: 'Counts',
    valid: (v) => isNumber(v),
    format: (v, u) => (isNumber(v) ? `${number(v)}${u ? ` ${u}` : ''}` : String(v)),
  }),
  spec({
    kind: 'measure', label: 'Measure', heading: 'Measures',
    valid: (v, u) => isNumber(v) && u !== null && u in MEASURE_UNITS,
    format: (v, u) => (isNumber(v) && u ? `${number(v)} ${v === 1 ? u : (MEASURE_UNITS[u] ?? u)}` : `${v} ${u ?? ''}`.trim()),
  }),
  spec({
    kind: 'duration', label: 'Duration', heading: 'Durations',
    valid: (v, u) => isNumber(v) && (DURATION_UNITS as readonly (string | null)[]).includes(u),
    format: (v, u) => (isNumber(v) && u ? plural(v, u) : `${v} ${u ?? ''}`.trim()),
  }),
  spec({
    kind: 'age', label: 'Age', heading: 'Ages',
    valid: (v, u) => isNumber(v) && v >= 0 && v < 1000 && u === 'year',
    format: (v) => `${v} years old`,
  }),
] as const;

/** The kinds of figure the analysis finds. */
export type FigureKind = (typeof FIGURE_KINDS)[number]['kind'];

/** Every kind name, in popup order (a non-empty tuple, as zod's enum wants). */
export const FIGURE_KIND_NAMES = FIGURE_KINDS.map((k) => k.kind) as [FigureKind, ...FigureKind[]];

const BY_KIND = new Map<string, FigureKindSpec>(FIGURE_KINDS.map((k) => [k.kind, k]));

/** The registry entry of `kind`, or undefined for a kind this build does not know. */
export function figureKind(kind: string): FigureKindSpec | undefined {
  return BY_KIND.get(kind);
}

/** A figure's normalised value as people read it ("£180,000 per year", "6 for, 3 against"). */
export function formatFigureValue(f: { kind: string; value: number | string | null; unit: string | null }): string {
  if (f.value === null) return 'value not determined';
  const k = BY_KIND.get(f.kind);
  return k ? k.format(f.value, f.unit) : `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
}

/** "Vote: 6 for, 3 against": the kind's label and the formatted value. */
export function describeFigure(f: { kind: string; value: number | string | null; unit: string | null }): string {
  return `${BY_KIND.get(f.kind)?.label ?? f.kind}: ${formatFigureValue(f)}`;
}
