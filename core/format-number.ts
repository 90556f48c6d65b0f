/**
 * Numbers as en-GB writes them ("10,000", "1.25", "£3.50"), without `Intl`. The first
 * `toLocaleString('en-GB')` or `Intl.NumberFormat` in a fresh page loads the locale's data, which
 * costs 20-30 ms of the main thread in Chromium: more than the rest of the popup's first render.
 * The output matches `Intl` for these cases (a property test compares them), rounding half away
 * from zero on the number's shortest decimal form as `Intl` does.
 */

/** Fraction digits to show: at least `min`, at most `max` (trailing zeros beyond `min` dropped). */
export interface FractionDigits {
  min: number;
  max: number;
}

/** Adds one to a string of decimal digits ("199" → "200", "" → "1"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/** "1234567" → "1,234,567". */
function group(integer: string): string {
  let out = '';
  for (let end = integer.length; end > 0; end -= 3) out = integer.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
  return out;
}

/** `x` (finite, not negative) rounded to `digits.max` places and written with grouped thousands. */
function formatMagnitude(x: number, digits: FractionDigits): string {
  const [mantissa = '0', exponent = '0'] = String(x).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let all = whole + fraction;
  // How many of `all`'s digits come before the decimal point (negative: zeros after it first).
  let point = whole.length + Number(exponent);
  const keep = point + digits.max;
  if (keep < all.length) {
    const roundUp = keep >= 0 && all.charCodeAt(keep) >= 53; // '5'
    let kept = all.slice(0, Math.max(0, keep));
    if (roundUp) {
      const bigger = increment(kept);
      if (bigger.length > kept.length) point += 1;
      kept = bigger;
    }
    all = kept;
  }
  const integer =
    point <= 0
      ? '0'
      : all
          .slice(0, point)
          .padEnd(point, '0')
          .replace(/^0+(?=\d)/, '');
  let decimals = point < 0 ? '0'.repeat(-point) + all : all.slice(Math.max(0, point));
  decimals = decimals.slice(0, digits.max).replace(/0+$/, '').padEnd(digits.min, '0');
  return decimals ? `${group(integer)}.${decimals}` : group(integer);
}

/** `n` as `n.toLocaleString('en-GB', { maximumFractionDigits })` writes it: "12,500", "3.5", "-0.25". */
export function formatNumber(n: number, maximumFractionDigits = 3): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  const text = formatMagnitude(Math.abs(n), { min: 0, max: maximumFractionDigits });
  return n < 0 || Object.is(n, -0) ? `-${text}` : text;
}

/** The symbols en-GB gives the currencies the figure scanner finds. */
const SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', USD: 'US$', EUR: '€', CAD: 'CA$', AUD: 'A$', NZD: 'NZ$' };

/**
 * An amount as en-GB's currency format writes it ("£1,250", "US$3.50": whole amounts without
 * pence, others with two places), or null for a currency it has no symbol for.
 */
export function formatCurrency(n: number, currency: string): string | null {
  const symbol = SYMBOLS[currency];
  if (symbol === undefined || !Number.isFinite(n)) return null;
  const places = Number.isInteger(n) ? 0 : 2;
  const text = formatMagnitude(Math.abs(n), { min: places, max: 2 });
  return n < 0 || Object.is(n, -0) ? `-${symbol}${text}` : `${symbol}${text}`;
}
