/**
 * Team sync end to end (Chromium only): a real sync server on 127.0.0.1 started here, three
 * Chromium profiles with the built extension — two devices of one reader (ana) and a teammate
 * (ben) — connected from the options page. After a shared start, every profile disconnects and
 * makes a few hundred random, logged changes offline (through the background's own messages, as
 * the page does); the laptop's service worker is stopped; all reconnect while the server restarts.
 * Then: every profile agrees, and agrees with a copy rebuilt from the server; every logged insert
 * is there, every delete is not, every appended word survived the text merge; private notes stayed
 * on their profile; another team sees nothing; a forged token is refused; a note saved while the
 * worker was stopped arrives, and so does one saved just before the browser quit (after it restarts);
 * a watchlist CSV imported by the teammate reaches the reader's devices.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMaps } from '../../server/shared/team-document';
import { connect, tokenFor } from '../../server/test/helpers/clients';
import { freePort, startServer, tempDataDir, type ServerProcess } from '../../server/test/helpers/processes';
import { chromiumSelected } from './support/browsers';
import { chromiumWithExtension } from './support/launch-extension';
import { isolatedHome, type IsolatedHome } from './support/isolated-home';
import { E2E_EXTENSION_DIR } from './support/paths';
import { stopServiceWorker } from './support/stop-service-worker';

interface Device {
  label: string;
  user: string;
  home: IsolatedHome;
  ext: { context: BrowserContext; extensionId: string };
  options: Page;
}

/**
 * Starts Chromium with the extension on the profile in `home` (kept, so the browser can be
 * restarted on it) and opens the options page.
 */
async function launchProfile(home: IsolatedHome): Promise<{ ext: Device['ext']; options: Page }> {
  const context = await chromium.launchPersistentContext(join(home.dir, 'profile'), chromiumWithExtension(E2E_EXTENSION_DIR, home));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return { ext: { context, extensionId }, options };
}
interface StoredNote {
  id: string;
  note: string;
  private?: boolean;
  authorId?: string;
}
type Op = { kind: 'create'; id: string; note: string; private: boolean } | { kind: 'append'; id: string; word: string } | { kind: 'delete'; id: string };

const OPS_PER_DEVICE = 150;
const SEED = 10;

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A device's offline plan: creations, appended words and deletions of its own new notes. */
function plan(label: string, seedIds: string[], rand: () => number): Op[] {
  const ops: Op[] = [];
  const own: string[] = [];
  for (let k = 0; k < OPS_PER_DEVICE; k++) {
    const r = rand();
    if (r < 0.3 || own.length === 0) {
      const id = `${label}-${k}`;
      ops.push({ kind: 'create', id, note: `made on ${label} #${k}`, private: rand() < 0.1 });
      own.push(id);
    } else if (r < 0.8) {
      const pool = rand() < 0.5 ? seedIds : own;
      ops.push({ kind: 'append', id: pool[Math.floor(rand() * pool.length)]!, word: `${label}${k}` });
    } else {
      const id = own.splice(Math.floor(rand() * own.length), 1)[0]!;
      ops.push({ kind: 'delete', id });
    }
  }
  return ops;
}

/** Runs a plan inside the options page, through the background's messages. */
function runOps(page: Page, ops: Op[]): Promise<void> {
  return page.evaluate(async (ops) => {
    type Runtime = { sendMessage(m: unknown, cb: (reply: never) => void): void; lastError?: { message: string } };
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    // A reply that never comes fails the run with the message's name rather than hanging it.
    const send = (type: string, data: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${type} in 20 s`)), 20_000);
        runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() }, (reply: { res?: unknown; err?: { message: string } }) => {
          clearTimeout(timer);
          if (runtime.lastError) reject(new Error(runtime.lastError.message));
          else if (reply?.err) reject(new Error(reply.err.message));
          else resolve(reply?.res);
        });
      });
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('council-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = (id: string) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const get = database.transaction('annotations').objectStore('annotations').get(id);
        get.onsuccess = () => resolve(get.result as Record<string, unknown> | undefined);
        get.onerror = () => reject(get.error);
      });
    let last = 0;
    const stamp = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();
    const article = (id: string) => ({
      id,
      url: id,
      title: 'A story',
      siteName: 'Gazette',
      byline: null,
      publishedTime: null,
      textHash: 'e2e',
      officials: [],
      figures: [],
      auto: false,
    });
    for (const op of ops) {
      if (op.kind === 'create') {
        const at = stamp();
        const articleId = `https://gazette.example/story-${op.id.length % 5}`;
        const exact = `quoted words of ${op.id}`;
        const annotation = {
          id: op.id,
          articleId,
          url: articleId,
          target: {
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: 0, end: exact.length },
          },
          color: 'yellow',
          note: op.note,
          tags: [],
          createdAt: at,
          updatedAt: at,
          ...(op.private ? { private: true } : {}),
        };
        await send('saveAnnotation', { annotation, article: article(articleId) });
      } else if (op.kind === 'append') {
        const current = await read(op.id);
        if (!current) throw new Error(`no note ${op.id} to edit`);
        const { orphanedAt: _o, ...rest } = current;
        const annotation = { ...rest, note: `${String(current.note)} ${op.word}`, updatedAt: stamp() };
        await send('saveAnnotation', { annotation, article: article(String(current.articleId)) });
      } else {
        await send('deleteAnnotation', op.id);
      }
    }
    database.close();
  }, ops);
}

/** Every note stored in a profile. */
function readNotes(page: Page): Promise<StoredNote[]> {
  return page.evaluate(
    () =>
      new Promise<StoredNote[]>((resolve, reject) => {
        const open = indexedDB.open('council-lens');
        open.onsuccess = () => {
          const all = open.result.transaction('annotations').objectStore('annotations').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as StoredNote[]).map(({ id, note, private: p, authorId }) => ({ id, note, private: p, authorId })));
          };
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/**
 * Stops a profile's service worker. The options page is closed first: its status polling would
 * start the worker again at once (under the same DevTools target). Reopens it afterwards.
 */
async function stopWorker(d: Device): Promise<void> {
  await d.options.close();
  await stopServiceWorker(d.ext.context, d.ext.extensionId);
  d.options = await d.ext.context.newPage();
  await d.options.goto(`chrome-extension://${d.ext.extensionId}/options.html`);
}

/** The sorted `name` of every row of a store (the watchlist). */
function readNames(page: Page, store: string): Promise<string[]> {
  return page.evaluate(
    (store) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('council-lens');
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { name: string }[]).map((r) => r.name).sort());
          };
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

async function connectFromOptions(d: Device, url: string, token: string): Promise<void> {
  const page = d.options;
  await page.getByLabel('Server address').fill(url);
  await page.getByLabel('Token').fill(token);
  await page.getByLabel('Your name (shown on your notes)').fill(d.user === 'ana' ? 'Ana Pryce' : 'Ben Ito');
  await page.getByRole('button', { name: /^(Connect|Reconnect)$/ }).click();
  await page.locator('.sync-status dd[data-state]').waitFor();
}

async function until(check: () => Promise<boolean>, what: string, ms = 40_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Marks a step on stderr with the seconds since the test began, so a run that times out on a
 * slow machine says where it was.
 */
function stepper(): (what: string) => void {
  const start = Date.now();
  return (what) => console.error(`[sync e2e +${((Date.now() - start) / 1000).toFixed(1)} s] ${what}`);
}

const shared = (notes: StoredNote[]) =>
  notes
    .filter((n) => !n.private)
    .map((n) => `${n.id}=${n.note}`)
    .sort();

describe.skipIf(!chromiumSelected())('team sync between three Chromium profiles', () => {
  let dataDir: string;
  let port: number;
  let server: ServerProcess;
  let url: string;
  const devices: Device[] = [];

  beforeAll(async () => {
    dataDir = tempDataDir();
    port = await freePort();
    server = await startServer(dataDir, ['--port', String(port), '--store-delay-ms', '200']);
    url = `ws://127.0.0.1:${port}`;
    const profiles = [
      ['laptop', 'ana'],
      ['desktop', 'ana'],
      ['mate', 'ben'],
    ] as const;
    const launched = await Promise.all(
      profiles.map(async ([label, user]) => {
        const home = isolatedHome('chromium-sync');
        return { label, user, home, ...(await launchProfile(home)) };
      }),
    );
    devices.push(...launched);
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.ext.context.close().catch(() => undefined)));
    devices.forEach((d) => d.home.remove());
    await server?.stop('SIGTERM');
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('offline changes on three profiles converge through a server restart, and nothing private leaves', { timeout: 240_000 }, async () => {
    const [laptop, desktop, mate] = devices as [Device, Device, Device];
    const step = stepper();
    const tokens = new Map<string, string>();
    for (const d of devices) {
      const token = tokens.get(d.user) ?? (await tokenFor(dataDir, 'harbour', d.user));
      tokens.set(d.user, token);
      await connectFromOptions(d, url, token);
    }
    await Promise.all(devices.map((d) => d.options.locator('.sync-status dd[data-state="connected"]').waitFor({ timeout: 20_000 })));

    step('connected');
    // A shared start: notes everyone will edit offline.
    const seedIds = Array.from({ length: SEED }, (_, i) => `seed-${i}`);
    await runOps(
      laptop.options,
      seedIds.map((id) => ({ kind: 'create', id, note: `seed note ${id}`, private: false })),
    );
    await until(async () => (await Promise.all([desktop, mate].map((d) => readNotes(d.options)))).every((n) => n.length === SEED), 'the seed notes');
    expect((await readNotes(mate.options)).every((n) => n.authorId === 'ana')).toBe(true);
    expect((await readNotes(desktop.options)).every((n) => n.authorId === undefined)).toBe(true);

    step('seed notes everywhere');
    // Offline: disconnect, then a few hundred logged changes on each profile.
    for (const d of devices) {
      await d.options.getByRole('button', { name: 'Disconnect' }).click();
      await d.options.locator('.sync-status dd[data-state="off"]').waitFor();
    }
    const plans = new Map(devices.map((d, i) => [d.label, plan(d.label, seedIds, random(20261201 + i))]));
    for (const d of devices) await runOps(d.options, plans.get(d.label)!);
    step('offline changes made');
    await stopWorker(laptop);

    // Reconnect all, with the server restarting in the middle.
    for (const d of devices) await connectFromOptions(d, url, '');
    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServer(dataDir, ['--port', String(port), '--store-delay-ms', '200']);

    step('reconnecting, server restarted');
    const created = new Map<string, { device: string; private: boolean }>();
    const deleted = new Set<string>();
    const words = new Map<string, string[]>();
    for (const [label, ops] of plans) {
      for (const op of ops) {
        if (op.kind === 'create') created.set(op.id, { device: label, private: op.private });
        else if (op.kind === 'delete') deleted.add(op.id);
        else words.set(op.id, [...(words.get(op.id) ?? []), op.word]);
      }
    }
    const expectedShared = new Set([...seedIds, ...[...created].filter(([id, c]) => !c.private && !deleted.has(id)).map(([id]) => id)]);
    await until(async () => {
      const views = await Promise.all(devices.map((d) => readNotes(d.options)));
      const sets = views.map(shared);
      return sets.every((s) => s.length === expectedShared.size && JSON.stringify(s) === JSON.stringify(sets[0]));
    }, 'every profile to agree');

    step('profiles agree');
    const views = new Map(await Promise.all(devices.map(async (d) => [d.label, await readNotes(d.options)] as const)));
    for (const [label, notes] of views) {
      const byId = new Map(notes.map((n) => [n.id, n]));
      for (const id of expectedShared) expect(byId.has(id), `${id} on ${label}`).toBe(true);
      for (const id of deleted) expect(byId.has(id), `deleted ${id} on ${label}`).toBe(false);
      for (const [id, c] of created) {
        if (c.private && !deleted.has(id)) expect(byId.has(id), `private ${id} on ${label}`).toBe(c.device === label);
      }
      for (const [id, list] of words) {
        if (!byId.has(id) || deleted.has(id)) continue;
        // Each appended word once: both sides' edits kept by the text merge, none doubled.
        for (const w of list)
          expect(
            byId
              .get(id)!
              .note.split(' ')
              .filter((x) => x === w),
            `${w} in ${id} on ${label}`,
          ).toHaveLength(1);
      }
    }

    // A copy rebuilt from the server's data holds exactly the shared notes, and no private text.
    const copy = connect(url, { team: 'harbour', token: tokens.get('ben')! });
    await copy.until(() => copy.provider.isSynced && teamMaps(copy.doc).notes.size === expectedShared.size, "a fresh copy of the server's notes");
    const fromServer = [...teamMaps(copy.doc).notes.entries()].map(([id, m]) => `${id}=${String(m.get('text'))}`).sort();
    expect(fromServer).toEqual(shared(views.get('mate')!));
    const serverText = JSON.stringify(copy.doc.toJSON());
    for (const [id, c] of created) if (c.private) expect(serverText).not.toContain(`made on ${c.device} #${id.split('-')[1]}`);
    copy.destroy();

    step('server copy matches');
    // Another team sees nothing; a forged token is refused.
    const other = connect(url, { team: 'quay', token: await tokenFor(dataDir, 'quay', 'cara') });
    await other.until(() => other.provider.isSynced, "the other team's document");
    expect(teamMaps(other.doc).notes.size).toBe(0);
    other.destroy();
    const [head, body] = tokens.get('ana')!.split('.');
    const forged = connect(url, { team: 'harbour', token: `${head}.${body}.${'A'.repeat(43)}` });
    await forged.until(() => forged.events.failed.length > 0, 'the forged token to be refused');
    expect(forged.events.failed).toEqual(['token-invalid']);
    forged.destroy();

    step('other team and forged token checked');
    // A councillors' CSV imported by the teammate reaches both of the reader's devices.
    const csv =
      'name,party,ward,council\nMorwenna Tregothnan,Independent,Quayside,Harbourmouth Town Council\nIdris Pengelly,Green,Upper Town,Harbourmouth Town Council\n';
    await mate.options.getByLabel('CSV file').setInputFiles({ name: 'councillors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await mate.options.getByRole('button', { name: 'Add 2 to watchlist' }).click();
    for (const d of [laptop, desktop]) {
      await until(
        async () => (await readNames(d.options, 'watchlist')).join() === 'Idris Pengelly,Morwenna Tregothnan',
        `the teammate's watchlist on ${d.label}`,
      );
    }

    step('watchlist shared');
    // A note saved after the worker was stopped wakes it, and reaches the teammate.
    await stopWorker(laptop);
    await runOps(laptop.options, [{ kind: 'create', id: 'after-stop', note: 'saved after the worker stopped', private: false }]);
    await until(async () => (await readNotes(mate.options)).some((n) => n.id === 'after-stop'), 'the note saved after the worker stopped');

    step('note after worker stop arrived');
    // A note saved (with the server down) just before the browser quits is sent after the browser
    // starts again on the same profile.
    expect(await server.stop('SIGTERM')).toBe(0);
    await runOps(desktop.options, [{ kind: 'create', id: 'before-quit', note: 'saved just before the browser quit', private: false }]);
    await desktop.ext.context.close();
    server = await startServer(dataDir, ['--port', String(port), '--store-delay-ms', '200']);
    Object.assign(desktop, await launchProfile(desktop.home));
    await until(async () => (await readNotes(mate.options)).some((n) => n.id === 'before-quit'), 'the note saved before the browser quit');
    await desktop.options.locator('.sync-status dd[data-state="connected"]').waitFor({ timeout: 20_000 });
    step('note saved before the quit arrived');
  });
});
