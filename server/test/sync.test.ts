/**
 * One real server process: convergence, team isolation, token refusals, readers, size limits,
 * revocation, /health and the log.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REFUSAL } from '../shared/refusals';
import { teamMaps } from '../shared/team-document';
import { issueToken } from '../src/tokens';
import { connect, tokenFor, type TestClient } from './helpers/clients';
import { runScript, startServer, tempDataDir, type ServerProcess } from './helpers/processes';

const MAX_UPDATE = 64 * 1024;
let dataDir: string;
let server: ServerProcess;
const clients: TestClient[] = [];

function client(opts: Parameters<typeof connect>[1]): TestClient {
  const c = connect(server.url, opts);
  clients.push(c);
  return c;
}

/** Adds a note the way the extension will: a nested Y.Map with its text as Y.Text. */
function addNote(doc: Y.Doc, id: string, text: string): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    teamMaps(doc).notes.set(id, note);
    note.set('articleId', 'https://news.example/hartmoor-budget');
    note.set('color', 'yellow');
    note.set('tags', ['budget']);
    note.set('text', new Y.Text(text));
  });
}

function noteText(doc: Y.Doc, id: string): string | undefined {
  return (teamMaps(doc).notes.get(id)?.get('text') as Y.Text | undefined)?.toString();
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startServer(dataDir, ['--max-update-bytes', String(MAX_UPDATE)]);
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  expect(await server.stop()).toBe(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('sync server', () => {
  it('converges two members of one team, merging concurrent edits of a note text', async () => {
    const a = client({ team: 'harbour', token: await tokenFor(dataDir, 'harbour', 'ana') });
    const b = client({ team: 'harbour', token: await tokenFor(dataDir, 'harbour', 'ben') });
    await Promise.all([a.flushed(), b.flushed()]);
    addNote(a.doc, 'n1', 'Precept rises by four per cent');
    await b.until(() => noteText(b.doc, 'n1') === 'Precept rises by four per cent');
    // Both edit the same text at once: each sees the other's insertion.
    const ta = teamMaps(a.doc).notes.get('n1')!.get('text') as Y.Text;
    const tb = teamMaps(b.doc).notes.get('n1')!.get('text') as Y.Text;
    ta.insert(0, 'Ana: ');
    tb.insert(tb.length, ' (Ben checked)');
    const both = (t: string | undefined) => t?.startsWith('Ana: ') === true && t.endsWith(' (Ben checked)');
    await Promise.all([a.until(() => both(noteText(a.doc, 'n1'))), b.until(() => both(noteText(b.doc, 'n1')))]);
    expect(noteText(a.doc, 'n1')).toBe(noteText(b.doc, 'n1'));
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it("gives another team's token nothing of the first team", async () => {
    const a = client({ team: 'quarry', token: await tokenFor(dataDir, 'quarry', 'ana') });
    await a.flushed();
    addNote(a.doc, 'q1', 'Quarry team only');
    await a.flushed();
    const other = client({ team: 'orchard', token: await tokenFor(dataDir, 'orchard', 'olu') });
    await other.flushed();
    expect(teamMaps(other.doc).notes.size).toBe(0);
    // Asking for the first team's document with the second team's token is refused outright.
    const sneaky = client({ team: 'quarry', token: await tokenFor(dataDir, 'orchard', 'olu') });
    await sneaky.until(() => sneaky.events.failed.length > 0);
    expect(sneaky.events.failed).toEqual([REFUSAL.wrongTeam]);
    expect(teamMaps(sneaky.doc).notes.size).toBe(0);
  });

  it('refuses missing, forged, expired and malformed tokens and odd document names', async () => {
    const good = await tokenFor(dataDir, 'harbour', 'ana');
    const [head, body] = good.split('.');
    const forgedSecret = new TextEncoder().encode('x'.repeat(32));
    const cases: [string, string | null, string, string?][] = [
      ['missing', null, REFUSAL.tokenMissing],
      ['forged signature', await issueToken(forgedSecret, { team: 'harbour', user: 'ana', role: 'member', days: 1 }), REFUSAL.tokenInvalid],
      ['tampered claims', `${head}.${body}x.${good.split('.')[2]}`, REFUSAL.tokenInvalid],
      ['expired', await tokenFor(dataDir, 'harbour', 'ana', 'member', Date.now() - 3 * 86_400_000), REFUSAL.tokenExpired],
      ['not a JWT', 'hello', REFUSAL.tokenInvalid],
      ['document outside team/', good, REFUSAL.wrongTeam, 'harbour'],
    ];
    for (const [label, token, reason, name] of cases) {
      const c = client({ team: 'harbour', name, token });
      await c.until(() => c.events.failed.length > 0);
      expect(c.events.failed, label).toEqual([reason]);
      expect(c.events.authenticated, label).toBe(false);
    }
    await server.waitForLog((l) => l.event === 'refused' && l.reason === REFUSAL.tokenExpired);
  });

  it('lets a reader read but never write', async () => {
    const writer = client({ team: 'mill', token: await tokenFor(dataDir, 'mill', 'mo') });
    await writer.flushed();
    addNote(writer.doc, 'm1', 'From the writer');
    await writer.flushed();
    const reader = client({ team: 'mill', token: await tokenFor(dataDir, 'mill', 'rae', 'reader') });
    await reader.until(() => noteText(reader.doc, 'm1') === 'From the writer');
    addNote(reader.doc, 'm2', 'From the reader');
    // The server answers a reader's change with "not applied" (sync status false)...
    await reader.until(() => reader.provider.isSynced);
    // ...and a later writer change still reaches the reader, while the reader's note reaches nobody.
    addNote(writer.doc, 'm3', 'Second from the writer');
    await reader.until(() => noteText(reader.doc, 'm3') !== undefined);
    await writer.flushed();
    const fresh = client({ team: 'mill', token: await tokenFor(dataDir, 'mill', 'mo') });
    await fresh.until(() => noteText(fresh.doc, 'm3') !== undefined);
    expect(noteText(fresh.doc, 'm2')).toBeUndefined();
    expect(noteText(writer.doc, 'm2')).toBeUndefined();
  });

  it('refuses an oversized update with a clear reason and applies none of it', async () => {
    const big = client({ team: 'dock', token: await tokenFor(dataDir, 'dock', 'dee') });
    const watcher = client({ team: 'dock', token: await tokenFor(dataDir, 'dock', 'wes') });
    await Promise.all([big.flushed(), watcher.flushed()]);
    addNote(big.doc, 'huge', 'x'.repeat(MAX_UPDATE + 1000));
    await big.until(() => big.events.closed.some((r) => r.startsWith(REFUSAL.updateTooLarge)));
    await server.waitForLog((l) => l.event === 'refused' && l.reason === REFUSAL.updateTooLarge && l.user === 'dee');
    // A small change after it still goes through for others, and the big note never arrives.
    addNote(watcher.doc, 'small', 'fine');
    await watcher.flushed();
    const fresh = client({ team: 'dock', token: await tokenFor(dataDir, 'dock', 'wes') });
    await fresh.until(() => noteText(fresh.doc, 'small') === 'fine');
    expect(teamMaps(fresh.doc).notes.has('huge')).toBe(false);
  });

  it('refuses revoked users without a restart, closing their live connections, and accepts new tokens', async () => {
    const old = await tokenFor(dataDir, 'harbour', 'rhys');
    const live = client({ team: 'harbour', token: old });
    await live.flushed();
    const revoke = await runScript('server:revoke', ['--data', dataDir, '--user', 'rhys']);
    expect(revoke.code).toBe(0);
    await live.until(() => live.events.closed.includes(REFUSAL.tokenRevoked));
    const again = client({ team: 'harbour', token: old });
    await again.until(() => again.events.failed.length > 0);
    expect(again.events.failed).toEqual([REFUSAL.tokenRevoked]);
    // A token made after the revocation (by the CLI, as an admin would) works.
    const made = await runScript('server:token', ['--data', dataDir, '--team', 'harbour', '--user', 'rhys']);
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const fresh = client({ team: 'harbour', token: made.stdout.trim() });
    await fresh.flushed();
    expect(fresh.events.authenticated).toBe(true);
    // Another user of the team was not affected.
    const other = client({ team: 'harbour', token: await tokenFor(dataDir, 'harbour', 'ana') });
    await other.flushed();
  });

  it('answers /health and logs connections and refusals without note text', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.status).toBe('ok');
    expect(body.documents).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${server.port}/team/harbour`)).status).toBe(404);
    expect(server.logs().some((l) => l.event === 'connected' && l.team === 'harbour' && l.user === 'ana')).toBe(true);
    expect(server.logs().some((l) => l.event === 'refused' && l.reason === REFUSAL.tokenMissing)).toBe(true);
    expect(server.stdout()).not.toContain('Precept rises');
    expect(server.stdout()).not.toContain('Quarry team only');
    expect(server.stdout()).not.toContain('xxxxxxxx');
  });

  it('keeps the secret private to its owner', () => {
    expect(fs.statSync(`${dataDir}/token-secret`).mode & 0o777).toBe(0o600);
  });
});
