/**
 * The background's answers to the message protocol, as plain async functions over a database so
 * tests call them directly. They trust their input: `boundary.ts` validates every message and its
 * sender before a handler runs. Every write is idempotent (same ids give the same records), so a
 * content script can simply resend a message that was lost when the service worker stopped.
 */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { BackgroundProtocol } from '@/messaging/protocol';
import type { CouncilLensDb } from '@/storage/db';
import { rememberArticle } from '@/storage/articles';
import { deleteAnnotation, saveAnnotation, setOrphans } from '@/storage/annotations';
import { pageContext } from '@/storage/page-context';
import { describeStorageError, isReopenable } from '@/storage/errors';
import { openPage } from './open-page';
import { readPageHere, type PageReader } from './page-reader';
import type { SyncControl } from './sync-service';

/** One async function per protocol message, taking the message data. */
export type BackgroundHandlers = {
  [K in keyof BackgroundProtocol]: (data: GetDataType<BackgroundProtocol[K]>) => Promise<GetReturnType<BackgroundProtocol[K]>>;
};

/**
 * Runs a storage operation; if the database was closed under it (the browser upgrading or
 * evicting it), reopens once and retries. Failures become an Error whose message a reader can act
 * on, which @webext-core/messaging carries back to the sender.
 */
export async function guarded<T>(db: CouncilLensDb, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (first) {
    if (isReopenable(first)) {
      try {
        if (!db.isOpen()) await db.open();
        return await op();
      } catch (second) {
        throw new Error(describeStorageError(second), { cause: second });
      }
    }
    throw new Error(describeStorageError(first), { cause: first });
  }
}

/** Team sync where none runs (tests of the other handlers). */
const NO_SYNC: SyncControl = {
  status: () => Promise.reject(new Error('Team sync is not available here.')),
  connect: () => Promise.reject(new Error('Team sync is not available here.')),
  disconnect: () => Promise.reject(new Error('Team sync is not available here.')),
};

/**
 * Builds the handlers over `db`; `clock` supplies "now" for timestamps; `sync` is team sync;
 * `readPage` turns a page's HTML into its article (here, or in Chrome's offscreen document).
 */
export function createHandlers(
  db: CouncilLensDb,
  clock: () => Date = () => new Date(),
  sync: SyncControl = NO_SYNC,
  readPage: PageReader = readPageHere,
): BackgroundHandlers {
  return {
    openPage: (req) => openPage(db, (op) => guarded(db, op), readPage, clock, req),
    getPageContext: (req) => guarded(db, () => pageContext(db, req)),
    rememberArticle: (article) => guarded(db, () => rememberArticle(db, article, clock())),
    saveAnnotation: (req) => guarded(db, () => saveAnnotation(db, req, clock())),
    deleteAnnotation: (id) => guarded(db, async () => void (await deleteAnnotation(db, id, clock()))),
    setOrphans: (req) => guarded(db, () => setOrphans(db, req, clock())),
    syncStatus: () => sync.status(),
    syncConnect: (req) => sync.connect(req),
    syncDisconnect: () => sync.disconnect(),
  };
}
