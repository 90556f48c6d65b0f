/**
 * The dashboard's Figures view: figures your articles share, each series a chart over the articles'
 * dates whose points link to their articles. Series followed by a tag come first: they are the
 * figures that move ("budget gap" from £4.2m to £6.1m); then the same value in several articles.
 */
import type { FigureSeries } from '@/core/model/reading-room';
import { FigureChart } from './figure-chart';

/** Props of {@link FiguresView}. */
export interface FiguresViewProps {
  /** Null while reading. */
  series: FigureSeries[] | null;
}

/** The view. */
export function FiguresView({ series }: FiguresViewProps) {
  if (series === null) return <p aria-busy="true">Reading your articles' figures…</p>;
  const tagged = series.filter((s) => s.basis === 'tag');
  const shared = series.filter((s) => s.basis === 'value');
  return (
    <section class="figures-view" aria-label="Figures">
      <h2>Figures you followed with a tag</h2>
      {tagged.length === 0 ? (
        <p class="muted">
          Tag notes whose quote holds a figure (say “budget gap”) in two or more articles, and the figure is plotted here from story to story.
        </p>
      ) : (
        tagged.map((s) => <FigureChart key={s.id} series={s} />)
      )}
      <h2>The same figure in several articles</h2>
      {shared.length === 0 ? <p class="muted">No amount appears in two saved articles yet.</p> : shared.map((s) => <FigureChart key={s.id} series={s} />)}
    </section>
  );
}
