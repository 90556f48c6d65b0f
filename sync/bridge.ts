/**
 * The sync bridge: keeps the local tables and the team's Y.Doc in step, in both directions.
 * - Local changes (whoever wrote them: the page, the popup, the options page, an import) are found
 *   by the `updatedAt` and `deletedAt` indexes ("changed since" the last look) and written into the
 *   document; `reconcileAll` compares everything (at start and after each reconnect).
 * - Changes arriving in the document (from the server, or loaded from this profile's stored copy)
 *   are observed per record and written to the local tables through storage/sync-apply.ts.
 * All work runs one task at a time, so a record is never reconciled twice at once.
 */
import * as Y from 'yjs';
import { TEAM_DOC, teamMaps, type TeamCollection } from '@/server/shared/team-document';
import type { CouncilLensDb } from '@/storage/db';
import { allShadowIds, allSharedIds, changedSince, deletedSince } from '@/storage/sync-apply';
import { COLLECTIONS, type AnyCollection, type SyncIdentity } from './collections';
import { BRIDGE_ORIGIN, reconcile, type ReconcileResult } from './reconcile';

/** How far back a "changed since" look reaches before the previous one (clock steps, slow writes). */
const LOOK_BACK_MS = 60_000;

/**
 * Records per document transaction. Each transaction is one update message to the server, which
 * refuses messages over its limit (1 MB by default): 200 notes make about 100 kB.
 */
export const RECORDS_PER_UPDATE = 200;

export interface SyncBridge {
  /** Compares every record of every collection. */
  reconcileAll(): Promise<ReconcileResult>;
  /** Writes local changes made since the last look into the document. */
  localChanged(): Promise<ReconcileResult>;
  /** How many local records changed since the last look (not yet in the document). */
  pendingLocal(): Promise<number>;
  /** Resolves when no work is queued or running. */
  idle(): Promise<void>;
  /** Stops observing the document. */
  destroy(): void;
}

/** Starts a bridge between `db` and `doc` for the reader `me`; call `reconcileAll` once to begin. */
export function createBridge(
  db: CouncilLensDb,
  doc: Y.Doc,
  me: SyncIdentity,
  clock: () => Date = () => new Date(),
  lastSynced: string | null = null,
  /** A reader's token: nothing is written into the document. */
  readOnly = false,
): SyncBridge {
  let chain: Promise<unknown> = Promise.resolve();
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task);
    chain = next.catch((e: unknown) => console.warn('Council Lens sync:', e));
    return next;
  };
  let since: string | null = null;
  // When local changes were last all written into the document (for "changes waiting").
  let lastLook: string | null = lastSynced;
  const remote = new Map<TeamCollection, Set<string>>();
  let flushQueued = false;

  const sum = (results: ReconcileResult[]): ReconcileResult =>
    results.reduce((a, b) => ({ pushed: a.pushed + b.pushed, pulled: a.pulled + b.pulled }), { pushed: 0, pulled: 0 });

  const byCollection = async (pick: (spec: AnyCollection) => Promise<string[]>): Promise<ReconcileResult> => {
    const results: ReconcileResult[] = [];
    for (const spec of COLLECTIONS) {
      const ids = await pick(spec);
      for (let i = 0; i < ids.length; i += RECORDS_PER_UPDATE)
        results.push(await reconcile(db, doc, spec as never, ids.slice(i, i + RECORDS_PER_UPDATE), me, readOnly));
    }
    return sum(results);
  };

  const reconcileAll = () =>
    run(async () => {
      const started = clock();
      const maps = teamMaps(doc);
      const shadowIds = await allShadowIds(db);
      const result = await byCollection(async (spec) => {
        const prefix = `${spec.collection}:`;
        const ids = new Set(await allSharedIds(db, spec.table));
        for (const id of maps[spec.collection].keys()) ids.add(id);
        for (const key of maps.tombstones.keys()) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
        for (const key of shadowIds) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
        return [...ids];
      });
      since = new Date(started.getTime() - LOOK_BACK_MS).toISOString();
      lastLook = started.toISOString();
      return result;
    });

  const changedIds = async (spec: AnyCollection, from: string) => {
    const ids = new Set(await changedSince(db, spec.table, from));
    for (const t of await deletedSince(db, spec.table, from)) ids.add(t.recordId);
    return [...ids];
  };

  const localChanged = () =>
    run(async () => {
      const started = clock();
      const from = since ?? new Date(0).toISOString();
      const result = await byCollection((spec) => changedIds(spec, from));
      since = new Date(started.getTime() - LOOK_BACK_MS).toISOString();
      lastLook = started.toISOString();
      return result;
    });

  const flushRemote = () =>
    run(async () => {
      flushQueued = false;
      const pending = new Map(remote);
      remote.clear();
      return byCollection(async (spec) => [...(pending.get(spec.collection) ?? [])]);
    });

  const note = (collection: TeamCollection, id: string) => {
    let set = remote.get(collection);
    if (!set) remote.set(collection, (set = new Set()));
    set.add(id);
  };
  const observers = COLLECTIONS.map((spec) => {
    const map = teamMaps(doc)[spec.collection];
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tx: Y.Transaction) => {
      if (tx.origin === BRIDGE_ORIGIN) return;
      for (const event of events) {
        if (event.target === map) for (const key of event.keys.keys()) note(spec.collection, key);
        else if (typeof event.path[0] === 'string') note(spec.collection, event.path[0]);
      }
      if (!flushQueued) {
        flushQueued = true;
        void flushRemote();
      }
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  });
  const tombstones = teamMaps(doc).tombstones;
  const onTombstones = (event: Y.YMapEvent<string>, tx: Y.Transaction) => {
    if (tx.origin === BRIDGE_ORIGIN) return;
    for (const key of event.keys.keys()) {
      const [collection, ...rest] = key.split(':');
      if ((Object.values(TEAM_DOC) as string[]).includes(collection!)) note(collection as TeamCollection, rest.join(':'));
    }
    if (!flushQueued) {
      flushQueued = true;
      void flushRemote();
    }
  };
  tombstones.observe(onTombstones);

  return {
    reconcileAll,
    localChanged,
    pendingLocal: async () => {
      const from = lastLook ?? new Date(0).toISOString();
      let n = 0;
      for (const spec of COLLECTIONS) n += (await changedIds(spec, from)).length;
      return n;
    },
    idle: async () => {
      // Work queued while waiting (a flush scheduled by an observer) is waited for too.
      let seen: Promise<unknown> | null = null;
      while (seen !== chain) {
        seen = chain;
        await chain.catch(() => undefined);
      }
    },
    destroy: () => {
      observers.forEach((stop) => stop());
      tombstones.unobserve(onTombstones);
    },
  };
}
