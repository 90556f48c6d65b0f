/**
 * The dashboard's notes: every annotation with its article, read once and indexed in memory so a
 * facet change is a pass over arrays, not a database round trip (10,000 notes filter in a few
 * milliseconds; see `npm run bench:popup`). Only Dexie calls: usable with `liveQuery`, which reads
 * it again when notes, articles or mentions change.
 */
import { noteArticleTitle, type Annotation } from '@/core/model/annotation';
import type { FigureKind } from '@/core/model/figure-kinds';
import type { DashboardNote, FacetChoices } from '@/core/model/reading-room';
import type { ArticleRecord, MentionRecord, OfficialRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { toArticleRef } from './article-refs';
import { articleDate } from './articles';
import { foldText } from './text-search';

/** One note with what the facets test, worked out once. */
export interface IndexedNote {
  note: DashboardNote;
  /** Folded quote, note, tags and article title. */
  haystack: string;
  /** Folded quote alone (for "the quote names this official"). */
  quote: string;
  site: string | null;
  /** Folded tags. */
  tags: string[];
  /** Kinds of the article's figures that the quote holds. */
  figureKinds: FigureKind[];
}

/** Everything the notes view filters, newest note first. */
export interface DashboardIndex {
  notes: IndexedNote[];
  /** Article ids naming each official. */
  officialArticles: Map<string, Set<string>>;
  /** Folded multi-word names of each official (a bare surname would match other people). */
  officialNames: Map<string, string[]>;
  choices: FacetChoices;
}

function countInto<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

const byCount = <K>(counts: Map<K, number>) => [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));

/** Kinds of `article`'s figures whose text the quote contains. */
function quotedKinds(quote: string, article: ArticleRecord | undefined): FigureKind[] {
  if (!article) return [];
  const kinds = new Set<FigureKind>();
  for (const f of article.figures) if (f.text && quote.includes(f.text)) kinds.add(f.kind);
  return [...kinds];
}

/** Notes are read in batches of this many, so no single task holds the page for long. */
export const BATCH = 1_000;

/** Every annotation, read in primary-key batches: one `getAll` of 10,000 is one long task on the main thread. */
export async function allAnnotations(db: CouncilLensDb): Promise<Annotation[]> {
  const out: Annotation[] = [];
  let last: string | null = null;
  for (;;) {
    const batch: Annotation[] = await (last === null ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)).limit(BATCH).toArray();
    out.push(...batch);
    if (batch.length < BATCH) return out;
    last = batch[batch.length - 1]!.id;
  }
}

/** Newest first; ties by id descending, the order the reversed `createdAt` index gives. */
export const newestFirst = (a: Annotation, b: Annotation) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** One note's index entry: its article's reference and date, and the folded text the facets test. */
export function indexNote(a: Annotation, article: ArticleRecord | undefined): IndexedNote {
  return {
    note: { annotation: a, article: article ? toArticleRef(article) : null, date: article ? articleDate(article) : a.createdAt },
    haystack: foldText(`${a.target.quote.exact}\n${a.note}\n${a.tags.join(' ')}\n${noteArticleTitle(a, article) ?? ''}`),
    quote: foldText(a.target.quote.exact),
    site: article?.siteName ?? null,
    tags: a.tags.map(foldText),
    figureKinds: quotedKinds(a.target.quote.exact, article),
  };
}

/** An official as the index needs it: id, name and the multi-word names a quote may name them by. */
export type IndexedOfficial = Pick<OfficialRecord, 'id' | 'name' | 'aliases' | 'kind'>;

/** Builds the index from indexed notes (newest first), the mentions' official → articles map and the officials. */
export function assembleIndex(notes: IndexedNote[], officialArticles: Map<string, Set<string>>, officials: readonly IndexedOfficial[]): DashboardIndex {
  const siteCounts = new Map<string, number>();
  const tagCounts = new Map<string, Map<string, number>>();
  const kindCounts = new Map<FigureKind, number>();
  const notesPerArticle = new Map<string, number>();
  for (const n of notes) {
    const a = n.note.annotation;
    if (n.site) countInto(siteCounts, n.site);
    for (const k of n.figureKinds) countInto(kindCounts, k);
    a.tags.forEach((t, i) => {
      const folded = n.tags[i] ?? foldText(t);
      const spellings = tagCounts.get(folded) ?? new Map<string, number>();
      countInto(spellings, t);
      tagCounts.set(folded, spellings);
    });
    countInto(notesPerArticle, a.articleId);
  }
  const officialNames = new Map<string, string[]>();
  const officialChoices: { id: string; name: string; count: number }[] = [];
  for (const o of officials) {
    if (o.kind === 'person') continue;
    officialNames.set(
      o.id,
      [o.name, ...o.aliases].filter((n) => n.trim().includes(' ')).map((n) => foldText(n)),
    );
    let count = 0;
    for (const id of officialArticles.get(o.id) ?? []) count += notesPerArticle.get(id) ?? 0;
    if (officialArticles.has(o.id)) officialChoices.push({ id: o.id, name: o.name, count });
  }
  officialChoices.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    notes,
    officialArticles,
    officialNames,
    choices: {
      sites: byCount(siteCounts).map(([value, count]) => ({ value, count })),
      tags: [...tagCounts.values()]
        .map((spellings) => {
          const ranked = byCount(spellings);
          return { value: ranked[0]![0], count: ranked.reduce((n, [, c]) => n + c, 0) };
        })
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      officials: officialChoices,
      figureKinds: byCount(kindCounts).map(([value, count]) => ({ value, count })),
    },
  };
}

/** Official id → ids of the articles that name them. */
export function officialArticleMap(mentions: readonly MentionRecord[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = map.get(m.officialId) ?? new Set<string>();
    set.add(m.articleId);
    map.set(m.officialId, set);
  }
  return map;
}

/** Reads every note, article and mention and builds the index. */
export async function loadDashboardIndex(db: CouncilLensDb): Promise<DashboardIndex> {
  return (await loadDashboardIndexWithOfficials(db)).index;
}

/** {@link loadDashboardIndex}, also giving the officials it read (a later partial update recounts them). */
export async function loadDashboardIndexWithOfficials(db: CouncilLensDb): Promise<{ index: DashboardIndex; officials: IndexedOfficial[] }> {
  const [annotations, articleList, mentions, officials] = await Promise.all([
    allAnnotations(db),
    db.articles.toArray(),
    db.mentions.toArray(),
    db.officials.toArray(),
  ]);
  annotations.sort(newestFirst);
  const articles = new Map(articleList.map((a) => [a.id, a]));
  const index = assembleIndex(
    annotations.map((a) => indexNote(a, articles.get(a.articleId))),
    officialArticleMap(mentions),
    officials,
  );
  return { index, officials };
}

/** The first page of notes, newest first, and how many there are: what the dashboard shows before the index is read. */
export async function dashboardFirstPage(db: CouncilLensDb, limit: number): Promise<{ items: DashboardNote[]; total: number }> {
  const [total, page] = await Promise.all([db.annotations.count(), db.annotations.orderBy('createdAt').reverse().limit(limit).toArray()]);
  const articles = await db.articles.bulkGet(page.map((a) => a.articleId));
  return {
    total,
    items: page.map((a, i) => {
      const article = articles[i];
      return { annotation: a, article: article ? toArticleRef(article) : null, date: article ? articleDate(article) : a.createdAt };
    }),
  };
}
