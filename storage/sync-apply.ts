/**
 * Writing what came from the team document into the local tables, and reading what changed
 * locally for the sync bridge. The same rule as every other write decides conflicts: the newer
 * `updatedAt` wins, a tombstone as new as a version buries it (storage/tombstones.ts). Local-only
 * fields (`orphanedAt`, `private`) are kept from the stored record.
 */
import type { Annotation } from '@/core/model/annotation';
import type { LinkRecord, WatchlistRecord } from '@/core/model/records';
import type { CouncilLensDb, SyncShadow, Tombstone, TombstoneTable } from './db';
import { bury, buriedBy, isNewer, tombstonesOf, unbury } from './tombstones';

/** The local tables the team document mirrors. */
export type SharedTable = 'annotations' | 'links' | 'watchlist';

/** A record of one of the shared tables. */
export type SharedRecord<T extends SharedTable> = T extends 'annotations' ? Annotation : T extends 'links' ? LinkRecord : WatchlistRecord;

function tableOf<T extends SharedTable>(db: CouncilLensDb, table: T) {
  return db.table<SharedRecord<T>, string>(table);
}

/**
 * Stores versions that came from the team document, each unless a tombstone as new buries it or
 * the stored version is strictly newer (an equal one is replaced: a merged note text keeps its
 * time). Returns the ids stored.
 */
export async function applySharedRecords<T extends SharedTable>(db: CouncilLensDb, table: T, records: readonly SharedRecord<T>[]): Promise<string[]> {
  if (records.length === 0) return [];
  const store = tableOf(db, table);
  return db.transaction('rw', store, db.tombstones, async () => {
    const ids = records.map((r) => r.id);
    const [previous, tombs] = await Promise.all([store.bulkGet(ids), tombstonesOf(db, table, ids)]);
    const kept: SharedRecord<T>[] = [];
    records.forEach((record, i) => {
      const before = previous[i];
      if (buriedBy(tombs.get(record.id), record.updatedAt)) return;
      if (before && isNewer(before.updatedAt, record.updatedAt)) return;
      if (before && (before as Annotation).private) return; // the reader took it back: not the team's
      kept.push(table === 'annotations' ? (keepLocalFields(record as Annotation, before as Annotation | undefined) as SharedRecord<T>) : record);
    });
    await store.bulkPut(kept);
    const revived = kept.filter((r) => tombs.has(r.id)).map((r) => r.id);
    await unbury(db, table, revived);
    return kept.map((r) => r.id);
  });
}

function keepLocalFields(incoming: Annotation, before: Annotation | undefined): Annotation {
  const out: Annotation = { ...incoming };
  delete out.private;
  if (before?.orphanedAt) out.orphanedAt = before.orphanedAt;
  return out;
}

/**
 * Applies deletions from the team document: each record is removed when its stored version is not
 * newer than the deletion, and the tombstone is kept either way (a queued copy must stay deleted).
 * A private note is never removed by a team deletion (it was never the team's).
 */
export async function applySharedDeletions(db: CouncilLensDb, table: SharedTable, deletions: readonly { id: string; deletedAt: string }[]): Promise<void> {
  if (deletions.length === 0) return;
  const store = tableOf(db, table);
  await db.transaction('rw', store, db.tombstones, async () => {
    const ids = deletions.map((d) => d.id);
    const [previous, tombs] = await Promise.all([store.bulkGet(ids), tombstonesOf(db, table, ids)]);
    const remove: string[] = [];
    const buryNow: { id: string; deletedAt: string }[] = [];
    deletions.forEach((d, i) => {
      const before = previous[i];
      if (before && ((before as Annotation).private || isNewer(before.updatedAt, d.deletedAt))) return;
      if (before) remove.push(d.id);
      const tomb = tombs.get(d.id);
      if (!tomb || isNewer(d.deletedAt, tomb.deletedAt)) buryNow.push(d);
    });
    for (const d of buryNow) await bury(db, table, [d.id], d.deletedAt);
    await store.bulkDelete(remove);
  });
}

/** Stored records of `table` by id (missing ids left out). */
export async function sharedRecords<T extends SharedTable>(db: CouncilLensDb, table: T, ids: readonly string[]): Promise<Map<string, SharedRecord<T>>> {
  const found = await tableOf(db, table).bulkGet([...ids]);
  return new Map(found.filter((r): r is SharedRecord<T> => !!r).map((r) => [r.id, r]));
}

/** Ids of every record of `table` (for a full reconciliation). */
export async function allSharedIds(db: CouncilLensDb, table: SharedTable): Promise<string[]> {
  return (await tableOf(db, table).toCollection().primaryKeys()) as string[];
}

/** Ids of records of `table` changed at or after `since` (ISO), by the `updatedAt` index. */
export async function changedSince(db: CouncilLensDb, table: SharedTable, since: string): Promise<string[]> {
  return (await tableOf(db, table).where('updatedAt').aboveOrEqual(since).primaryKeys()) as string[];
}

/** Tombstones of `table` written at or after `since`. */
export async function deletedSince(db: CouncilLensDb, table: TombstoneTable, since: string): Promise<Tombstone[]> {
  return db.tombstones
    .where('deletedAt')
    .aboveOrEqual(since)
    .and((t) => t.table === table)
    .toArray();
}

/** The tombstones of `ids` in `table`, by record id. */
export { tombstonesOf };

/** Shadows by id (`${collection}:${recordId}`). */
export async function getShadows(db: CouncilLensDb, ids: readonly string[]): Promise<Map<string, SyncShadow>> {
  const found = await db.syncShadows.bulkGet([...ids]);
  return new Map(found.filter((s): s is SyncShadow => !!s).map((s) => [s.id, s]));
}

/** Records and forgets shadows in one transaction. */
export async function writeShadows(db: CouncilLensDb, put: readonly SyncShadow[], remove: readonly string[]): Promise<void> {
  if (put.length === 0 && remove.length === 0) return;
  await db.transaction('rw', db.syncShadows, async () => {
    await db.syncShadows.bulkPut([...put]);
    await db.syncShadows.bulkDelete([...remove]);
  });
}

/** Every shadow id (records shared at some time). */
export async function allShadowIds(db: CouncilLensDb): Promise<string[]> {
  return (await db.syncShadows.toCollection().primaryKeys()) as string[];
}
