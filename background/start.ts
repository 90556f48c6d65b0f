/**
 * Everything the background does at start, in one place so the entrypoint stays a single call.
 * Listeners are added synchronously: a message or menu click that wakes the service worker is
 * delivered only to listeners registered in its first turn.
 */
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import type { CouncilLensDb } from '@/storage/db';
import { watchConnection } from '@/storage/connection';
import { getSettings } from '@/storage/settings';
import { createBoundary } from './boundary';
import { createHandlers } from './handlers';
import { createPageReader } from './page-reader';
import { drainOutboxChecked } from './outbox-drain';
import { registerHandlers } from './register-handlers';
import { syncContentScripts } from './content-scripts';
import { createContextMenus, listenForTabActions } from './context-menus';
import { createSyncService } from './sync-service';

/** The alarm that wakes a stopped worker to reconnect team sync. */
const SYNC_ALARM = 'council-lens-sync';

/** Starts the background over `db`: message handlers, menus, shortcuts and content-script sync. */
export function startBackground(db: CouncilLensDb): void {
  const sync = createSyncService(db);
  const handlers = createHandlers(db, undefined, sync, createPageReader());
  const drain = () => drainOutboxChecked(db, handlers, browser.storage.local);
  const receive = createBoundary(db, handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  registerHandlers(async (name, data, sender) => {
    // A page asking for its notes gets any it saved while the worker was stopped.
    if (name === 'getPageContext' || name === 'openPage') await drain();
    return receive(name, data, sender);
  });
  void drain();
  // Team sync: reconnect at every worker start when the reader had connected; the alarm wakes a
  // worker stopped while offline. Both are no-ops until the reader presses Connect.
  const resumeSync = () => void sync.resume().catch((e: unknown) => console.warn('Council Lens sync could not start:', e));
  resumeSync();
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) resumeSync();
  });
  void browser.alarms?.create(SYNC_ALARM, { periodInMinutes: 1 });
  listenForTabActions();
  // The first pages after install or browser start may have loaded before the registration was
  // made (or restored before it applied): syncing it also gives open matching tabs the script, once.
  const reachOpenTabs = () =>
    void getSettings(db)
      .then((s) => syncContentScripts(s.sites))
      .catch((e: unknown) => console.warn('Council Lens could not reach open tabs:', e));
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenus();
    reachOpenTabs();
  });
  browser.runtime.onStartup.addListener(reachOpenTabs);

  // Re-register whenever the site list changes, whichever page (options, popup) changed it:
  // Dexie propagates writes from other extension pages to this live query.
  let lastSites = '';
  const resync = (sites: string[]) => syncContentScripts(sites).catch((e: unknown) => console.warn('Council Lens could not register its content script:', e));
  const followSettings = () =>
    liveQuery(() => getSettings(db)).subscribe({
      next: (settings) => {
        const key = JSON.stringify(settings.sites);
        if (key === lastSites) return;
        lastSites = key;
        void resync(settings.sites);
      },
      error: (e: unknown) => console.warn('Council Lens could not read its settings:', e),
    });
  let settingsWatch = followSettings();
  // Another connection upgrading or deleting the database closes this one: reopen, follow again.
  watchConnection(db, {
    onReopened: () => {
      settingsWatch.unsubscribe();
      settingsWatch = followSettings();
    },
    onOutdated: (e) => console.warn('Council Lens: the database is newer than this worker; it will be replaced.', e),
  });
  // A site the reader just granted access to can now be registered.
  browser.permissions.onAdded.addListener(() => void getSettings(db).then((s) => resync(s.sites)));
  browser.permissions.onRemoved.addListener(() => void getSettings(db).then((s) => resync(s.sites)));
}
