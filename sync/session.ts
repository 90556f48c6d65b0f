/**
 * One connection of this profile to its team: the team document loaded from the database, the
 * bridge to the local tables, and a Hocuspocus provider to the server.
 * - Offline, the local tables are the record of what the reader did (nothing is queued elsewhere).
 * - Once the provider has synced (after every connect and reconnect), the bridge compares every
 *   record and writes local changes into the document in transactions of a few hundred records,
 *   so each update message stays well under the server's size limit however long the reader was
 *   offline; while connected, each local change is written as it happens.
 * - The provider reconnects by itself with back-off (1 s doubling to 60 s, jittered) after a network
 *   loss or a server restart; a refusal (bad token, size limit) stops it: retrying cannot help.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { teamDocumentName } from '@/server/shared/team-document';
import { refusalOf } from '@/server/shared/refusals';
import { readSyncToken } from '@/sync/sync-token';
import type { CouncilLensDb } from '@/storage/db';
import { createBridge, type SyncBridge } from './bridge';
import { openDocStore, type DocStore } from './doc-store';

/** What the options page shows. */
export interface SyncStatus {
  state: 'off' | 'connecting' | 'connected' | 'offline' | 'refused';
  team: string | null;
  user: string | null;
  /** Local changes the server has not confirmed yet. */
  changesWaiting: number;
  /** When the server last confirmed every change (ISO), or null. */
  lastSyncedAt: string | null;
  /** The server's refusal reason (`token-expired`…), or null. */
  refusal: string | null;
}

export interface SessionOptions {
  db: CouncilLensDb;
  url: string;
  token: string;
  /** The name teammates see (defaults to the token's user). */
  name?: string;
  /** When this profile last synced (the stored status), for "changes waiting" before connecting. */
  lastSyncedAt?: string | null;
  /** For Node (tests, benchmarks): the `ws` package's WebSocket. */
  WebSocketPolyfill?: unknown;
  clock?: () => Date;
  /** Called whenever the status changes. */
  onStatus?: (status: SyncStatus) => void;
}

export interface SyncSession {
  readonly doc: Y.Doc;
  readonly bridge: SyncBridge;
  status(): SyncStatus;
  /** Local tables changed: write the changes into the document (and so to the server) when online. */
  localChanged(): Promise<void>;
  /** Local changes the server has not confirmed (sent or not yet). */
  changesWaiting(): Promise<number>;
  /** Resolves once local changes are in the document and the server has confirmed them all. */
  settled(): Promise<void>;
  /** Disconnects and stops; the stored copy stays for next time. */
  stop(): Promise<void>;
}

/** Starts a session; throws when the token cannot be read. */
export async function startSession(opts: SessionOptions): Promise<SyncSession> {
  const claims = readSyncToken(opts.token);
  if (!claims) throw new Error('This is not a Council Lens sync token.');
  const clock = opts.clock ?? (() => new Date());
  const me = { userId: claims.user, name: opts.name?.trim() || claims.user };
  const docName = teamDocumentName(claims.team);
  const doc = new Y.Doc();
  const store: DocStore = await openDocStore(opts.db, doc, docName);
  const bridge = createBridge(opts.db, doc, me, clock, opts.lastSyncedAt ?? null, claims.role === 'reader');
  // True once the bridge has compared everything since the provider last synced.
  let ready = false;
  let reconciling: Promise<void> | null = null;
  const catchUp = () => {
    reconciling ??= bridge
      .reconcileAll()
      .then(() => {
        ready = true;
        changed();
      })
      .catch((e: unknown) => console.warn('Council Lens sync could not compare records:', e))
      .finally(() => (reconciling = null));
    return reconciling;
  };

  const status: SyncStatus = { state: 'connecting', team: claims.team, user: claims.user, changesWaiting: 0, lastSyncedAt: null, refusal: null };
  const listeners = new Set<() => void>();
  // The provider reports its status while it is still being constructed: `provider` may be unset.
  const ref: { provider?: HocuspocusProvider } = {};
  const changed = () => {
    const provider = ref.provider;
    status.changesWaiting = provider?.unsyncedChanges ?? 0;
    if (status.state === 'connected' && ready && provider?.isSynced && provider.unsyncedChanges === 0) status.lastSyncedAt = clock().toISOString();
    opts.onStatus?.({ ...status });
    listeners.forEach((l) => l());
  };
  const refuse = (reason: string) => {
    status.state = 'refused';
    status.refusal = reason;
    ref.provider?.disconnect();
    changed();
  };
  const live = new HocuspocusProvider({
    url: opts.url,
    name: docName,
    token: opts.token,
    document: doc,
    WebSocketPolyfill: opts.WebSocketPolyfill,
    maxDelay: 60_000,
    onAuthenticated: () => {
      ready = false;
      status.state = 'connected';
      status.refusal = null;
      changed();
    },
    onAuthenticationFailed: ({ reason }: { reason: string }) => refuse(reason),
    onClose: ({ event }: { event: { reason?: string } }) => {
      ready = false;
      if (event.reason && refusalOf(event.reason)) return refuse(event.reason);
      if (status.state !== 'refused') status.state = 'offline';
      changed();
    },
    onStatus: ({ status: s }: { status: string }) => {
      if (status.state === 'refused') return;
      if (s === 'connecting' && status.state !== 'offline') status.state = 'connecting';
      changed();
    },
    onSynced: ({ state }: { state: boolean }) => {
      if (state && status.state === 'connected' && !ready) void catchUp();
      changed();
    },
    onUnsyncedChanges: changed,
  } as unknown as ConstructorParameters<typeof HocuspocusProvider>[0]);
  ref.provider = live;

  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      const l = () => {
        if (check()) {
          listeners.delete(l);
          resolve();
        }
      };
      listeners.add(l);
      l();
    });

  return {
    doc,
    bridge,
    status: () => ({ ...status, changesWaiting: live.unsyncedChanges }),
    localChanged: async () => {
      if (ready) await bridge.localChanged();
    },
    changesWaiting: async () => live.unsyncedChanges + (ready ? 0 : await bridge.pendingLocal()),
    settled: async () => {
      await until(() => status.state === 'refused' || ready);
      if (status.state === 'refused') return;
      await bridge.localChanged();
      await bridge.idle();
      await store.flush();
      await until(() => status.state === 'refused' || (ready && live.isSynced && live.unsyncedChanges === 0));
      await bridge.idle();
    },
    stop: async () => {
      live.destroy();
      await bridge.idle();
      bridge.destroy();
      await store.flush();
      store.destroy();
      doc.destroy();
    },
  };
}
