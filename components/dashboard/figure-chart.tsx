/**
 * One figure series over the articles' dates, hand-drawn in SVG. A tagged series ("budget gap")
 * plots each value on a value axis and joins them; a shared value is one row of points. Every
 * point is a link to its article (keyboard-focusable, with its own label) and carries its figure
 * as text, so nothing depends on colour; the table lists the same points.
 */
import { formatFigureValue } from '@/core/model/figure-kinds';
import type { FigureSeries } from '@/core/model/reading-room';
import { isWebUrl } from '@/core/web-url';
import { ChartFrame } from './chart-frame';
import { dayLabel } from './format-date';
import { timeScale, valueScale } from './time-scale';

/** Props of {@link FigureChart}. */
export interface FigureChartProps {
  series: FigureSeries;
}

const W = 720;
const PAD = { top: 22, bottom: 30, left: 60, right: 60 };
/** Labels closer than this (in chart units) would overlap: only the first of them is written. */
const LABEL_GAP = 58;

/** Which points get a text label: the last always, others when clear of the previous label. */
export function labelledPoints(xs: readonly number[]): Set<number> {
  const out = new Set<number>();
  let lastX = -Infinity;
  xs.forEach((x, i) => {
    if (x - lastX >= LABEL_GAP) {
      out.add(i);
      lastX = x;
    }
  });
  const last = xs.length - 1;
  if (last >= 0 && !out.has(last)) {
    // The latest value matters most: it replaces the label it would collide with.
    for (const i of [...out]) if (xs[last]! - xs[i]! < LABEL_GAP) out.delete(i);
    out.add(last);
  }
  return out;
}

/** The chart and its table. */
export function FigureChart({ series }: FigureChartProps) {
  const numeric = series.basis === 'tag' && series.points.every((p) => typeof p.value === 'number');
  const H = numeric ? 200 : 90;
  const x = timeScale(
    series.points.map((p) => p.date),
    PAD.left,
    W - PAD.right,
  );
  const y = numeric
    ? valueScale(
        series.points.map((p) => p.value as number),
        PAD.top,
        H - PAD.bottom,
      )
    : () => (PAD.top + H - PAD.bottom) / 2;
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const value = (p: (typeof series.points)[number]) => formatFigureValue({ kind: series.kind, value: p.value, unit: p.unit });
  const summary =
    series.basis === 'tag'
      ? `${series.points.length} articles from ${dayLabel(first?.date ?? '')} to ${dayLabel(last?.date ?? '')}: ${first ? value(first) : ''} then ${last ? value(last) : ''}.`
      : `The same figure in ${series.points.length} articles, from ${dayLabel(first?.date ?? '')} to ${dayLabel(last?.date ?? '')}.`;
  const labelled = labelledPoints(series.points.map((p) => x(p.date)));
  const path = numeric ? series.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value as number).toFixed(1)}`).join(' ') : '';
  const chart = (
    <svg class="chart figure-chart" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`${series.label}: ${summary}`}>
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} class="axis" />
      {first && (
        <text x={PAD.left} y={H - 8} class="tick" text-anchor="start">
          {dayLabel(first.date)}
        </text>
      )}
      {last && last !== first && (
        <text x={W - PAD.right} y={H - 8} class="tick" text-anchor="end">
          {dayLabel(last.date)}
        </text>
      )}
      {numeric && <path d={path} class="series-line" fill="none" />}
      {series.points.map((p, i) => {
        const px = x(p.date);
        const py = y(p.value as number);
        const label = `${p.text} (${value(p)}) on ${dayLabel(p.date)}: ${p.article.title ?? p.article.url}`;
        const mark = (
          <>
            <rect x={px - 5} y={py - 5} width={10} height={10} class="point" transform={`rotate(45 ${px} ${py})`} />
            <text x={px} y={py - 10} class="point-label" text-anchor="middle">
              {(numeric || i === 0) && labelled.has(i) ? p.text : ''}
            </text>
            <title>{label}</title>
          </>
        );
        return isWebUrl(p.article.url) ? (
          <a key={p.article.id} href={p.article.url} target="_blank" rel="noopener noreferrer" aria-label={label}>
            {mark}
          </a>
        ) : (
          <g key={p.article.id} role="img" aria-label={label}>
            {mark}
          </g>
        );
      })}
    </svg>
  );
  const table = (
    <table class="chart-table">
      <caption class="visually-hidden">{series.label}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">As written</th>
          <th scope="col">Value</th>
          <th scope="col">Article</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.article.id}>
            <th scope="row">{dayLabel(p.date)}</th>
            <td>{p.text}</td>
            <td>{value(p)}</td>
            <td>
              {isWebUrl(p.article.url) ? (
                <a href={p.article.url} target="_blank" rel="noopener noreferrer">
                  {p.article.title ?? p.article.url}
                </a>
              ) : (
                (p.article.title ?? p.article.url)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ChartFrame caption={series.label} summary={summary} chart={chart} table={table} />;
}
