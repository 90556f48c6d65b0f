import type { Score } from './score';

/** Totals of one system over all fixtures. */
export interface SystemTotals {
  officials: Score;
  figures: Score;
  coref: number;
  corefEligible: number;
  /** Of the figures found with the expected text and kind, the share with the expected value and unit too. */
  figureValues: { matched: number; right: number; share: number };
  /** Detection time: median over fixtures of the per-article median, in ms. */
  msPerArticle: number;
}

/** End-to-end timings (extraction is the same for both systems). */
export interface Timing {
  extractMs: number;
  oursEndToEndMs: number;
  compromiseEndToEndMs: number;
}

const pct = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);

/** A fixed-width table of both systems, with the targets, for the terminal. */
export function formatTable(ours: SystemTotals, baseline: SystemTotals, timing: Timing, targets: Record<string, number>): string {
  const rows: [string, string, string, string][] = [
    ['metric', 'council-lens', 'compromise', 'target'],
    ['officials precision', pct(ours.officials.precision), pct(baseline.officials.precision), ''],
    ['officials recall', pct(ours.officials.recall), pct(baseline.officials.recall), ''],
    ['officials F1', pct(ours.officials.f1), pct(baseline.officials.f1), `>= ${targets.officialsF1}`],
    ['figures precision', pct(ours.figures.precision), pct(baseline.figures.precision), ''],
    ['figures recall', pct(ours.figures.recall), pct(baseline.figures.recall), ''],
    ['figures F1', pct(ours.figures.f1), pct(baseline.figures.f1), `>= ${targets.figuresF1}`],
    [`co-reference (${ours.corefEligible} officials)`, pct(ours.coref), pct(baseline.coref), `>= ${targets.coref}`],
    [`figure values and units right (of ${ours.figureValues.matched} found)`, pct(ours.figureValues.share), 'n/a', ''],
    ['ms / article: detection', ours.msPerArticle.toFixed(2), baseline.msPerArticle.toFixed(2), ''],
    ['speed-up: detection', `${(baseline.msPerArticle / ours.msPerArticle).toFixed(1)}x`, '', `>= ${targets.speedup}x`],
    ['ms / article: extraction (shared)', timing.extractMs.toFixed(2), timing.extractMs.toFixed(2), ''],
    ['ms / article: extract + detect', timing.oursEndToEndMs.toFixed(2), timing.compromiseEndToEndMs.toFixed(2), ''],
    ['speed-up: end to end', `${(timing.compromiseEndToEndMs / timing.oursEndToEndMs).toFixed(1)}x`, '', ''],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)) + 2);
  return rows
    .map((r, i) => {
      const line = r
        .map((c, j) => pad(c, widths[j]!))
        .join('')
        .trimEnd();
      return i === 0 ? `${line}\n${'-'.repeat(line.length)}` : line;
    })
    .join('\n');
}
