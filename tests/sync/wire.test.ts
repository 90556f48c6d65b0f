/**
 * Sessions against a real sync server process on 127.0.0.1 (server/test/helpers): a note crosses
 * from one profile to another, changes made while the server is down arrive after it restarts, a
 * forged token is refused with its reason, and another team sees nothing. Waits are on events.
 */
import fs from 'node:fs';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, tempDataDir, type ServerProcess } from '@/server/test/helpers/processes';
import { tokenFor } from '@/server/test/helpers/clients';
import { saveAnnotation, updateAnnotation } from '@/storage/annotations';
import { startSession, type SyncSession } from '@/sync/session';
import { annotation, freshDb, submission } from '../storage/fixtures';

const A = 'https://gazette.example/harbour';
let dataDir: string;
let server: ServerProcess;
let port: number;
const sessions: SyncSession[] = [];
beforeAll(async () => {
  dataDir = tempDataDir();
  port = await freePort();
  server = await startServer(dataDir, ['--port', String(port), '--store-delay-ms', '50']);
});
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.stop()));
  await server?.stop('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function open(team: string, user: string, token?: string) {
  const db = freshDb();
  const session = await startSession({
    db,
    url: `ws://127.0.0.1:${port}`,
    token: token ?? (await tokenFor(dataDir, team, user)),
    WebSocketPolyfill: WebSocket,
    onStatus: (s) => process.env.DEBUG_SYNC && console.log(user, JSON.stringify(s)),
  });
  sessions.push(session);
  return { db, session };
}
const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
};

describe('sync over a real server', () => {
  it('a note reaches a teammate; an edit made while the server is down arrives after its restart', { timeout: 40_000 }, async () => {
    const ana = await open('harbour', 'ana');
    const ben = await open('harbour', 'ben');
    const now = new Date().toISOString();
    await saveAnnotation(ana.db, { annotation: annotation('w1', A, { note: 'first', createdAt: now, updatedAt: now }), article: submission(A) }, new Date());
    await ana.session.settled();
    await until(async () => (await ben.db.annotations.get('w1'))?.note === 'first');
    expect((await ben.db.annotations.get('w1'))?.authorId).toBe('ana');

    await server.stop('SIGTERM');
    await updateAnnotation(ana.db, 'w1', { note: 'first, then more' }, new Date());
    await ana.session.localChanged();
    expect(ana.session.status().state).not.toBe('connected');
    server = await startServer(dataDir, ['--port', String(port)]);
    await ana.session.settled();
    await until(async () => (await ben.db.annotations.get('w1'))?.note === 'first, then more');
  });

  it('another team’s token sees nothing, and a forged token is refused with its reason', async () => {
    const other = await open('quay', 'cara');
    await other.session.settled();
    expect(await other.db.annotations.count()).toBe(0);
    const real = await tokenFor(dataDir, 'harbour', 'mallory');
    const [head, body] = real.split('.');
    const forged = await open('harbour', 'mallory', `${head}.${body}.${'A'.repeat(43)}`);
    await forged.session.settled();
    expect(forged.session.status()).toMatchObject({ state: 'refused', refusal: 'token-invalid' });
    expect(await forged.db.annotations.count()).toBe(0);
  });
});
