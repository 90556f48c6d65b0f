/**
 * The server's options: command-line flags with defaults. Kept apart from start-up so tests can
 * build options without a command line.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';

/** Everything `startSyncServer` needs to know. */
export interface SyncServerOptions {
  host: string;
  /** 0 picks a free port (tests); the chosen one is logged and returned. */
  port: number;
  /** Folder for the SQLite database, the token secret and the revocation list. */
  dataDir: string;
  /** `redis://HOST:PORT` to share documents with other instances, or null for one instance. */
  redisUrl: string | null;
  /**
   * With Redis: how often each instance announces its documents' state to the others, so a change
   * whose message was lost still arrives (see resyncing-redis.ts), in seconds.
   */
  redisResyncSeconds: number;
  /** Largest single message a client may send, in bytes. */
  maxUpdateBytes: number;
  /** Largest team document (its encoded state), in bytes. */
  maxDocumentBytes: number;
  /** How often live connections are checked for expired or revoked tokens, in seconds. */
  recheckSeconds: number;
  /**
   * Quiet time before a changed document is compacted into its row (Hocuspocus' store debounce).
   * Every change is logged to SQLite at once anyway; this only bounds the log's length.
   */
  storeDelayMs: number;
}

export const DEFAULT_OPTIONS: SyncServerOptions = {
  host: '127.0.0.1',
  port: 8787,
  dataDir: 'sync-data',
  redisUrl: null,
  redisResyncSeconds: 5,
  maxUpdateBytes: 1024 * 1024,
  maxDocumentBytes: 50 * 1024 * 1024,
  recheckSeconds: 60,
  storeDelayMs: 2000,
};

/** Parses `npm run server -- ...` flags. Throws with a usage message on anything unknown. */
export function parseServerArgs(argv: string[], cwd = process.cwd()): SyncServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      redis: { type: 'string' },
      'redis-resync-seconds': { type: 'string' },
      'max-update-bytes': { type: 'string' },
      'max-document-bytes': { type: 'string' },
      'recheck-seconds': { type: 'string' },
      'store-delay-ms': { type: 'string' },
    },
    strict: true,
  });
  const int = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number >= ${min}, got ${raw}`);
    return n;
  };
  const redisUrl = values.redis ?? null;
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) throw new Error(`--redis must look like redis://HOST:PORT, got ${redisUrl}`);
  return {
    host: values.host ?? DEFAULT_OPTIONS.host,
    port: int('port', values.port, DEFAULT_OPTIONS.port, 0),
    dataDir: path.resolve(cwd, values.data ?? DEFAULT_OPTIONS.dataDir),
    redisUrl,
    redisResyncSeconds: int('redis-resync-seconds', values['redis-resync-seconds'], DEFAULT_OPTIONS.redisResyncSeconds, 1),
    maxUpdateBytes: int('max-update-bytes', values['max-update-bytes'], DEFAULT_OPTIONS.maxUpdateBytes, 1024),
    maxDocumentBytes: int('max-document-bytes', values['max-document-bytes'], DEFAULT_OPTIONS.maxDocumentBytes, 1024),
    recheckSeconds: int('recheck-seconds', values['recheck-seconds'], DEFAULT_OPTIONS.recheckSeconds, 1),
    storeDelayMs: int('store-delay-ms', values['store-delay-ms'], DEFAULT_OPTIONS.storeDelayMs, 0),
  };
}
