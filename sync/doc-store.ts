/**
 * Keeps a team Y.Doc in this profile's database (storage/sync-log.ts): loads what was stored, then
 * appends every change (local or from the server) as it happens, batched per tick, and compacts
 * the log into one update when it grows long. So work done offline, and what the server sent,
 * survive the worker being stopped and the browser restarting.
 */
import * as Y from 'yjs';
import type { CouncilLensDb } from '@/storage/db';
import { appendDocUpdates, COMPACT_AFTER, compactDocUpdates, lastDocSeq, loadDocUpdates } from '@/storage/sync-log';

/** The origin of updates applied from the stored copy. */
export const STORE_ORIGIN = 'council-lens-store';

export interface DocStore {
  /** Resolves when every change so far is written. */
  flush(): Promise<void>;
  destroy(): void;
}

/** Loads the stored copy of `name` into `doc` and starts storing its changes. */
export async function openDocStore(db: CouncilLensDb, doc: Y.Doc, name: string): Promise<DocStore> {
  const stored = await loadDocUpdates(db, name);
  if (stored.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored), STORE_ORIGIN);
  let queue: Uint8Array[] = [];
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    const batch = queue;
    queue = [];
    writing = writing
      .then(async () => {
        const rows = await appendDocUpdates(db, name, batch);
        if (rows > COMPACT_AFTER) {
          const upTo = await lastDocSeq(db, name);
          await compactDocUpdates(db, name, Y.encodeStateAsUpdate(doc), upTo);
        }
      })
      .catch((e: unknown) => console.warn('Council Lens could not store the team document:', e));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORE_ORIGIN) return;
    if (queue.length === 0) queueMicrotask(write);
    queue.push(update);
  };
  doc.on('update', onUpdate);
  return {
    flush: async () => {
      if (queue.length > 0) write();
      await writing;
    },
    destroy: () => doc.off('update', onUpdate),
  };
}
