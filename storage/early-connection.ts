/**
 * Opening the database before an extension page's main script has loaded. A page spends its first
 * 100 ms or so fetching, compiling and running its scripts (Dexie alone is 98 KB of them), and only
 * then would Dexie ask IndexedDB to open: a round trip to the browser process of 25–50 ms that
 * needs none of that code. So a tiny script listed first in the page's HTML starts the open
 * ({@link startEarlyOpen}), and the page's Dexie instance takes the connection over
 * ({@link adoptingFactory}) instead of opening a second one after its first render.
 *
 * The early script is a bundle of its own (it must not wait for the page's modules), so it carries
 * its own copy of this module: the open is handed over through one property of the page's global
 * object rather than this module's state.
 *
 * The early open reads and writes nothing. It asks for exactly the version Dexie will ask for; if
 * the database is missing, older or newer than that, it steps aside (an upgrade is Dexie's work,
 * with its schema and upgrade functions) and Dexie opens as it always did. Until Dexie has it, the
 * connection also steps aside for another connection's upgrade.
 */
import { DB_NAME, NATIVE_SCHEMA_VERSION } from './schema-version';

/** The open started by {@link startEarlyOpen}, and what became of it. */
interface EarlyOpen {
  request: IDBOpenDBRequest;
  state: 'pending' | 'open' | 'failed';
  /** Dexie has taken it: from then on its own handlers deal with every event. */
  adopted: boolean;
}

/** Where the early script leaves its {@link EarlyOpen} for the page's main script. */
const HANDOVER = Symbol.for('council-lens.early-open');

const handover = globalThis as { [HANDOVER]?: EarlyOpen };

/**
 * Starts opening the extension's database, once per page, for {@link adoptingFactory} to hand to
 * Dexie. Call it from the first script the page runs; it never throws.
 */
export function startEarlyOpen(factory: IDBFactory | undefined = globalThis.indexedDB): void {
  if (handover[HANDOVER] || !factory) return;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(DB_NAME, NATIVE_SCHEMA_VERSION);
  } catch {
    return;
  }
  const open: EarlyOpen = { request, state: 'pending', adopted: false };
  handover[HANDOVER] = open;
  request.addEventListener('upgradeneeded', () => {
    // A new or older database: creating or upgrading it is for Dexie, which runs the schema and
    // the upgrade functions. Aborting leaves it exactly as it was (and fails this request).
    if (open.adopted) return;
    open.state = 'failed';
    request.transaction?.abort();
  });
  request.addEventListener('blocked', () => {
    // An upgrade waiting for other pages to close: Dexie's own open waits too, and the page says so.
    if (!open.adopted) open.state = 'failed';
  });
  request.addEventListener('success', () => {
    if (open.state === 'failed') return request.result.close();
    open.state = 'open';
    request.result.addEventListener('versionchange', () => {
      // Another connection upgrades or deletes the database: let it, unless Dexie (which has its
      // own handler for this) holds the connection already.
      if (open.adopted) return;
      open.state = 'failed';
      request.result.close();
    });
  });
  request.addEventListener('error', (event) => {
    open.state = 'failed';
    // Expected (a newer database, or the aborted upgrade above): Dexie's own open reports any real failure.
    if (!open.adopted) event.preventDefault();
  });
}

/** A request that has already succeeded, replayed to whoever sets its `onsuccess` (Dexie, once). */
function succeeded(request: IDBOpenDBRequest): IDBOpenDBRequest {
  const replay = {
    result: request.result,
    error: null,
    readyState: 'done',
    transaction: null,
    source: null,
    onerror: null,
    onblocked: null,
    onupgradeneeded: null,
    set onsuccess(handler: ((this: IDBOpenDBRequest, event: Event) => unknown) | null) {
      // As an IndexedDB event would, after the caller has finished setting its handlers.
      queueMicrotask(() => handler?.call(replay as unknown as IDBOpenDBRequest, new Event('success')));
    },
  };
  return replay as unknown as IDBOpenDBRequest;
}

/**
 * An IndexedDB factory for Dexie (`openDb(name, factory)`): its first open of the extension's
 * database at the current version returns the connection {@link startEarlyOpen} opened, still
 * pending or already open; every other call goes to `real`. Without an early open, or when it
 * stepped aside, it is `real` itself in effect.
 */
export function adoptingFactory(real: () => IDBFactory = () => globalThis.indexedDB): IDBFactory {
  return {
    open(name: string, version?: number): IDBOpenDBRequest {
      const open = handover[HANDOVER];
      if (open && !open.adopted && open.state !== 'failed' && name === DB_NAME && version === NATIVE_SCHEMA_VERSION) {
        open.adopted = true;
        return open.state === 'open' ? succeeded(open.request) : open.request;
      }
      return real().open(name, version);
    },
    deleteDatabase: (name: string) => real().deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real().cmp(a, b),
    databases: () => real().databases(),
  };
}
