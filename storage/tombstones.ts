/**
 * Tombstones: what was deleted, and when. One rule decides every conflict, wherever a record comes
 * from (a queued save, an import, later sync): the newer `updatedAt` wins, and a tombstone counts
 * as a version whose `updatedAt` is its `deletedAt`, winning ties. So a save queued before a delete
 * never brings the note back, while an edit made after it does.
 */
import type { CouncilLensDb, Tombstone, TombstoneTable } from './db';

/** The id of the tombstone of `recordId` in `table`. */
export function tombstoneId(table: TombstoneTable, recordId: string): string {
  return `${table}:${recordId}`;
}

/** True when a version stamped `updatedAt` is strictly newer than one stamped `than`. */
export function isNewer(updatedAt: string, than: string): boolean {
  return Date.parse(updatedAt) > Date.parse(than);
}

/** The later of two ISO times (a deletion must be later than the version it deletes). */
export function laterOf(a: string, b: string | undefined): string {
  return b !== undefined && isNewer(b, a) ? b : a;
}

/** Records deletions of `recordIds` at `deletedAt` (call inside a transaction over `tombstones`). */
export async function bury(db: CouncilLensDb, table: TombstoneTable, recordIds: readonly string[], deletedAt: string): Promise<void> {
  if (recordIds.length === 0) return;
  await db.tombstones.bulkPut(recordIds.map((recordId) => ({ id: tombstoneId(table, recordId), table, recordId, deletedAt })));
}

/** Forgets the deletions of `recordIds`: they were saved again by a newer version. */
export async function unbury(db: CouncilLensDb, table: TombstoneTable, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length === 0) return;
  await db.tombstones.bulkDelete(recordIds.map((id) => tombstoneId(table, id)));
}

/** The tombstones of `recordIds`, by record id (missing when not deleted). */
export async function tombstonesOf(db: CouncilLensDb, table: TombstoneTable, recordIds: readonly string[]): Promise<Map<string, Tombstone>> {
  const found = await db.tombstones.bulkGet(recordIds.map((id) => tombstoneId(table, id)));
  return new Map(found.filter((t): t is Tombstone => !!t).map((t) => [t.recordId, t]));
}

/** True when a version stamped `updatedAt` loses to the tombstone (if any). */
export function buriedBy(tombstone: Tombstone | undefined, updatedAt: string): boolean {
  return !!tombstone && !isNewer(updatedAt, tombstone.deletedAt);
}
