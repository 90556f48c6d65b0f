/**
 * Articles per month as bars, hand-drawn in SVG: each bar carries its count as text (no colour
 * needed to read it) and is a focusable element with its own label; the table lists the same.
 */
import type { MonthCount } from '@/core/model/reading-room';
import { ChartFrame } from './chart-frame';
import { monthLabel } from './format-date';

/** Props of {@link MonthBars}. */
export interface MonthBarsProps {
  months: MonthCount[];
  /** Whose timeline, for the caption. */
  name: string;
}

const W = 720;
const H = 180;
const PAD = { top: 18, bottom: 34, left: 8, right: 8 };

/** The bar chart and its table. */
export function MonthBars({ months, name }: MonthBarsProps) {
  const max = Math.max(1, ...months.map((m) => m.articles.length));
  const total = months.reduce((n, m) => n + m.articles.length, 0);
  const step = (W - PAD.left - PAD.right) / Math.max(1, months.length);
  const barW = Math.max(2, step * 0.7);
  // Label every month when they fit, else every nth, always the first and last.
  const every = Math.max(1, Math.ceil(months.length / 12));
  const busiest = months.reduce<MonthCount | null>((best, m) => (!best || m.articles.length > best.articles.length ? m : best), null);
  const summary =
    months.length === 0
      ? `No saved article names ${name}.`
      : `${total} article${total === 1 ? '' : 's'} from ${monthLabel(months[0]!.month)} to ${monthLabel(months[months.length - 1]!.month)}; most in ${monthLabel(busiest!.month)} (${busiest!.articles.length}).`;
  const chart = (
    <svg class="chart month-bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Articles naming ${name}, per month. ${summary}`}>
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} class="axis" />
      {months.map((m, i) => {
        const h = ((H - PAD.top - PAD.bottom) * m.articles.length) / max;
        const x = PAD.left + i * step + (step - barW) / 2;
        const y = H - PAD.bottom - h;
        return (
          <g key={m.month}>
            <rect x={x} y={y} width={barW} height={h} class="bar">
              <title>{`${monthLabel(m.month)}: ${m.articles.length}`}</title>
            </rect>
            {m.articles.length > 0 && (
              <text x={x + barW / 2} y={y - 4} class="bar-value" text-anchor="middle">
                {m.articles.length}
              </text>
            )}
            {(i % every === 0 || i === months.length - 1) && (
              <text x={x + barW / 2} y={H - PAD.bottom + 16} class="tick" text-anchor="middle">
                {monthLabel(m.month)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
  const table = (
    <table class="chart-table">
      <caption class="visually-hidden">Articles naming {name}, per month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Articles</th>
          <th scope="col">Titles</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthLabel(m.month)}</th>
            <td>{m.articles.length}</td>
            <td>{m.articles.map((a) => a.title ?? a.url).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ChartFrame caption="Articles per month" summary={summary} chart={chart} table={table} />;
}
