/** Precision, recall and F1 of a comparison. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores detected against expected keys as multisets (each expected key can be matched once). */
export function scoreMultiset(expected: string[], detected: string[]): Score {
  const left = new Map<string, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of detected) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return toScore(tp, detected.length - tp, expected.length - tp);
}

/** Builds a score from counts; an empty side scores 1 so that "nothing expected, nothing found" is perfect. */
export function toScore(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Adds scores up (micro-average). */
export function sumScores(scores: Score[]): Score {
  const t = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  return toScore(t.tp, t.fp, t.fn);
}
