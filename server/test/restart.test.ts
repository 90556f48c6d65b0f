/**
 * Persistence: what the server acknowledged survives a restart, whether it was stopped (SIGTERM,
 * which compacts the log into the document's row) or killed (SIGKILL, where the change log holds it).
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { teamMaps } from '../shared/team-document';
import { DATABASE_FILE } from '../src/persistence';
import { connect, tokenFor, type TestClient } from './helpers/clients';
import { startServer, tempDataDir } from './helpers/processes';

let dataDir: string;
let token: string;
const clients: TestClient[] = [];

function rows(sql: string): number {
  // Not read-only: after a kill, reading the write-ahead log needs a connection that may recover it.
  const db = new Sqlite(path.join(dataDir, DATABASE_FILE));
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function addNotes(doc: Y.Doc, prefix: string, n: number): void {
  doc.transact(() => {
    for (let i = 0; i < n; i++) {
      const note = new Y.Map<unknown>();
      teamMaps(doc).notes.set(`${prefix}${i}`, note);
      note.set('text', new Y.Text(`${prefix} note ${i}`));
    }
  });
}

async function client(url: string): Promise<TestClient> {
  const c = connect(url, { team: 'fenwick', token });
  clients.push(c);
  await c.flushed();
  return c;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  token = await tokenFor(dataDir, 'fenwick', 'fay');
});

afterAll(() => {
  clients.forEach((c) => c.destroy());
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('persistence across restarts', () => {
  it('keeps every acknowledged change through a stop and a crash', async () => {
    const first = await startServer(dataDir);
    const a = await client(first.url);
    addNotes(a.doc, 'before-stop-', 20);
    const text = teamMaps(a.doc).notes.get('before-stop-3')!.get('text') as Y.Text;
    text.insert(0, 'edited: ');
    await a.flushed();
    // Clients go before their server, so none reconnects to a later server that reuses the port.
    a.destroy();
    expect(await first.stop('SIGTERM')).toBe(0);
    // A clean stop compacted the change log into the document's row.
    expect(rows("SELECT count(*) AS n FROM documents WHERE name = 'team/fenwick'")).toBe(1);
    expect(rows('SELECT count(*) AS n FROM updates')).toBe(0);

    // This instance never compacts on its own (an hour's store delay), so a kill finds the log unstored.
    const second = await startServer(dataDir, ['--store-delay-ms', '3600000']);
    const b = await client(second.url);
    await b.until(() => teamMaps(b.doc).notes.size === 20);
    expect((teamMaps(b.doc).notes.get('before-stop-3')!.get('text') as Y.Text).toString()).toBe('edited: before-stop- note 3');
    addNotes(b.doc, 'before-crash-', 5);
    await b.flushed();
    // Killed with the client still connected: a disconnect would have stored the document.
    await second.stop('SIGKILL');
    b.destroy();
    // Killed before any store: the changes are in the log.
    expect(rows('SELECT count(*) AS n FROM updates'), second.stdout()).toBeGreaterThan(0);

    const third = await startServer(dataDir);
    const c = await client(third.url);
    await c.until(() => teamMaps(c.doc).notes.size === 25);
    expect([...teamMaps(c.doc).notes.keys()].sort()).toEqual(
      [...Array.from({ length: 20 }, (_, i) => `before-stop-${i}`), ...Array.from({ length: 5 }, (_, i) => `before-crash-${i}`)].sort(),
    );
    // Loading it again compacted the log the crash left.
    expect(rows('SELECT count(*) AS n FROM updates')).toBe(0);
    c.destroy();
    expect(await third.stop('SIGTERM')).toBe(0);
  });
});
