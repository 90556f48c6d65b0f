/**
 * Which notes were written, as Dexie reports each committed write transaction: in this page, in
 * another extension page or in the background worker (Dexie relays them between its contexts).
 * Cheaper than asking the database what changed: at 10,000 notes, reading every note's `updatedAt`
 * off its index walks a cursor for about a second in Chromium.
 */
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CouncilLensDb } from './db';

/** The ids of the notes written (saved or deleted), or 'all' when a range was (a clear, an import). */
export type NoteWrites = Set<string> | 'all';

/** Both sets of writes as one. */
export function mergeNoteWrites(a: NoteWrites | null, b: NoteWrites): NoteWrites {
  if (a === 'all' || b === 'all') return 'all';
  return a ? new Set([...a, ...b]) : new Set(b);
}

/** The notes a write transaction touched, from Dexie's mutated parts; null when it touched none. */
export function noteWritesIn(db: CouncilLensDb, parts: ObservabilitySet): NoteWrites | null {
  // The primary-key part of the table: single keys for puts and deletes, ranges for range deletes.
  const keys = parts[`idb://${db.name}/annotations/`];
  if (!keys) return null;
  // A tree of ranges; from another context it arrives structured-cloned, without RangeSet's
  // iterator, so it is walked here.
  const ids = new Set<string>();
  const stack: IntervalTree[] = [keys];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('from' in node)) continue; // the empty tree
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    ids.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return ids;
}

/** Calls `onWrite` after each committed transaction that wrote notes; returns the unsubscribe. */
export function watchNoteWrites(db: CouncilLensDb, onWrite: (writes: NoteWrites) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const writes = noteWritesIn(db, parts);
    if (writes) onWrite(writes);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
