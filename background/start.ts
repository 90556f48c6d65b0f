/**
 * Everything the background does at start, in one place so the entrypoint stays a single call.
 * Listeners are added synchronously: a message or menu click that wakes the service worker is
 * delivered only to listeners registered in its first turn.
 */
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import type { CouncilLensDb } from '@/storage/db';
import { getSettings } from '@/storage/settings';
import { drainOutbox } from '@/messaging/outbox';
import { createHandlers } from './handlers';
import { registerHandlers } from './register-handlers';
import { syncContentScripts } from './content-scripts';
import { createContextMenus, listenForTabActions } from './context-menus';

/** Starts the background over `db`: message handlers, menus, shortcuts and content-script sync. */
export function startBackground(db: CouncilLensDb): void {
  const handlers = createHandlers(db);
  // Notes the content script put in the outbox but could not hand over (worker stopped, page left).
  const drain = () => drainOutbox(browser.storage.local, (entry) => handlers.saveAnnotation(entry)).catch(() => 0);
  registerHandlers({
    ...handlers,
    getPageContext: async (req) => {
      await drain();
      return handlers.getPageContext(req);
    },
  });
  void drain();
  listenForTabActions();
  browser.runtime.onInstalled.addListener(() => void createContextMenus());

  // Re-register whenever the site list changes, whichever page (options, popup) changed it:
  // Dexie propagates writes from other extension pages to this live query.
  let lastSites = '';
  const resync = (sites: string[]) =>
    syncContentScripts(sites).catch((e: unknown) => console.warn('Council Lens could not register its content script:', e));
  liveQuery(() => getSettings(db)).subscribe({
    next: (settings) => {
      const key = JSON.stringify(settings.sites);
      if (key === lastSites) return;
      lastSites = key;
      void resync(settings.sites);
    },
    error: (e: unknown) => console.warn('Council Lens could not read its settings:', e),
  });
  // A site the reader just granted access to can now be registered.
  browser.permissions.onAdded.addListener(() => void getSettings(db).then((s) => resync(s.sites)));
  browser.permissions.onRemoved.addListener(() => void getSettings(db).then((s) => resync(s.sites)));
}
