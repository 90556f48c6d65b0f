/**
 * Builds and starts the sync server: Hocuspocus with authentication, size limits, SQLite
 * persistence, `/health`, and Redis when several instances share documents.
 */
import { Server } from '@hocuspocus/server';
import { TeamAuth } from './auth';
import { healthEndpoint } from './health';
import { SizeLimits } from './limits';
import { jsonLogger, type Logger } from './log';
import type { SyncServerOptions } from './options';
import { SqliteStore, sqlitePersistence } from './persistence';
import { loadOrCreateSecret } from './secret';

/** A running server. */
export interface RunningSyncServer {
  port: number;
  host: string;
  /** Stores every loaded document, closes connections and the database. */
  stop(): Promise<void>;
}

/**
 * How long a stop waits for Hocuspocus to unload every document. Its `destroy()` resolves only
 * when the last document unloads, and a connection still being set up when the stop begins can
 * keep one loaded; every acknowledged change is already in the change log, so after this long
 * the server closes anyway rather than hanging its supervisor.
 */
const STOP_GRACE_MS = 10_000;

/** True if `work` settles within `ms`. */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([work.then(() => true), late]).finally(() => clearTimeout(timer));
}

/** Parses `redis://HOST:PORT` into the Redis extension's host and port. */
function redisAddress(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) };
}

/** Starts a server; resolves once it listens. */
export async function startSyncServer(options: SyncServerOptions, log: Logger = jsonLogger()): Promise<RunningSyncServer> {
  const secret = loadOrCreateSecret(options.dataDir);
  const store = new SqliteStore(options.dataDir);
  const auth = new TeamAuth(secret, options.dataDir, log, options.recheckSeconds);
  const extensions = [
    healthEndpoint({ redis: options.redisUrl !== null, startedAt: Date.now() }),
    auth,
    new SizeLimits(options.maxUpdateBytes, options.maxDocumentBytes, log),
    ...sqlitePersistence(store, log),
  ];
  if (options.redisUrl) {
    // Loaded only when asked for: ioredis is most of the start-up time of a single instance.
    const { ResyncingRedis } = await import('./resyncing-redis');
    extensions.push(new ResyncingRedis(redisAddress(options.redisUrl), options.redisResyncSeconds * 1000));
  }

  const server = new Server(
    {
      name: 'council-lens-sync',
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false,
      debounce: options.storeDelayMs,
      maxDebounce: Math.max(10_000, options.storeDelayMs * 5),
      extensions,
    },
    // A hard cap well above the limit, so a clearly oversized message is dropped by ws before it
    // is buffered whole; messages between the two limits get the clear `update-too-large` reason.
    { maxPayload: options.maxUpdateBytes * 4 },
  );
  await server.listen();
  const port = server.address.port;
  log({ event: 'listening', host: options.host, port, dataDir: options.dataDir, redis: options.redisUrl !== null });

  let stopping: Promise<void> | null = null;
  return {
    port,
    host: options.host,
    stop() {
      stopping ??= (async () => {
        log({ event: 'stopping' });
        if (!(await settlesWithin(server.destroy(), STOP_GRACE_MS))) {
          log({ event: 'stop-forced', documents: server.hocuspocus.getDocumentsCount() });
          await auth.onDestroy();
        }
        store.close();
      })();
      return stopping;
    },
  };
}
