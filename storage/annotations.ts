/** Saving and removing the reader's highlights and notes. */
import type { Annotation } from '@/core/model/annotation';
import type { LinkRecord } from '@/core/model/records';
import type { ArticleSubmission } from '@/messaging/protocol';
import type { CouncilLensDb } from './db';
import { rememberArticle } from './articles';
import { bury, buriedBy, isNewer, laterOf, tombstonesOf, unbury } from './tombstones';

/**
 * Creates or replaces an annotation, unless the database holds something newer: a newer version
 * of it (returned instead) or a tombstone as new as this version (returns null: the note stays
 * deleted). Its article is remembered first when it is not saved yet (as the reader's own,
 * `auto: false`), and an automatically remembered article becomes the reader's own. Idempotent:
 * saving the same version twice leaves one record and keeps the first `createdAt`, so a content
 * script may retry after the service worker restarts and the outbox may replay.
 */
export async function saveAnnotation(db: CouncilLensDb, req: { annotation: Annotation; article: ArticleSubmission }, now: Date): Promise<Annotation | null> {
  const tables = [db.annotations, db.articles, db.officials, db.mentions, db.tombstones];
  return db.transaction('rw', tables, async () => {
    const { annotation } = req;
    const [tombstone] = (await tombstonesOf(db, 'annotations', [annotation.id])).values();
    if (buriedBy(tombstone, annotation.updatedAt)) return null;
    const previous = await db.annotations.get(annotation.id);
    if (previous && isNewer(previous.updatedAt, annotation.updatedAt)) return previous;
    const article = await db.articles.get(annotation.articleId);
    if (!article) await rememberArticle(db, { ...req.article, id: annotation.articleId, auto: false }, now);
    else if (article.auto) await db.articles.update(article.id, { auto: false, updatedAt: now.toISOString() });
    const stored: Annotation = {
      ...annotation,
      tags: cleanTags(annotation.tags),
      createdAt: previous?.createdAt ?? annotation.createdAt,
    };
    await db.annotations.put(stored);
    if (tombstone) await unbury(db, 'annotations', [annotation.id]);
    return stored;
  });
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}

/** The reader's changes to a note from the popup (`private`: kept out of team sync). */
export type AnnotationChanges = Partial<Pick<Annotation, 'note' | 'tags' | 'color' | 'private'>>;

/**
 * Changes a note's text, tags or colour (the popup's editor), stamping it newer than any version
 * stored. Throws when the note no longer exists (deleted meanwhile, on the page or in another
 * window): the reader's text is still in the editor and the message says why it was not saved.
 */
export async function updateAnnotation(db: CouncilLensDb, id: string, changes: AnnotationChanges, now: Date): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const previous = await db.annotations.get(id);
    if (!previous) throw new Error('This note was deleted meanwhile, so the change was not saved.');
    const stored: Annotation = {
      ...previous,
      ...changes,
      tags: cleanTags(changes.tags ?? previous.tags),
      updatedAt: stampAfter(previous.updatedAt, now),
    };
    await db.annotations.put(stored);
    return stored;
  });
}

/** `now`, or a millisecond after `previous` when the clock is behind it: a change must be newer. */
function stampAfter(previous: string, now: Date): string {
  const after = Date.parse(previous) + 1;
  return new Date(Number.isNaN(after) ? now.getTime() : Math.max(now.getTime(), after)).toISOString();
}

/** What a delete removed: the note and its links, so an undo can put both back. */
export interface DeletedNote {
  annotation: Annotation;
  links: LinkRecord[];
}

/**
 * Deletes an annotation and the links that start or end on it, and leaves tombstones so that an
 * older copy (a save still queued in the outbox, an old backup) cannot bring them back. A missing
 * note is buried too: its save may still be on its way. Returns what was removed, or null.
 */
export async function deleteAnnotation(db: CouncilLensDb, id: string, now: Date): Promise<DeletedNote | null> {
  return db.transaction('rw', [db.annotations, db.links, db.tombstones], async () => {
    const annotation = await db.annotations.get(id);
    const links = await linksOfNote(db, id);
    await db.annotations.delete(id);
    await db.links.bulkDelete(links.map((l) => l.id));
    const deletedAt = laterOf(now.toISOString(), annotation?.updatedAt);
    await bury(db, 'annotations', [id], deletedAt);
    await bury(
      db,
      'links',
      links.map((l) => l.id),
      deletedAt,
    );
    return annotation ? { annotation, links } : null;
  });
}

/** Links with an end on the note `id` (the id indexes do not know the end's type: filter it). */
async function linksOfNote(db: CouncilLensDb, id: string): Promise<LinkRecord[]> {
  const [from, to] = await Promise.all([db.links.where('from.id').equals(id).toArray(), db.links.where('to.id').equals(id).toArray()]);
  const all = new Map<string, LinkRecord>();
  for (const l of [...from, ...to]) {
    if ((l.from.type === 'annotation' && l.from.id === id) || (l.to.type === 'annotation' && l.to.id === id)) all.set(l.id, l);
  }
  return [...all.values()];
}

/**
 * Undoes a delete: puts the note back with its links, stamped `now` so the restored versions are
 * newer than their tombstones everywhere (a sync must not delete them again). A link whose other
 * note has been deleted since is not restored (it would point at nothing).
 */
export async function restoreAnnotation(db: CouncilLensDb, deleted: DeletedNote, now: Date): Promise<Annotation> {
  return db.transaction('rw', [db.annotations, db.links, db.tombstones], async () => {
    const [tombstone] = (await tombstonesOf(db, 'annotations', [deleted.annotation.id])).values();
    const newest = laterOf(deleted.annotation.updatedAt, tombstone?.deletedAt);
    const annotation: Annotation = { ...deleted.annotation, updatedAt: stampAfter(newest, now) };
    await db.annotations.put(annotation);
    await unbury(db, 'annotations', [annotation.id]);
    const otherNotes = deleted.links.flatMap((l) => [l.from, l.to]).filter((e) => e.type === 'annotation' && e.id !== annotation.id);
    const present = new Set((await db.annotations.bulkGet(otherNotes.map((e) => e.id))).filter((a) => !!a).map((a) => a!.id));
    const links = deleted.links
      .filter((l) => [l.from, l.to].every((e) => e.type === 'article' || e.id === annotation.id || present.has(e.id)))
      .map((l) => ({ ...l, updatedAt: annotation.updatedAt }));
    await db.links.bulkPut(links);
    await unbury(
      db,
      'links',
      links.map((l) => l.id),
    );
    return annotation;
  });
}

/**
 * Records the result of placing an article's annotations on a visit: `orphaned` ones get
 * `orphanedAt` (kept from an earlier visit if already set), `placed` ones lose it. Ids of other
 * articles' annotations are ignored.
 */
export async function setOrphans(db: CouncilLensDb, req: { articleId: string; orphaned: string[]; placed: string[] }, now: Date): Promise<void> {
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
