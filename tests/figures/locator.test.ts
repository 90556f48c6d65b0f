import { describe, expect, it } from 'vitest';
import { nextCandidate } from '@/core/figures/locator';
import { execNative, testNative, warmRegExp } from '@/core/native-regexp';

/** Every place the locator stops in `lower`, stepping one character past each. */
function stops(lower: string): number[] {
  const out: number[] = [];
  for (let at = nextCandidate(lower, 0); at >= 0; at = nextCandidate(lower, at + 1)) out.push(at);
  return out;
}

describe('nextCandidate', () => {
  it('stops at numbers, currency signs and the words a figure may start with', () => {
    const lower = 'we paid £5m, then us$3 in fy2024 and fy 2025; the \u201980s; a dozen, an hour, a fortnight in march.';
    const words = stops(lower).map((i) => lower.slice(i, i + 3));
    // "fy2024": only "fy" (the digits continue it); "fortnight" only after "a"; "hour" never.
    expect(words).toEqual(['£5m', '5m,', 'us$', '$3 ', '3 i', 'fy2', 'fy ', '202', '’80', '80s', 'a d', 'doz', 'a f', 'mar']);
  });

  it('skips digits and words that continue a word or number', () => {
    // "b12" and "2nd": the digit continues a word; "someone", "ones", "one_": not the word "one".
    expect(stops('b12 someone ones one_ x')).toEqual([]);
    // "_5": an underscore does not join a digit to what comes before.
    expect(stops('_5')).toEqual([1]);
    // "2nd": only the digit; "10,000": after the comma too (the rules read the separator).
    expect(stops('2nd and 10,000')).toEqual([0, 8, 11]);
  });

  it('starts from the given offset but sees the character before it', () => {
    expect(nextCandidate('x123', 2)).toBe(-1);
    expect(nextCandidate(' 123', 1)).toBe(1);
  });
});

describe('expressions compiled straight to machine code', () => {
  it('match as before and keep lastIndex', () => {
    const sticky = /\d+/y;
    sticky.lastIndex = 3;
    warmRegExp(sticky, 'abc123');
    expect(sticky.lastIndex).toBe(3);
    expect(sticky.exec('abc123')?.[0]).toBe('123');
    const global = /o/g;
    expect(testNative(global, 'foo')).toBe(true);
    expect(global.lastIndex).toBe(2);
    expect(execNative(/(\p{Lu})\p{Ll}+/u, 'the Élan Vital')?.[1]).toBe('É');
    expect(testNative(/^\p{Ll}/u, 'Éa')).toBe(false);
  });
});
