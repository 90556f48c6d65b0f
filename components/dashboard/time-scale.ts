/** Maps ISO dates onto a chart's x range: linear in time, with the range's middle for a single date. */

/** A scale from ISO date to x, over the dates given. Dates that do not parse go to the left edge. */
export function timeScale(dates: readonly string[], x0: number, x1: number): (iso: string) => number {
  const times = dates.map((d) => Date.parse(d)).filter((t) => Number.isFinite(t));
  const min = Math.min(...times);
  const max = Math.max(...times);
  if (times.length === 0 || max === min) return () => (x0 + x1) / 2;
  return (iso) => {
    const t = Date.parse(iso);
    return Number.isFinite(t) ? x0 + ((t - min) / (max - min)) * (x1 - x0) : x0;
  };
}

/** A linear scale from value to y (top is the largest), with the middle for a single value. */
export function valueScale(values: readonly number[], y0: number, y1: number): (v: number) => number {
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  if (values.length === 0 || max === min) return () => (y0 + y1) / 2;
  return (v) => y1 - ((v - min) / (max - min)) * (y1 - y0);
}
