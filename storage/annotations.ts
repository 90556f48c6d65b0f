/** Saving and removing the reader's highlights and notes. */
import type { Annotation } from '@/core/model/annotation';
import type { ArticleSubmission } from '@/messaging/protocol';
import type { CouncilLensDb } from './db';
import { rememberArticle } from './articles';

/**
 * Creates or replaces an annotation. Its article is remembered first when it is not saved yet
 * (as the reader's own, `auto: false`), and an automatically remembered article becomes the
 * reader's own. Idempotent: saving the same annotation id twice leaves one record and keeps the
 * first `createdAt`, so a content script may retry after the service worker restarts.
 */
export async function saveAnnotation(
  db: CouncilLensDb,
  req: { annotation: Annotation; article: ArticleSubmission },
  now: Date,
): Promise<Annotation> {
  const tables = [db.annotations, db.articles, db.officials, db.mentions];
  return db.transaction('rw', tables, async () => {
    const { annotation } = req;
    const article = await db.articles.get(annotation.articleId);
    if (!article) await rememberArticle(db, { ...req.article, id: annotation.articleId, auto: false }, now);
    else if (article.auto) await db.articles.update(article.id, { auto: false, updatedAt: now.toISOString() });
    const previous = await db.annotations.get(annotation.id);
    const stored: Annotation = {
      ...annotation,
      tags: [...new Set(annotation.tags.map((t) => t.trim()).filter((t) => t.length > 0))],
      createdAt: previous?.createdAt ?? annotation.createdAt,
    };
    await db.annotations.put(stored);
    return stored;
  });
}

/** Deletes an annotation and the links that start or end on it. Deleting a missing one does nothing. */
export async function deleteAnnotation(db: CouncilLensDb, id: string): Promise<void> {
  await db.transaction('rw', [db.annotations, db.links], async () => {
    await db.annotations.delete(id);
    await db.links.where('from.id').equals(id).delete();
    await db.links.where('to.id').equals(id).delete();
  });
}

/**
 * Records the result of placing an article's annotations on a visit: `orphaned` ones get
 * `orphanedAt` (kept from an earlier visit if already set), `placed` ones lose it. Ids of other
 * articles' annotations are ignored.
 */
export async function setOrphans(
  db: CouncilLensDb,
  req: { articleId: string; orphaned: string[]; placed: string[] },
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const orphaned = new Set(req.orphaned);
    const placed = new Set(req.placed);
    const annotations = await db.annotations.where('articleId').equals(req.articleId).toArray();
    const updates = annotations.flatMap((a): Annotation[] => {
      if (orphaned.has(a.id) && !a.orphanedAt) return [{ ...a, orphanedAt: now.toISOString() }];
      if (placed.has(a.id) && !orphaned.has(a.id) && a.orphanedAt) return [{ ...a, orphanedAt: null }];
      return [];
    });
    if (updates.length > 0) await db.annotations.bulkPut(updates);
  });
}
