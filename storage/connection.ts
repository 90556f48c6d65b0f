/**
 * Keeping a page's database connection alive across another connection's upgrade or delete. When
 * a newer version of the extension opens the database with a higher schema version, every open
 * connection gets `versionchange` and must close, or the upgrade waits (`blocked`). Dexie closes
 * on `versionchange`; this module then reopens at once, so the page can reload its data without
 * reloading itself (the reader's unsaved draft stays on screen). If the database is now newer than
 * this code understands, the page is told it is outdated instead.
 */
import { SCHEMA_VERSION, type CouncilLensDb } from './db';

/** What a page does when its connection changes. */
export interface ConnectionEvents {
  /** The connection was closed for another's upgrade (or delete) and is open again: reload data. */
  onReopened?: () => void;
  /** This connection's own upgrade waits for other pages still holding the old version open. */
  onBlocked?: () => void;
  /** The database is now newer than this code (the extension was updated): the page must reload. */
  onOutdated?: (error: unknown) => void;
}

/**
 * Watches `db` for `versionchange` and `blocked`. Returns a function that stops watching. The
 * reopen is scheduled after Dexie's own handler has closed the connection, so the other side's
 * upgrade runs first and this open waits for it.
 */
export function watchConnection(db: CouncilLensDb, events: ConnectionEvents): () => void {
  let stopped = false;
  const reopen = async () => {
    if (stopped) return;
    try {
      if (!db.isOpen()) await db.open();
      if (stopped) return;
      // Dexie opens an older schema on a newer database when its tables still exist; the data
      // is readable, but this code does not know the newer rules, so the page should reload.
      if (db.backendDB().version / 10 > SCHEMA_VERSION) events.onOutdated?.(new Error('The database is newer than this page.'));
      else events.onReopened?.();
    } catch (error) {
      if (!stopped) events.onOutdated?.(error);
    }
  };
  const onVersionChange = () => {
    // Dexie's default listener (registered first) has closed the connection already.
    if (db.isOpen()) db.close({ disableAutoOpen: false });
    setTimeout(() => void reopen(), 0);
  };
  const onBlocked = () => events.onBlocked?.();
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    stopped = true;
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

/** A sentence for the reader when the database was upgraded by a newer version of the extension. */
export const OUTDATED_MESSAGE = 'Council Lens was updated in another window. Copy any text you have not saved, then close and reopen this page.';

/** A sentence for the reader while an upgrade waits for other Council Lens pages to close. */
export const BLOCKED_MESSAGE = 'Council Lens is updating its data and waits for its other open pages (popup, options) to close.';
