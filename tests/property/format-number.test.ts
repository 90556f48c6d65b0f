import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCurrency, formatNumber } from '@/core/format-number';

// Node carries full ICU, so Intl is the reference the hand-written formatter must agree with.
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1_000_000 + 0.0000005),
);

describe('formatNumber', () => {
  it('writes what en-GB toLocaleString writes, at any number of fraction digits', () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 0, max: 8 }), (n, digits) => {
        expect(formatNumber(n, digits)).toBe(n.toLocaleString('en-GB', { maximumFractionDigits: digits }));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds half away from zero and carries into the thousands', () => {
    expect(formatNumber(999_999.9995)).toBe('1,000,000');
    expect(formatNumber(0.0000005, 6)).toBe('0.000001');
    expect(formatNumber(-2.5, 0)).toBe('-3');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
  });
});

describe('formatCurrency', () => {
  it.each(['GBP', 'USD', 'EUR', 'CAD', 'AUD', 'NZD'])('writes %s as en-GB Intl does, pence only when there are some', (currency) => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        const intl = new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: Number.isInteger(n) ? 0 : 2 });
        expect(formatCurrency(n, currency)).toBe(intl.format(n));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows no symbol for other currencies', () => {
    expect(formatCurrency(5, 'JPY')).toBeNull();
  });
});
