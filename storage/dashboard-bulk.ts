/**
 * The dashboard's actions on many notes at once: add a tag, delete (keeping what an undo needs),
 * and undo. Each runs in one transaction, so a failure leaves every note as it was; each note
 * goes through the same single-note functions the popup uses (stamps, links, tombstones).
 */
import type { CouncilLensDb } from './db';
import { deleteAnnotation, restoreAnnotation, updateAnnotation, type DeletedNote } from './annotations';
import { foldText } from './text-search';

/** Adds `tag` to each note that lacks it (case ignored); returns how many notes changed. */
export async function tagAnnotations(db: CouncilLensDb, ids: readonly string[], tag: string, now: Date): Promise<number> {
  const clean = tag.trim();
  if (!clean) throw new Error('Type a tag to add.');
  const folded = foldText(clean);
  return db.transaction('rw', db.annotations, async () => {
    const notes = await db.annotations.bulkGet([...new Set(ids)]);
    let changed = 0;
    for (const a of notes) {
      if (!a || a.tags.some((t) => foldText(t) === folded)) continue;
      await updateAnnotation(db, a.id, { tags: [...a.tags, clean] }, now);
      changed += 1;
    }
    return changed;
  });
}

/** Deletes the notes and their links; returns what was removed, for {@link restoreAnnotations}. */
export async function deleteAnnotations(db: CouncilLensDb, ids: readonly string[], now: Date): Promise<DeletedNote[]> {
  return db.transaction('rw', [db.annotations, db.links, db.tombstones], async () => {
    const removed: DeletedNote[] = [];
    for (const id of new Set(ids)) {
      const gone = await deleteAnnotation(db, id, now);
      if (gone) removed.push(gone);
    }
    return removed;
  });
}

/** Puts deleted notes back with their links (an undo); links between two restored notes come back too. */
export async function restoreAnnotations(db: CouncilLensDb, deleted: readonly DeletedNote[], now: Date): Promise<number> {
  return db.transaction('rw', [db.annotations, db.links, db.tombstones], async () => {
    // Notes first, then once more for links whose other end came back after them.
    for (const d of deleted) await restoreAnnotation(db, { annotation: d.annotation, links: [] }, now);
    for (const d of deleted) if (d.links.length > 0) await restoreAnnotation(db, d, now);
    return deleted.length;
  });
}
