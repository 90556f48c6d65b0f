/** Helpers for database tests: a fresh database per test and a canonical dump of every table. */
import { openDb, type CouncilLensDb } from '@/storage/db';
import type { ExportData } from '@/core/export/types';

let n = 0;
/** A new, empty database with a unique name. */
export function freshDb(): CouncilLensDb {
  n++;
  return openDb(`import-test-${Date.now()}-${n}`);
}

/** Writes `data` straight into the tables (not through the importer under test). */
export async function seed(db: CouncilLensDb, data: ExportData): Promise<void> {
  await db.articles.bulkPut(data.articles);
  await db.officials.bulkPut(data.officials);
  await db.mentions.bulkPut(data.mentions);
  await db.annotations.bulkPut(data.annotations);
  await db.links.bulkPut(data.links);
  await db.watchlist.bulkPut(data.watchlist);
  if (data.settings) await db.settings.put({ key: 'settings', value: data.settings });
}

/** Every table, rows sorted by key, for comparing databases. */
export async function dump(db: CouncilLensDb): Promise<Record<string, unknown[]>> {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: byId(await db.articles.toArray()),
    officials: byId(await db.officials.toArray()),
    mentions: byId(await db.mentions.toArray()),
    annotations: byId(await db.annotations.toArray()),
    links: byId(await db.links.toArray()),
    watchlist: byId(await db.watchlist.toArray()),
    settings: await db.settings.toArray(),
  };
}
