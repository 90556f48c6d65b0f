/**
 * The dashboard's figures view: figures the reader's articles share, as series over the articles'
 * dates. Two kinds of series:
 * - by value: the same kind, normalised value and unit (`figureKey`) in two or more articles
 *   ("£4,200,000 in five stories");
 * - by tag: the figures the reader quoted in notes carrying the same tag ("budget gap"), so a
 *   figure that moves from story to story is one line. Articles keep no words around a figure,
 *   so the reader's tag is the label that says two different amounts measure the same thing.
 * Dates, years and decades are left out: they are when, not how much, and nearly every article shares one.
 */
import type { FigureKind } from '@/core/model/figure-kinds';
import { formatFigureValue } from '@/core/model/figure-kinds';
import type { FigurePoint, FigureSeries } from '@/core/model/reading-room';
import { figureKey, type ArticleRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { toArticleRef } from './article-refs';
import { articleDate } from './articles';
import { foldText } from './text-search';

/** Kinds that say when rather than how much. */
const NOT_AMOUNTS: ReadonlySet<FigureKind> = new Set<FigureKind>(['date', 'year', 'decade']);

/** At most this many series of each basis, the most widely shared first. */
export const SERIES_LIMIT = 40;

const byDate = (a: FigurePoint, b: FigurePoint) => a.date.localeCompare(b.date) || a.article.id.localeCompare(b.article.id);

/** One point per article: the first figure an article gives for a series. */
function addPoint(points: Map<string, FigurePoint>, article: ArticleRecord, f: ArticleRecord['figures'][number]): void {
  if (points.has(article.id)) return;
  points.set(article.id, { article: toArticleRef(article), date: articleDate(article), text: f.text, value: f.value, unit: f.unit });
}

function ranked(series: FigureSeries[]): FigureSeries[] {
  return series
    .filter((s) => s.points.length >= 2)
    .sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label))
    .slice(0, SERIES_LIMIT);
}

/** Series of the same figure in several articles. */
function byValue(articles: readonly ArticleRecord[]): FigureSeries[] {
  const groups = new Map<string, { kind: FigureKind; unit: string | null; value: number | string | null; points: Map<string, FigurePoint> }>();
  for (const article of articles) {
    for (const f of article.figures) {
      if (NOT_AMOUNTS.has(f.kind) || f.value === null) continue;
      const key = figureKey(f);
      const group = groups.get(key) ?? { kind: f.kind, unit: f.unit, value: f.value, points: new Map() };
      addPoint(group.points, article, f);
      groups.set(key, group);
    }
  }
  return ranked(
    [...groups].map(([key, g]) => ({
      id: `value:${key}`,
      label: formatFigureValue(g),
      kind: g.kind,
      unit: g.unit,
      basis: 'value' as const,
      points: [...g.points.values()].sort(byDate),
    })),
  );
}

/** Series of the figures quoted in notes with the same tag, one per tag, kind and unit. */
async function byTag(db: CouncilLensDb, articles: ReadonlyMap<string, ArticleRecord>): Promise<FigureSeries[]> {
  const groups = new Map<string, { tag: string; kind: FigureKind; unit: string | null; points: Map<string, FigurePoint> }>();
  await db.annotations
    .where('tags')
    .notEqual('')
    .each((a) => {
      const article = articles.get(a.articleId);
      if (!article || a.tags.length === 0) return;
      for (const f of article.figures) {
        if (NOT_AMOUNTS.has(f.kind) || typeof f.value !== 'number' || !f.text || !a.target.quote.exact.includes(f.text)) continue;
        for (const tag of a.tags) {
          const key = `${foldText(tag)}|${f.kind}|${f.unit ?? ''}`;
          const group = groups.get(key) ?? { tag, kind: f.kind, unit: f.unit, points: new Map() };
          addPoint(group.points, article, f);
          groups.set(key, group);
        }
      }
    });
  return ranked(
    [...groups].map(([key, g]) => ({
      id: `tag:${key}`,
      label: g.tag,
      kind: g.kind,
      unit: g.unit,
      basis: 'tag' as const,
      points: [...g.points.values()].sort(byDate),
    })),
  );
}

/** Both kinds of series: by tag first (they move), then by value. */
export async function figureSeries(db: CouncilLensDb): Promise<FigureSeries[]> {
  const articles = await db.articles.toArray();
  const byId = new Map(articles.map((a) => [a.id, a]));
  return [...(await byTag(db, byId)), ...byValue(articles)];
}
