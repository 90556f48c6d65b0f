/**
 * Two server instances behind one Redis (Debian's redis-server, started here on a free loopback
 * port) sharing one data folder: clients connected to different instances converge, and refusals
 * hold on both.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import * as Y from 'yjs';
import { REFUSAL } from '../shared/refusals';
import { teamMaps } from '../shared/team-document';
import { connect, tokenFor, type TestClient } from './helpers/clients';
import { startRedis, startServer, tempDataDir, type ServerProcess } from './helpers/processes';

/** A short resync period, so a lost change arrives well within a wait. */
const REDIS_ARGS = () => ['--redis', redis.url, '--redis-resync-seconds', '1'];
let dataDir: string;
let redis: Awaited<ReturnType<typeof startRedis>>;
let one: ServerProcess;
let two: ServerProcess;
const clients: TestClient[] = [];

function client(server: ServerProcess, team: string, token: string): TestClient {
  const c = connect(server.url, { team, token });
  clients.push(c);
  return c;
}

const text = (doc: Y.Doc, id: string) => (teamMaps(doc).notes.get(id)?.get('text') as Y.Text | undefined)?.toString();

/** Runs a command on the test's Redis; resolves with its output. */
async function redisCli(...args: string[]): Promise<string> {
  return (await promisify(execFile)('redis-cli', ['-u', redis.url, ...args])).stdout.trim();
}

beforeAll(async () => {
  dataDir = tempDataDir();
  redis = await startRedis();
  [one, two] = await Promise.all([startServer(dataDir, REDIS_ARGS()), startServer(dataDir, REDIS_ARGS())]);
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await Promise.all([one?.stop(), two?.stop()]);
  await redis?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('two instances on one Redis', () => {
  it('converges clients connected to different instances', async () => {
    const a = client(one, 'kingsmoor', await tokenFor(dataDir, 'kingsmoor', 'ana'));
    const b = client(two, 'kingsmoor', await tokenFor(dataDir, 'kingsmoor', 'ben'));
    onTestFailed(async () => {
      const state = (c: TestClient) => ({ synced: c.provider.isSynced, unsynced: c.provider.unsyncedChanges, ...c.events, doc: c.doc.toJSON() });
      const subscribers = await redisCli('PUBSUB', 'NUMSUB', 'hocuspocus:team/kingsmoor').catch(String);
      console.log(JSON.stringify({ a: state(a), b: state(b), subscribers }), one.stdout(), one.stderr(), two.stdout(), two.stderr());
    });
    await Promise.all([a.flushed(), b.flushed()]);
    a.doc.transact(() => {
      const note = new Y.Map<unknown>();
      teamMaps(a.doc).notes.set('k1', note);
      note.set('text', new Y.Text('Casting vote at full council'));
    });
    b.doc.transact(() => {
      const entry = new Y.Map<unknown>();
      teamMaps(b.doc).watchlist.set('w1', entry);
      entry.set('name', 'Cllr Ida Marsh');
    });
    await a.until(() => teamMaps(a.doc).watchlist.get('w1')?.get('name') === 'Cllr Ida Marsh');
    await b.until(() => text(b.doc, 'k1') === 'Casting vote at full council');
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    // A subscription raced with the Redis client's hand-shake shows here (see resyncing-redis.ts).
    expect(one.stderr() + two.stderr()).not.toContain('[ioredis]');
    // The health answer says it runs with Redis.
    const health = (await (await fetch(`http://127.0.0.1:${two.port}/health`)).json()) as { redis: boolean };
    expect(health.redis).toBe(true);
  });

  it('heals a change whose Redis message was lost', async () => {
    const a = client(one, 'harbour', await tokenFor(dataDir, 'harbour', 'ana'));
    const b = client(two, 'harbour', await tokenFor(dataDir, 'harbour', 'ben'));
    await Promise.all([a.flushed(), b.flushed()]);
    // Redis drops every subscriber; both instances reconnect after a back-off, so instance one's
    // message about the note below reaches nobody. No later change comes to carry it along.
    expect(Number(await redisCli('CLIENT', 'KILL', 'TYPE', 'pubsub'))).toBeGreaterThanOrEqual(2);
    a.doc.transact(() => {
      const note = new Y.Map<unknown>();
      teamMaps(a.doc).notes.set('h1', note);
      note.set('text', new Y.Text('Harbour wall repairs deferred'));
    });
    await a.flushed();
    await b.until(() => text(b.doc, 'h1') === 'Harbour wall repairs deferred', 'the note to reach the other instance');
  });

  it('keeps teams apart and refuses bad tokens on either instance', async () => {
    const other = client(two, 'saltmarsh', await tokenFor(dataDir, 'saltmarsh', 'sam'));
    await other.flushed();
    expect(teamMaps(other.doc).notes.size).toBe(0);
    const forged = client(one, 'kingsmoor', (await tokenFor(dataDir, 'kingsmoor', 'ana')).slice(0, -4) + 'AAAA');
    await forged.until(() => forged.events.failed.length > 0);
    expect(forged.events.failed).toEqual([REFUSAL.tokenInvalid]);
  });
});
