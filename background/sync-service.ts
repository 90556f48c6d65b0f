/**
 * Team sync in the background service worker: one session while the reader has connected, started
 * again whenever the worker starts (a stopped MV3 worker loses its socket; the stored document and
 * the local tables lose nothing). Chrome 116+ keeps a worker alive while its WebSocket exchanges
 * messages, and the provider's awareness heartbeat (every 15 s) keeps the connection busy; an alarm
 * every minute wakes a worker that was stopped anyway (offline, server down) so it reconnects.
 * Nothing is sent anywhere until the reader presses Connect in the options page.
 */
import { liveQuery, type Subscription } from 'dexie';
import { checkSyncUrl } from '@/server/shared/transport';
import { readSyncToken } from '@/sync/sync-token';
import type { CouncilLensDb, SyncConfig } from '@/storage/db';
import { getSyncConfig, updateSyncConfig } from '@/storage/sync-config';
import { clearShadows } from '@/storage/sync-log';
import { startSession, type SyncSession, type SyncStatus } from '@/sync/session';

/** What the options page asks of team sync (through messages). */
export interface SyncControl {
  status(): Promise<SyncStatus>;
  connect(req: { url: string; token: string; name: string }): Promise<SyncStatus>;
  disconnect(): Promise<SyncStatus>;
}

/** The background's team sync: `resume()` at worker start, the control for the options page. */
export interface SyncService extends SyncControl {
  /** Starts the session when the reader had connected (worker start, alarm); no-op otherwise. */
  resume(): Promise<void>;
}

const offStatus = (config: SyncConfig | null): SyncStatus => {
  const claims = config ? readSyncToken(config.token) : null;
  return {
    state: config?.refusal ? 'refused' : 'off',
    team: claims?.team ?? null,
    user: claims?.user ?? null,
    changesWaiting: 0,
    lastSyncedAt: config?.lastSyncedAt ?? null,
    refusal: config?.refusal ?? null,
  };
};

/** Creates the service over `db` (`clock` for tests). */
export function createSyncService(db: CouncilLensDb, clock: () => Date = () => new Date()): SyncService {
  let session: SyncSession | null = null;
  let starting: Promise<void> | null = null;
  let watch: Subscription | null = null;
  let lastSaved = { at: '', refusal: null as string | null };

  const remember = (status: SyncStatus) => {
    // Keep what the options page shows after a worker restart, without a write per heartbeat.
    const at = status.lastSyncedAt;
    const refusalChanged = status.refusal !== lastSaved.refusal;
    const syncedLater = at !== null && (lastSaved.at === '' || Date.parse(at) - Date.parse(lastSaved.at) >= 10_000);
    if (!refusalChanged && !syncedLater) return;
    lastSaved = { at: at ?? lastSaved.at, refusal: status.refusal };
    void updateSyncConfig(db, { lastSyncedAt: status.lastSyncedAt, refusal: status.refusal, ...(status.refusal ? { enabled: false } : {}) });
  };

  const stop = async () => {
    watch?.unsubscribe();
    watch = null;
    const s = session;
    session = null;
    await s?.stop();
  };

  const start = async (config: SyncConfig) => {
    await stop();
    const s = await startSession({ db, url: config.url, token: config.token, name: config.name, lastSyncedAt: config.lastSyncedAt, clock, onStatus: remember });
    session = s;
    // Every write to the shared tables (from any extension page) wakes this query: push them.
    watch = liveQuery(() =>
      Promise.all([
        db.annotations.orderBy('updatedAt').last(),
        db.links.orderBy('updatedAt').last(),
        db.watchlist.orderBy('updatedAt').last(),
        db.tombstones.orderBy('deletedAt').last(),
      ]),
    ).subscribe({ next: () => void s.localChanged(), error: (e: unknown) => console.warn('Council Lens sync could not watch changes:', e) });
  };

  const resume = async () => {
    if (session || starting) return starting ?? undefined;
    const config = await getSyncConfig(db);
    if (!config?.enabled || !config.token) return;
    starting = start(config).finally(() => (starting = null));
    return starting;
  };

  const status = async (): Promise<SyncStatus> =>
    session ? { ...session.status(), changesWaiting: await session.changesWaiting() } : offStatus(await getSyncConfig(db));

  return {
    resume,
    status,
    connect: async (req) => {
      const url = checkSyncUrl(req.url);
      if (!url.ok) throw new Error(url.reason);
      const claims = readSyncToken(req.token);
      if (!claims) throw new Error('This is not a Council Lens sync token: paste the whole token your team admin gave you.');
      await stop();
      const previous = await getSyncConfig(db);
      const previousTeam = previous ? readSyncToken(previous.token)?.team : undefined;
      // Another team: what was agreed with the old one says nothing about the new one's document.
      if (previousTeam && previousTeam !== claims.team) await clearShadows(db);
      const config = await updateSyncConfig(db, {
        url: url.url,
        token: req.token.trim(),
        name: req.name.trim(),
        enabled: true,
        refusal: null,
        lastSyncedAt: previousTeam === claims.team ? (previous?.lastSyncedAt ?? null) : null,
      });
      lastSaved = { at: '', refusal: null };
      await start(config);
      return status();
    },
    disconnect: async () => {
      await stop();
      await updateSyncConfig(db, { enabled: false });
      return status();
    },
  };
}
