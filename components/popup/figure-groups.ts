/** Groups an article's figures by kind for display, in the registry's order. */
import { FIGURE_KINDS, formatFigureValue, type FigureKind } from '@/core/model/figure-kinds';
import type { StoredFigure } from '@/core/model/records';

/** One item of a group: the figure's text and its normalised value as people read it. */
export interface FigureItem {
  text: string;
  value: string;
}

/** Figures grouped by kind, skipping empty kinds; duplicates (same text and value) shown once. */
export function groupFigures(figures: readonly StoredFigure[]): { kind: FigureKind; label: string; items: FigureItem[] }[] {
  return FIGURE_KINDS.map((k) => {
    const seen = new Set<string>();
    const items: FigureItem[] = [];
    for (const f of figures) {
      if (f.kind !== k.kind) continue;
      const value = formatFigureValue(f);
      const key = `${f.text}\u0000${value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ text: f.text, value });
    }
    return { kind: k.kind as FigureKind, label: k.heading, items };
  }).filter((g) => g.items.length > 0);
}
