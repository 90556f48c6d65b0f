/** What a page needs from the database to draw its highlights, notes and cross-article links. */
import type { PageContext, PageContextRequest } from '@/messaging/protocol';
import type { ArticleRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { newestFirst, toArticleRef } from './article-refs';
import { officialsOfKind } from './official-queries';
import { resolveOfficials } from './resolve-officials';

/** Most related articles returned per official or figure: a hover card shows a handful. */
export const RELATED_LIMIT = 10;

function related(articles: (ArticleRecord | undefined)[], currentId: string) {
  const byId = new Map<string, ArticleRecord>();
  for (const a of articles) if (a && a.id !== currentId) byId.set(a.id, a);
  return [...byId.values()].sort(newestFirst).slice(0, RELATED_LIMIT).map(toArticleRef);
}

/**
 * The saved article (if any), its annotations, the official id each submitted name resolves to
 * (without writing anything), and other saved articles naming the same officials or stating the
 * same figures, newest first and at most `RELATED_LIMIT` each. Every requested official id and
 * figure key has an entry, empty when nothing else matches.
 */
export async function pageContext(db: CouncilLensDb, req: PageContextRequest): Promise<PageContext> {
  return db.transaction('r', [db.articles, db.annotations, db.officials, db.mentions], async () => {
    const article = (await db.articles.get(req.articleId)) ?? null;
    const annotations = await db.annotations.where('articleId').equals(req.articleId).sortBy('createdAt');
    // Resolution here only reads: the timestamp it would stamp on new records is never stored.
    const { ids: officialIds } = resolveOfficials(await officialsOfKind(db, 'official'), req.officials, new Date(0));

    const relatedByOfficial: PageContext['relatedByOfficial'] = {};
    for (const id of new Set(officialIds)) {
      const articleIds = (await db.mentions.where('officialId').equals(id).toArray()).map((m) => m.articleId);
      relatedByOfficial[id] = related(await db.articles.bulkGet(articleIds), req.articleId);
    }
    return { article, annotations, officialIds, relatedByOfficial, relatedByFigure: await relatedByFigure(db, req) };
  });
}

/**
 * Other saved articles stating each figure. One pass over the figure index for all the keys, not a
 * query per key: a long page has thousands of figures. Only primary keys come from the index (the
 * page's own article matches every key), then each other article is read once.
 */
async function relatedByFigure(db: CouncilLensDb, req: PageContextRequest): Promise<PageContext['relatedByFigure']> {
  const wanted = new Set(req.figureKeys);
  if (wanted.size === 0) return {};
  const byKey: Record<string, ArticleRecord[]> = {};
  for (const key of wanted) byKey[key] = [];
  const ids = new Set(
    await db.articles
      .where('figureKeys')
      .anyOf([...wanted])
      .primaryKeys(),
  );
  ids.delete(req.articleId);
  for (const article of await db.articles.bulkGet([...ids])) {
    for (const key of new Set(article?.figureKeys ?? [])) if (article && wanted.has(key)) byKey[key]?.push(article);
  }
  return Object.fromEntries(Object.entries(byKey).map(([key, list]) => [key, related(list, req.articleId)]));
}
