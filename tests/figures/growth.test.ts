/**
 * Growth tests: every figure rule must stay linear on hostile or merely odd text. Each input is
 * analysed at size N and 4N; the CPU time of 4N must stay under 9x that of N (a linear scan gives
 * about 4x, a quadratic one 16x). Times are the best of a few runs, compared with each other, never
 * with a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';

const digitsAndWords = (chars: number): string => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = i % 3 === 0 ? String((i * 7919) % 100000) : i % 3 === 1 ? 'council' : 'Budget';
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
};
const capitalised = (words: number): string =>
  Array.from({ length: words }, (_, i) => `Cllr${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + (i % 7))}`).join(' ');

/** Pathological inputs of about `n` repetitions (or characters). */
const INPUTS: [name: string, make: (n: number) => string, n: number][] = [
  ['"and 2025 " repeated', (n) => 'and 2025 '.repeat(n), 6_000],
  ['"£1m " repeated', (n) => '£1m '.repeat(n), 16_000],
  ['"31-12 " repeated', (n) => '31-12 '.repeat(n), 8_000],
  ['"voted 31-12 " repeated', (n) => 'voted 31-12 '.repeat(n), 5_000],
  ['"1970s " repeated', (n) => '1970s '.repeat(n), 8_000],
  ['"Smith, 61, " repeated', (n) => 'Smith, 61, '.repeat(n), 5_000],
  ['a tally run after one count', (n) => `There were 40 homes, up from ${'12 to '.repeat(n)}`, 5_000],
  ['years inside one long path', (n) => `${'x/'.repeat(n)} 2025 and 2026`, 200_000],
  ['a number before one very long word', (n) => `5 ${'a'.repeat(n)} 2025 in 2026`, 250_000],
  ['a single line of digits and words', (n) => digitsAndWords(n), 500_000],
  ['a long capitalised run', (n) => capitalised(n), 40_000],
];

/**
 * Best CPU time (ms) of three runs on one paragraph of `text`. CPU time, not wall time: other work
 * on a shared machine delays a run without adding to its CPU time.
 */
function bestTime(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.cpuUsage();
    detectFigures({ text, paragraphs: [{ text, start: 0 }] });
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
}

describe('figure detection grows linearly', () => {
  it.each(INPUTS)(
    '%s',
    (_name, make, n) => {
      bestTime(make(Math.max(1, n >> 3))); // warm up compiled expressions
      const small = bestTime(make(n));
      const large = bestTime(make(4 * n));
      // Under a few milliseconds, timer resolution and collection dominate: compare against at least 3 ms.
      expect(large / Math.max(small, 3)).toBeLessThan(9);
    },
    120_000,
  );
});
