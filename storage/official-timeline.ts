/**
 * The dashboard's page on one official: the articles naming them per month, the roles those
 * articles gave them over time, the reader's notes and quotes about them, and who else is named
 * with them. Reads only that official's mentions and articles, by index. Only Dexie calls: usable
 * with `liveQuery`.
 */
import type { Annotation } from '@/core/model/annotation';
import type { CoNamedOfficial, DashboardNote, MonthCount, OfficialTimeline, RoleSpan, TimelineArticle } from '@/core/model/reading-room';
import type { ArticleRecord, MentionRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { annotationsOnArticles } from './annotation-queries';
import { toArticleRef } from './article-refs';
import { articleDate } from './articles';
import { containsPhrase, foldText } from './text-search';

/** How many co-named officials the page lists. */
export const CO_NAMED_LIMIT = 10;

/** `YYYY-MM` of the month after `month`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Articles per month from the first to the last, with the empty months between (a gap is news too). */
export function monthsOf(articles: readonly TimelineArticle[]): MonthCount[] {
  if (articles.length === 0) return [];
  const byMonth = new Map<string, TimelineArticle['article'][]>();
  for (const a of articles) {
    const month = a.date.slice(0, 7);
    // Dates come from pages and imports: only a real year and month goes on the axis.
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) continue;
    byMonth.set(month, [...(byMonth.get(month) ?? []), a.article]);
  }
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return [];
  const out: MonthCount[] = [];
  for (let m = months[0]!; m <= months[months.length - 1]!; m = nextMonth(m)) out.push({ month: m, articles: byMonth.get(m) ?? [] });
  return out;
}

/** Consecutive articles giving the same role (case ignored) make one span; articles giving none are skipped. */
export function roleSpans(articles: readonly TimelineArticle[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const a of articles) {
    if (!a.role?.trim()) continue;
    const last = spans[spans.length - 1];
    if (last && foldText(last.role) === foldText(a.role)) {
      last.last = a.date;
      last.articles += 1;
    } else spans.push({ role: a.role.trim(), first: a.date, last: a.date, articles: 1 });
  }
  return spans;
}

/** Other officials in the same articles, by articles in common. */
async function coNamed(db: CouncilLensDb, officialId: string, articleIds: readonly string[]): Promise<CoNamedOfficial[]> {
  const lists = await Promise.all(articleIds.map((id) => db.mentions.where('articleId').equals(id).toArray()));
  const counts = new Map<string, number>();
  for (const m of lists.flat()) if (m.officialId !== officialId) counts.set(m.officialId, (counts.get(m.officialId) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const officials = await db.officials.bulkGet(ranked.map(([id]) => id));
  const out: CoNamedOfficial[] = [];
  ranked.forEach(([id, articles], i) => {
    const o = officials[i];
    if (o && o.kind !== 'person' && out.length < CO_NAMED_LIMIT) out.push({ id, name: o.name, articles });
  });
  return out;
}

/** The timeline of `officialId`, or null when no such official is saved. */
export async function officialTimeline(db: CouncilLensDb, officialId: string): Promise<OfficialTimeline | null> {
  const official = await db.officials.get(officialId);
  if (!official) return null;
  const mentions: MentionRecord[] = await db.mentions.where('officialId').equals(officialId).toArray();
  const articleIds = mentions.map((m) => m.articleId);
  const [records, notes, named] = await Promise.all([
    db.articles.bulkGet(articleIds),
    annotationsOnArticles(db, articleIds),
    coNamed(db, officialId, articleIds),
  ]);
  const byId = new Map<string, ArticleRecord>();
  const articles: TimelineArticle[] = [];
  mentions.forEach((m, i) => {
    const record = records[i];
    if (!record) return;
    byId.set(record.id, record);
    articles.push({ article: toArticleRef(record), date: articleDate(record), role: m.role });
  });
  articles.sort((a, b) => a.date.localeCompare(b.date) || a.article.id.localeCompare(b.article.id));
  // A quote "about them" names them in a form some article used, or by a name or alias.
  const names = [...new Set([official.name, ...official.aliases, ...mentions.flatMap((m) => m.forms)])];
  const quotes: DashboardNote[] = [];
  const others: DashboardNote[] = [];
  const asNote = (a: Annotation): DashboardNote => {
    const record = byId.get(a.articleId);
    return { annotation: a, article: record ? toArticleRef(record) : null, date: record ? articleDate(record) : a.createdAt };
  };
  for (const a of notes.sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    (names.some((n) => containsPhrase(a.target.quote.exact, n)) ? quotes : others).push(asNote(a));
  }
  return {
    official: { id: official.id, name: official.name, roles: official.roles },
    months: monthsOf(articles),
    roles: roleSpans(articles),
    articles,
    quotes,
    notes: others,
    coNamed: named,
  };
}
