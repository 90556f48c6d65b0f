/** The reader's watchlist of officials (typed in or imported from a council CSV). */
import type { WatchlistRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { bury, laterOf, unbury } from './tombstones';

/** A watchlist entry as entered or imported, before timestamps. */
export type WatchlistInput = Omit<WatchlistRecord, 'createdAt' | 'updatedAt'>;

/** The watchlist, alphabetically by name. */
export async function listWatchlist(db: CouncilLensDb): Promise<WatchlistRecord[]> {
  return db.watchlist.orderBy('name').toArray();
}

function stamp(input: WatchlistInput, previous: WatchlistRecord | undefined, now: Date): WatchlistRecord {
  return {
    ...input,
    name: input.name.trim(),
    aliases: [...new Set(input.aliases.map((a) => a.trim()).filter((a) => a.length > 0))],
    createdAt: previous?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** Adds an entry (or replaces the one with the same id, keeping its `createdAt`). */
export async function addWatchlistEntry(db: CouncilLensDb, input: WatchlistInput, now: Date): Promise<WatchlistRecord> {
  return db.transaction('rw', db.watchlist, db.tombstones, async () => {
    const record = stamp(input, await db.watchlist.get(input.id), now);
    await db.watchlist.put(record);
    await unbury(db, 'watchlist', [record.id]);
    return record;
  });
}

/** Changes some fields of an entry; returns the updated entry, or null when it does not exist. */
export async function updateWatchlistEntry(
  db: CouncilLensDb,
  id: string,
  changes: Partial<Omit<WatchlistInput, 'id'>>,
  now: Date,
): Promise<WatchlistRecord | null> {
  return db.transaction('rw', db.watchlist, async () => {
    const previous = await db.watchlist.get(id);
    if (!previous) return null;
    const record = stamp({ ...previous, ...changes, id }, previous, now);
    await db.watchlist.put(record);
    return record;
  });
}

/**
 * Removes an entry, leaving a tombstone so a team's older copy does not bring it back. Officials
 * already matched to it keep their id and records (their articles and mentions stay valid); they
 * simply stop being matched in new articles.
 */
export async function removeWatchlistEntry(db: CouncilLensDb, id: string, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.watchlist, db.tombstones, async () => {
    const previous = await db.watchlist.get(id);
    await db.watchlist.delete(id);
    await bury(db, 'watchlist', [id], laterOf(now.toISOString(), previous?.updatedAt));
  });
}

/**
 * Imports many entries at once (a CSV import), in one transaction: entries with an existing id
 * are replaced (keeping `createdAt`), others added. Returns how many were added and updated.
 */
export async function bulkPutWatchlist(db: CouncilLensDb, inputs: WatchlistInput[], now: Date): Promise<{ added: number; updated: number }> {
  // A file listing the same id twice keeps its last row, as a sequence of puts would.
  const unique = [...new Map(inputs.map((i) => [i.id, i])).values()];
  return db.transaction('rw', db.watchlist, db.tombstones, async () => {
    const previous = await db.watchlist.bulkGet(unique.map((i) => i.id));
    const records = unique.map((input, i) => stamp(input, previous[i], now));
    await db.watchlist.bulkPut(records);
    await unbury(
      db,
      'watchlist',
      records.map((r) => r.id),
    );
    const updated = previous.filter((p) => p !== undefined).length;
    return { added: records.length - updated, updated };
  });
}
