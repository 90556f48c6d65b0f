/**
 * Devices for the bridge tests: each a database, a team Y.Doc and a bridge. `link()` joins two
 * documents the way the server would (every update of one applied to the other), `unlink()` puts
 * them offline; `exchange()` brings two offline documents up to date with each other at once.
 */
import * as Y from 'yjs';
import type { CouncilLensDb } from '@/storage/db';
import { createBridge, type SyncBridge } from '@/sync/bridge';
import type { SyncIdentity } from '@/sync/collections';
import { freshDb } from '../storage/fixtures';

export interface Device {
  db: CouncilLensDb;
  doc: Y.Doc;
  bridge: SyncBridge;
  me: SyncIdentity;
}

/** A fresh device of `userId`. */
export function device(userId: string, name = userId): Device {
  const db = freshDb();
  const doc = new Y.Doc();
  const me = { userId, name };
  // The bridge looks for changes since its last look (by its clock): the tests' records are from 2024.
  return { db, doc, me, bridge: createBridge(db, doc, me, () => new Date('2024-04-01T00:00:00.000Z')) };
}

/** Sends each document's missing updates to the other (one round of a sync protocol). */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA, 'remote');
  Y.applyUpdate(a, fromB, 'remote');
}

/** Pushes local changes of every device into its document, exchanges all, and waits for the bridges. */
export async function syncAll(devices: Device[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const d of devices) await d.bridge.localChanged();
    for (let i = 0; i < devices.length; i++) for (let j = i + 1; j < devices.length; j++) exchange(devices[i]!.doc, devices[j]!.doc);
    for (const d of devices) await d.bridge.idle();
  }
}
