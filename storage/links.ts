/** Links the reader makes between annotations and articles ("follow-up", "contradicts"). */
import type { LinkEnd, LinkRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { bury, laterOf, unbury } from './tombstones';

/**
 * A link's id is derived from its ends so that retrying `addLink` (after a service-worker restart)
 * or linking the same pair twice updates one record instead of duplicating it.
 */
export function linkId(from: LinkEnd, to: LinkEnd): string {
  return `${from.type}:${from.id}>${to.type}:${to.id}`;
}

/**
 * Adds (or re-notes) a link. Each end's article id is looked up — an annotation end contributes
 * its annotation's article — and stored in `articleIds` (which articles a link concerns, for exports).
 * Throws when an annotation end does not exist.
 */
export async function addLink(db: CouncilLensDb, req: { from: LinkEnd; to: LinkEnd; note: string }, now: Date): Promise<LinkRecord> {
  return db.transaction('rw', [db.links, db.annotations, db.tombstones], async () => {
    const articleOf = async (end: LinkEnd): Promise<string> => {
      if (end.type === 'article') return end.id;
      const annotation = await db.annotations.get(end.id);
      if (!annotation) throw new Error(`Cannot link: the annotation ${end.id} no longer exists.`);
      return annotation.articleId;
    };
    const id = linkId(req.from, req.to);
    const previous = await db.links.get(id);
    const articleIds = [...new Set([await articleOf(req.from), await articleOf(req.to)])];
    const record: LinkRecord = {
      id,
      from: req.from,
      to: req.to,
      note: req.note.trim(),
      articleIds,
      createdAt: previous?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await db.links.put(record);
    await unbury(db, 'links', [id]);
    return record;
  });
}

/** Removes a link by id, leaving a tombstone (an older copy must not bring it back). */
export async function removeLink(db: CouncilLensDb, id: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.links, db.tombstones], async () => {
    const previous = await db.links.get(id);
    await db.links.delete(id);
    await bury(db, 'links', [id], laterOf(now.toISOString(), previous?.updatedAt));
  });
}
