/** Groups an article's figures by kind for display, in a fixed reading order. */
import type { FigureKind } from '@/core/model/analysis';
import type { StoredFigure } from '@/core/model/records';

/** Display order and headings of figure kinds. */
export const FIGURE_KIND_LABELS: Record<FigureKind, string> = {
  money: 'Money',
  percent: 'Percentages',
  date: 'Dates',
  year: 'Years',
  count: 'Counts',
  duration: 'Durations',
};

/** Figures grouped by kind, skipping empty kinds; duplicates (same text) shown once. */
export function groupFigures(figures: readonly StoredFigure[]): { kind: FigureKind; label: string; items: string[] }[] {
  return (Object.keys(FIGURE_KIND_LABELS) as FigureKind[])
    .map((kind) => ({
      kind,
      label: FIGURE_KIND_LABELS[kind],
      items: [...new Set(figures.filter((f) => f.kind === kind).map((f) => f.text))],
    }))
    .filter((g) => g.items.length > 0);
}
