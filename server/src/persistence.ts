/**
 * Persistence in SQLite (better-sqlite3), plugged into Hocuspocus through
 * `@hocuspocus/extension-database`.
 *
 * Two tables: `documents` holds each document's compacted state; `updates` is an append-only log
 * of every change a client sent since the last compaction, written as soon as it is applied, so a
 * crash between Hocuspocus' debounced stores loses nothing. A store catches the live document up
 * with anything in the database it lacks (another instance sharing the folder may have logged it),
 * writes the document's state and drops the log rows it covers, in one transaction. WAL mode lets
 * several server processes on one host share the data folder.
 */
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Database } from '@hocuspocus/extension-database';
import type { Extension, afterLoadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Logger } from './log';

export const DATABASE_FILE = 'sync.sqlite';

/** Transaction origin of changes this module applies, so they are not logged twice. */
const ORIGIN = 'council-lens-sqlite';

/** The SQLite store. Synchronous, like better-sqlite3. */
export class SqliteStore {
  readonly db: Sqlite.Database;
  private readonly stmts;

  constructor(dataDir: string) {
    this.db = new Sqlite(path.join(dataDir, DATABASE_FILE));
    // Wait for locks first: several instances may open the same folder at once.
    this.db.pragma('busy_timeout = 5000');
    enableWriteAheadLog(this.db);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);
    `);
    this.stmts = {
      snapshot: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
      log: this.db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM updates WHERE name = ? ORDER BY id'),
      append: this.db.prepare<[string, Buffer]>('INSERT INTO updates (name, data) VALUES (?, ?)'),
      save: this.db.prepare<[string, Buffer, string]>(
        'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      ),
      drop: this.db.prepare<[string, number]>('DELETE FROM updates WHERE name = ? AND id <= ?'),
      logged: this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM updates WHERE name = ?'),
    };
  }

  /** Everything stored for a document as updates (snapshot first), in the order written. */
  private stored(name: string): { updates: Uint8Array[]; lastId: number } {
    const snap = this.stmts.snapshot.get(name);
    const rows = this.stmts.log.all(name);
    const updates = [...(snap ? [snap.state] : []), ...rows.map((r) => r.data)].map((b) => new Uint8Array(b));
    return { updates, lastId: rows.at(-1)?.id ?? 0 };
  }

  /** The document's stored state as one update, or null when it was never stored. */
  fetch(name: string): Uint8Array | null {
    const { updates } = this.stored(name);
    return updates.length === 0 ? null : Y.mergeUpdates(updates);
  }

  /** How many changes are logged for a document since its last compaction. */
  loggedChanges(name: string): number {
    return this.stmts.logged.get(name)!.n;
  }

  /** Logs one applied change. */
  append(name: string, update: Uint8Array): void {
    this.stmts.append.run(name, Buffer.from(update));
  }

  /** Catches `doc` up with the database, then stores its state and drops the log. Returns bytes written. */
  compact(name: string, doc: Y.Doc, now = new Date()): number {
    return this.db
      .transaction(() => {
        const { updates, lastId } = this.stored(name);
        const live = Y.snapshot(doc);
        const missing = updates.filter((u) => !Y.snapshotContainsUpdate(live, u));
        if (missing.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(missing), ORIGIN);
        const state = Buffer.from(Y.encodeStateAsUpdate(doc));
        this.stmts.save.run(name, state, now.toISOString());
        this.stmts.drop.run(name, lastId);
        return state.byteLength;
      })
      .immediate();
  }

  close(): void {
    this.db.close();
  }
}

/** The Hocuspocus extensions that load, log and store documents in `store`. */
export function sqlitePersistence(store: SqliteStore, log: Logger): Extension[] {
  const database = new Database({
    fetch: async ({ documentName }) => store.fetch(documentName),
    store: async ({ documentName, document }) => {
      const bytes = store.compact(documentName, document);
      log({ event: 'stored', document: documentName, bytes });
    },
  });
  const changeLog: Extension = {
    extensionName: 'SqliteChangeLog',
    async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload) {
      // A log left by a crash is compacted as soon as the document is loaded again.
      if (store.loggedChanges(documentName) > 0) {
        log({ event: 'stored', document: documentName, bytes: store.compact(documentName, document) });
      }
      // Log each client change inside its Yjs transaction: that runs before Hocuspocus tells the
      // client the change was applied, so an acknowledged change is always on disk. Changes from
      // other instances (Redis, string origin) were logged by the instance that received them;
      // loads and catch-ups (no or string origin) are already stored.
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== null && typeof origin === 'object') store.append(documentName, update);
      });
    },
  };
  return [database, changeLog];
}

/**
 * Switches the database to write-ahead logging. The switch needs the file to itself and, unlike other
 * statements, can fail at once with "database is locked" while another instance is opening the same
 * folder (the busy timeout does not cover it), so it is retried for up to five seconds.
 */
function enableWriteAheadLog(db: Sqlite.Database): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 100) throw error;
      Atomics.wait(pause, 0, 0, 50);
    }
  }
}
