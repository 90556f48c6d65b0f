/**
 * The extension's database as the popup and options page open it. Both pages run in the
 * extension's own origin, so they share the background's IndexedDB and see its writes live.
 * The connection is watched: when another connection upgrades or deletes the database, this one
 * closes and reopens, and the pages re-run their queries without remounting, so whatever the
 * reader is typing stays where it is.
 */
import { BLOCKED_MESSAGE, OUTDATED_MESSAGE, watchConnection } from '@/storage/connection';
import { openDb } from '@/storage/db';
import { adoptingFactory } from '@/storage/early-connection';

/**
 * One connection per page. A page whose HTML starts the open early (open-database.ts beside its
 * main script) hands that connection to Dexie; any other page opens as usual.
 */
export const db = openDb(undefined, adoptingFactory());
// Opened now, while the page's first render runs, rather than by its first query a frame or two
// later: every page that loads this module reads the database at once. A failure is not lost:
// each query reports it (Dexie keeps the open error and rejects with it).
db.open().catch(() => undefined);

/** How many times the connection was reopened (queries re-subscribe on change), and a notice. */
export interface ConnectionState {
  generation: number;
  notice: string | null;
}

let state: ConnectionState = { generation: 0, notice: null };
const listeners = new Set<(state: ConnectionState) => void>();
const set = (next: ConnectionState) => {
  state = next;
  listeners.forEach((l) => l(state));
};

watchConnection(db, {
  onReopened: () => set({ generation: state.generation + 1, notice: null }),
  onBlocked: () => set({ ...state, notice: BLOCKED_MESSAGE }),
  onOutdated: () => set({ ...state, notice: OUTDATED_MESSAGE }),
});

/** The current connection state. */
export function connectionState(): ConnectionState {
  return state;
}

/** Calls `listener` on every change of the connection state; returns the unsubscribe function. */
export function onConnectionChange(listener: (state: ConnectionState) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
