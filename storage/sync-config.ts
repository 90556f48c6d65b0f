/** The reader's team sync settings (server, token, name, on/off) and the last status seen. */
import type { CouncilLensDb, SyncConfig } from './db';

/** The sync settings, or null when the reader never set up team sync. */
export async function getSyncConfig(db: CouncilLensDb): Promise<SyncConfig | null> {
  const row = await db.meta.get('sync');
  return row?.key === 'sync' ? row.value : null;
}

/** Changes some sync settings (creating them from `defaults` the first time); returns them. */
export async function updateSyncConfig(db: CouncilLensDb, changes: Partial<SyncConfig>): Promise<SyncConfig> {
  return db.transaction('rw', db.meta, async () => {
    const previous = await getSyncConfig(db);
    const next: SyncConfig = { url: '', token: '', name: '', enabled: false, lastSyncedAt: null, refusal: null, ...previous, ...changes };
    await db.meta.put({ key: 'sync', value: next });
    return next;
  });
}
