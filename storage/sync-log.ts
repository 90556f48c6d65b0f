/**
 * This profile's copy of a team document, kept as a log of Yjs updates in our own database (so it
 * survives the worker stopping, the browser restarting and days offline). Every change is appended
 * as it happens; when the log grows long it is replaced by one merged update in one transaction.
 */
import type { CouncilLensDb } from './db';

/** Above this many rows the log is compacted into one. */
export const COMPACT_AFTER = 200;

/** Every stored update of `doc`, oldest first. */
export async function loadDocUpdates(db: CouncilLensDb, doc: string): Promise<Uint8Array[]> {
  const rows = await db.syncUpdates.where('doc').equals(doc).sortBy('seq');
  return rows.map((r) => r.update);
}

/** Appends updates of `doc`; returns how many rows the document's log now has. */
export async function appendDocUpdates(db: CouncilLensDb, doc: string, updates: readonly Uint8Array[]): Promise<number> {
  return db.transaction('rw', db.syncUpdates, async () => {
    if (updates.length > 0) await db.syncUpdates.bulkAdd(updates.map((update) => ({ doc, update })));
    return db.syncUpdates.where('doc').equals(doc).count();
  });
}

/**
 * Replaces the log of `doc` by `state` (the whole document encoded as one update), keeping rows
 * appended after `state` was taken: only rows with `seq <= upTo` are removed.
 */
export async function compactDocUpdates(db: CouncilLensDb, doc: string, state: Uint8Array, upTo: number): Promise<void> {
  await db.transaction('rw', db.syncUpdates, async () => {
    await db.syncUpdates
      .where('doc')
      .equals(doc)
      .and((r) => (r.seq ?? 0) <= upTo)
      .delete();
    await db.syncUpdates.add({ doc, update: state });
  });
}

/** The highest sequence number stored for `doc` (0 when none). */
export async function lastDocSeq(db: CouncilLensDb, doc: string): Promise<number> {
  const keys = await db.syncUpdates.where('doc').equals(doc).primaryKeys();
  return keys.reduce<number>((max, k) => Math.max(max, Number(k ?? 0)), 0);
}

/** Forgets which version of each record was last agreed with a team (the reader changed team). */
export async function clearShadows(db: CouncilLensDb): Promise<void> {
  await db.syncShadows.clear();
}

/** Forgets every stored team document (the reader disconnected and chose to forget the team). */
export async function clearDocUpdates(db: CouncilLensDb): Promise<void> {
  await db.transaction('rw', db.syncUpdates, db.syncShadows, async () => {
    await db.syncUpdates.clear();
    await db.syncShadows.clear();
  });
}
