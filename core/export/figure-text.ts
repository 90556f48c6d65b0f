/** How exports write a figure: its text, kind and normalised value, all from the kind registry. */
import { describeFigure } from '../model/figure-kinds';
import type { StoredFigure } from '../model/records';

/** "£4.2m (Money: £4,200,000)", "31-12 (Vote: 31 for, 12 against)". */
export function figureLine(f: StoredFigure): string {
  return `${f.text} (${describeFigure(f)})`;
}

/** An article's figures without repeats (same text, kind, value and unit), in article order. */
export function distinctFigures(figures: readonly StoredFigure[]): StoredFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.kind}|${f.text}|${f.value}|${f.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The figures of an article whose text appears in `quote` (a reader's highlight). */
export function figuresInQuote(quote: string, figures: readonly StoredFigure[] | undefined): StoredFigure[] {
  return distinctFigures((figures ?? []).filter((f) => f.text && quote.includes(f.text)));
}
