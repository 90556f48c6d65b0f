/** The document size limit, on its own server with a small limit. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REFUSAL } from '../shared/refusals';
import { teamMaps } from '../shared/team-document';
import { connect, tokenFor, type TestClient } from './helpers/clients';
import { startServer, tempDataDir, type ServerProcess } from './helpers/processes';

const MAX_DOCUMENT = 16 * 1024;
let dataDir: string;
let server: ServerProcess;
const clients: TestClient[] = [];

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startServer(dataDir, ['--max-document-bytes', String(MAX_DOCUMENT)]);
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('document size limit', () => {
  it('refuses the change that would pass the limit and keeps everything before it', async () => {
    const token = await tokenFor(dataDir, 'wexcombe', 'wyn');
    const writer = connect(server.url, { team: 'wexcombe', token });
    clients.push(writer);
    await writer.flushed();
    // 2 KB notes, one per acknowledged change, until the server refuses one.
    let accepted = 0;
    while (writer.events.closed.length === 0) {
      const id = `n${accepted}`;
      writer.doc.transact(() => {
        const note = new Y.Map<unknown>();
        teamMaps(writer.doc).notes.set(id, note);
        note.set('text', new Y.Text(`${id} `.padEnd(2048, '.')));
      });
      await writer.until(() => writer.events.closed.length > 0 || (writer.provider.isSynced && !writer.provider.hasUnsyncedChanges));
      if (writer.events.closed.length === 0) accepted++;
    }
    expect(writer.events.closed[0]).toMatch(new RegExp(`^${REFUSAL.documentTooLarge}`));
    expect(accepted).toBeGreaterThan(2);
    expect(accepted).toBeLessThan(MAX_DOCUMENT / 2048);
    await server.waitForLog((l) => l.event === 'refused' && l.reason === REFUSAL.documentTooLarge && l.user === 'wyn');

    const fresh = connect(server.url, { team: 'wexcombe', token });
    clients.push(fresh);
    await fresh.until(() => teamMaps(fresh.doc).notes.size === accepted);
    await fresh.flushed();
    expect(teamMaps(fresh.doc).notes.has(`n${accepted}`)).toBe(false);
    expect(Y.encodeStateAsUpdate(fresh.doc).byteLength).toBeLessThanOrEqual(MAX_DOCUMENT);
  });
});
