/**
 * Growth: people detection is linear in its input, whatever the text. Each pathological input is
 * detected at size N and 2N; doubling the input must not much more than double the work. Only the
 * ratio of times is checked (the median of five back-to-back pairs), never a wall-clock threshold.
 * A quadratic scan gives a ratio near 4; linear work gives about 2.
 */
import { describe, expect, it } from 'vitest';
import { detectPeople } from '@/core/entities';

const one = (text: string) => ({ text, paragraphs: [{ text, start: 0 }] });

/** Distinct capitalised words ("Wordab Wordac ..."), so nothing is cached by repetition. */
const capitalised = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `Word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))}`,
  ).join(' ');

/** A long single line of ordinary council prose, names and roles included, cut to `n` characters. */
const oneLine = (n: number): string =>
  'The council said Mr Smith of Hall Lane, the chief executive, had met Cllr Ann Lee, who chairs the board. '.repeat(Math.ceil(n / 100)).slice(0, n);

/** `n` titled councillors and `n` untitled full names, every surname distinct ("Cllr Ann Wordab spoke. Dora Wordxy stood by."). */
const manyNames = (n: number): string => {
  const words = capitalised(2 * n).split(' ');
  return Array.from({ length: n }, (_, i) => `Cllr Ann ${words[i]} spoke. Dora ${words[n + i]} stood by.`).join(' ');
};

/** Time per call: calls repeat until 30 ms have passed, so even fast inputs are measured. */
function perCall(text: string): number {
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < 30) {
    detectPeople(one(text));
    calls++;
    t = performance.now();
  }
  return (t - t0) / calls;
}

/**
 * Ratio of the work on 2N to the work on N: the median over five rounds, each timing N then 2N
 * back to back, so a burst of load from other processes hits both sides of one ratio.
 */
function growth(make: (n: number) => string, n: number): number {
  const small = make(n);
  const big = make(2 * n);
  perCall(small); // warm up the code paths
  const ratios: number[] = [];
  for (let k = 0; k < 5; k++) {
    const a = perCall(small);
    ratios.push(perCall(big) / a);
  }
  return ratios.sort((x, y) => x - y)[2]!;
}

describe('people detection grows linearly', () => {
  it.each([
    ['"Mr " repeated', (n: number) => 'Mr '.repeat(n), 200_000],
    ['"Cllr " repeated', (n: number) => 'Cllr '.repeat(n), 150_000],
    ['20,000 then 40,000 capitalised words in one run', capitalised, 20_000],
    ['"Smith, Jones and " repeated', (n: number) => 'Smith, Jones and '.repeat(n), 2_000],
    ['full names in one long list', (n: number) => `Voting yes were ${'Ann Lee, Bo Chen, '.repeat(n)}and Ed Park.`, 1_500],
    ['a single line of prose without paragraph breaks', oneLine, 120_000],
    ['"Its " and "the council\'s " repeated', (n: number) => "Its the council's ".repeat(n), 5_000],
    ['quotation marks and possessives', (n: number) => '"Ann\'s '.repeat(n), 5_000],
    ['speech tags naming a post after named people', (n: number) => 'Jo Bell spoke. She left. "No," said the chief executive. '.repeat(n), 1_500],
    ['many titled people beside as many untitled full names', manyNames, 3_000],
    [
      'deaths and ended offices, a name each',
      (n: number) => {
        const words = capitalised(n).split(' ');
        return words.map((w) => `Ann ${w}, who sat on the council, has died. ${w} retired as clerk in 1990.`).join(' ');
      },
      6_000,
    ],
  ])(
    '%s',
    (_name, make, n) => {
      expect(growth(make as (n: number) => string, n)).toBeLessThan(3);
    },
    120_000,
  );

  it('reads a 2 MB single line and a 40,000-word capitalised run to the end', () => {
    const text = oneLine(2_000_000);
    const r = detectPeople(one(text));
    // The last sentence's councillor is found: the scan did not give up part way.
    expect(r.officials.some((p) => p.name === 'Ann Lee' && p.mentions.at(-1)!.start > 1_900_000)).toBe(true);
    expect(detectPeople(one(capitalised(40_000)))).toEqual({ officials: [], people: [] });
  }, 120_000);
});
