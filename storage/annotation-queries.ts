/**
 * The popup's list of annotations: search, filters and paging. Written for `liveQuery` (only
 * Dexie calls inside) and for 10,000 annotations: indexes narrow the candidates (tag, site,
 * official's articles) before the in-memory text match, and the unfiltered list pages straight
 * off the `createdAt` index.
 */
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRef } from '@/messaging/protocol';
import type { CouncilLensDb } from './db';
import { toArticleRef } from './article-refs';
import { searchableText, searchIndex, type NoteSearchIndex } from './note-search-index';
import { containsPhrase, foldText, matchesAll, searchTerms } from './text-search';

/** Search and filters; every given filter must hold. */
export interface AnnotationQuery {
  /** Words that must all appear in the quote, note or tags (case and accents ignored). */
  text?: string;
  /** A tag, case ignored. */
  tag?: string;
  /** An article site name, exactly as stored (`ArticleRecord.siteName`). */
  site?: string;
  /** Annotations on articles naming this official, or whose quote names them. */
  officialId?: string;
  /** 'mine': the reader's own notes; 'team': teammates' (from team sync, they carry `authorId`). */
  author?: 'mine' | 'team';
  offset?: number;
  /** Page size; default 50. */
  limit?: number;
}

/** One row of the list: the annotation and its article when that is still saved. */
export interface AnnotationListItem {
  annotation: Annotation;
  article: ArticleRef | null;
}

/** A page of results and the number of matches in all pages. */
export interface AnnotationPage {
  items: AnnotationListItem[];
  total: number;
}

/** Code-unit order, as IndexedDB compares strings. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first; ties by id descending, the order the reversed `createdAt` index gives. */
function newestFirst(a: Annotation, b: Annotation): number {
  return cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id);
}

/**
 * Annotations on the given articles: one indexed `equals` per article, in parallel. `anyOf()` with
 * many keys walks a cursor with jumps, which is far slower on large tables.
 */
export async function annotationsOnArticles(db: CouncilLensDb, articleIds: readonly string[]): Promise<Annotation[]> {
  const unique = [...new Set(articleIds)];
  const lists = await Promise.all(unique.map((id) => db.annotations.where('articleId').equals(id).toArray()));
  return lists.flat();
}

/** The notes on one article, oldest first (as they appear down the page's list). */
export async function notesOnArticle(db: CouncilLensDb, articleId: string): Promise<Annotation[]> {
  return db.annotations.where('articleId').equals(articleId).sortBy('createdAt');
}

async function withArticles(db: CouncilLensDb, page: Annotation[]): Promise<AnnotationListItem[]> {
  // Each article once: a page of notes often holds several from one article, and every key is
  // its own read in IndexedDB.
  const ids = [...new Set(page.map((a) => a.articleId))];
  const found = await db.articles.bulkGet(ids);
  const byId = new Map(ids.map((id, i) => [id, found[i]]));
  return page.map((annotation) => {
    const article = byId.get(annotation.articleId);
    return { annotation, article: article ? toArticleRef(article) : null };
  });
}

/** Annotations matching the official filter: on articles naming them, or quoting their name. */
async function officialCandidates(db: CouncilLensDb, officialId: string): Promise<Annotation[]> {
  const official = await db.officials.get(officialId);
  const articleIds = (await db.mentions.where('officialId').equals(officialId).toArray()).map((m) => m.articleId);
  const onArticles = await annotationsOnArticles(db, articleIds);
  if (!official) return onArticles;
  // A bare surname would match other people; only multi-word names are searched in quotes.
  const names = [official.name, ...official.aliases].filter((n) => n.trim().includes(' '));
  const known = new Set(onArticles.map((a) => a.id));
  const quoting = await db.annotations.filter((a) => !known.has(a.id) && names.some((n) => containsPhrase(a.target.quote.exact, n))).toArray();
  return [...onArticles, ...quoting];
}

/**
 * Lists annotations newest first (by `createdAt`), filtered, searched and paged. With `index` (the
 * popup's in-memory search index, once built) a search reads no note from the database.
 */
export async function listAnnotations(db: CouncilLensDb, query: AnnotationQuery = {}, index?: NoteSearchIndex): Promise<AnnotationPage> {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? 50);
  const terms = searchTerms(query.text);
  const tag = query.tag?.trim();

  if (!tag && !query.site && !query.officialId && !query.author && terms.length === 0) {
    // All at once: in a page that has just opened, each database round trip waits its turn behind
    // the page's own start-up, so reads in a row cost that wait each time. The count walks the
    // whole table, so the page's articles are read while it runs.
    const page = db.annotations.orderBy('createdAt').reverse().offset(offset).limit(limit).toArray();
    const [total, items] = await Promise.all([db.annotations.count(), page.then((notes) => withArticles(db, notes))]);
    return { items, total };
  }

  let candidates: Annotation[];
  // Whether `candidates` already hold the search terms.
  let searched = false;
  if (query.officialId) candidates = await officialCandidates(db, query.officialId);
  else if (index && terms.length > 0) {
    candidates = searchIndex(index, terms);
    searched = true;
  } else if (tag) {
    // The spellings in use come off the index; an equals() per spelling is much faster than
    // equalsIgnoreCase(), whose cursor jumping is slow on large tables.
    const folded = foldText(tag);
    const spellings = (await db.annotations.orderBy('tags').uniqueKeys()).map(String).filter((t) => foldText(t) === folded);
    const lists = await Promise.all(spellings.map((t) => db.annotations.where('tags').equals(t).toArray()));
    candidates = [...new Map(lists.flat().map((a) => [a.id, a])).values()];
  } else if (query.site) {
    const ids = await db.articles.where('siteName').equals(query.site).primaryKeys();
    candidates = await annotationsOnArticles(db, ids);
  } else candidates = await db.annotations.toArray();

  const siteArticles = query.site ? new Set(await db.articles.where('siteName').equals(query.site).primaryKeys()) : null;
  const foldedTag = tag ? foldText(tag) : null;
  const matches = candidates.filter(
    (a) =>
      (!foldedTag || a.tags.some((t) => foldText(t) === foldedTag)) &&
      (!siteArticles || siteArticles.has(a.articleId)) &&
      (!query.author || (query.author === 'team') === !!a.authorId) &&
      (searched || terms.length === 0 || matchesAll(searchableText(a), terms)),
  );
  matches.sort(newestFirst);
  return { items: await withArticles(db, matches.slice(offset, offset + limit)), total: matches.length };
}

/**
 * Every tag in use with its number of annotations, most used first: for the tag filter. Tags that
 * differ only in case are one entry (the filter ignores case), shown in their most used spelling.
 */
export async function listTags(db: CouncilLensDb): Promise<{ tag: string; count: number }[]> {
  const groups = new Map<string, Map<string, number>>();
  for (const key of await db.annotations.orderBy('tags').keys()) {
    const tag = String(key);
    const spellings = groups.get(foldText(tag)) ?? new Map<string, number>();
    spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
    groups.set(foldText(tag), spellings);
  }
  return [...groups.values()]
    .map((spellings) => {
      const ranked = [...spellings].sort((a, b) => b[1] - a[1]);
      return { tag: ranked[0]![0], count: ranked.reduce((n, [, c]) => n + c, 0) };
    })
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Every site name among saved articles, alphabetically: for the site filter. */
export async function listSites(db: CouncilLensDb): Promise<string[]> {
  const names = await db.articles.orderBy('siteName').uniqueKeys();
  return names.map(String).sort((a, b) => a.localeCompare(b));
}
