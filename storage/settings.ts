/** Reading and writing the reader's settings (one row under the key "settings"). */
import type { Settings } from '@/core/model/records';
import { mergeSettings } from '@/core/settings/defaults';
import type { CouncilLensDb } from './db';

/** The stored settings completed with defaults; the defaults when nothing has been saved yet. */
export async function getSettings(db: CouncilLensDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return mergeSettings(row?.value);
}

/**
 * Saves settings. `changes` may be partial; missing fields keep their stored (or default) value.
 * Returns the settings as stored.
 */
export async function putSettings(db: CouncilLensDb, changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    const next = mergeSettings({
      ...current,
      ...changes,
      categories: { ...current.categories, ...changes.categories },
      colors: { ...current.colors, ...changes.colors },
    });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
