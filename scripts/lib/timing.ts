import { performance } from 'node:perf_hooks';

/** Median of a list of numbers (0 for an empty list). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Runs `work` `warmup` times untimed, then `runs` times timed, and returns the median in ms.
 * `prepare` runs before each call, outside the timer (for example parsing a fresh page).
 */
export function timeMedian<T>(prepare: () => T, work: (input: T) => void, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) work(prepare());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t0 = performance.now();
    work(input);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
