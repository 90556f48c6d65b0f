/**
 * A chart with its table: a figure whose caption names it, and a Chart / Table switch. The table
 * holds every number the chart draws, so a screen reader (or anyone who prefers rows) loses
 * nothing; the chart itself is one labelled image whose points are links.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  caption: string;
  /** One sentence that says what the chart shows, read before it. */
  summary: string;
  chart: ComponentChildren;
  table: ComponentChildren;
}

/** Shows the chart, or the table when the reader switches. */
export function ChartFrame({ caption, summary, chart, table }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure class="chart-frame">
      <figcaption>
        <span class="chart-caption">{caption}</span>
        <span class="chart-switch" role="group" aria-label={`Show ${caption} as`}>
          <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
            Chart
          </button>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
            Table
          </button>
        </span>
      </figcaption>
      <p class="muted chart-summary">{summary}</p>
      {asTable ? table : chart}
    </figure>
  );
}
