/**
 * Team sync benchmark: two profiles (Node, each with its own IndexedDB from fake-indexeddb) running
 * the extension's own sync sessions against a real sync server process on 127.0.0.1.
 * - time for 1,000 new notes on one device to be stored on the other;
 * - the team document's size and the heap at 10,000 notes (and the time for 9,000 more to arrive);
 * - catching up: the second device was offline while the first changed 1,000 notes' text.
 * Run: npm run bench:sync  (writes bench-output/sync.json). Wall-clock times include both
 * profiles and the server sharing the machine; CPU time of this process is printed beside them.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { teamMaps } from '../server/shared/team-document';
import { tokenFor } from '../server/test/helpers/clients';
import { startServer, tempDataDir } from '../server/test/helpers/processes';
import type { Annotation } from '../core/model/annotation';
import { openDb, type CouncilLensDb } from '../storage/db';
import { saveAnnotation, updateAnnotation } from '../storage/annotations';
import { startSession, type SyncSession } from '../sync/session';

const dataDir = tempDataDir();
const server = await startServer(dataDir, ['--store-delay-ms', '500']);
const url = `ws://127.0.0.1:${server.port}`;
const ARTICLES = 200;

function note(i: number, at: string): Annotation {
  const articleId = `https://gazette.example/story-${i % ARTICLES}`;
  const exact = `the quoted sentence number ${i} about the council budget`;
  return {
    id: `note-${i}`,
    articleId,
    url: articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'Before it, ', suffix: ' and after.' },
      position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
    },
    color: 'yellow',
    note: `Reporter's note ${i}: check the figures against the cabinet papers.`,
    tags: ['budget', `ward-${i % 12}`],
    createdAt: at,
    updatedAt: at,
  };
}

async function addNotes(db: CouncilLensDb, from: number, to: number): Promise<void> {
  const at = new Date().toISOString();
  for (let i = from; i < to; i++) {
    const a = note(i, at);
    await saveAnnotation(
      db,
      {
        annotation: a,
        article: {
          id: a.articleId,
          url: a.url,
          title: `Story ${i % ARTICLES}`,
          siteName: 'Gazette',
          byline: null,
          publishedTime: null,
          textHash: 'x',
          officials: [],
          figures: [],
          auto: false,
        },
      },
      new Date(),
    );
  }
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 10));
}

const cpu = () => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
async function measure(label: string, run: () => Promise<void>): Promise<{ ms: number; cpuMs: number }> {
  const t0 = performance.now();
  const c0 = cpu();
  await run();
  const result = { ms: Math.round(performance.now() - t0), cpuMs: Math.round(cpu() - c0) };
  console.log(`${label.padEnd(46)} ${String(result.ms).padStart(7)} ms   (CPU of this process ${result.cpuMs} ms)`);
  return result;
}

const open = async (db: CouncilLensDb, user: string): Promise<SyncSession> => {
  const s = await startSession({ db, url, token: await tokenFor(dataDir, 'bench', user), WebSocketPolyfill: WebSocket });
  await s.settled();
  return s;
};

const a = openDb('bench-a');
const b = openDb('bench-b');
let sa = await open(a, 'ana');
let sb = await open(b, 'ben');

await addNotes(a, 0, 1000);
const first = await measure('1,000 new notes reach the second device', async () => {
  await sa.localChanged();
  await waitFor(async () => (await b.annotations.count()) === 1000);
});

const TOTAL = Number(process.env.BENCH_SYNC_NOTES ?? 10_000);
await measure(`(storing ${TOTAL - 1000} more notes locally)`, () => addNotes(a, 1000, TOTAL));
const tenK = await measure(`${TOTAL - 1000} more (${TOTAL} in all) reach it`, async () => {
  await sa.localChanged();
  await waitFor(async () => (await b.annotations.count()) === TOTAL);
});
await sa.settled();
global.gc?.();
const docBytes = Y.encodeStateAsUpdate(sa.doc).length;
const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
// The document alone: a fresh Y.Doc loaded from the encoded state, its heap cost measured around it.
global.gc?.();
const before = process.memoryUsage().heapUsed;
const lone = new Y.Doc();
Y.applyUpdate(lone, Y.encodeStateAsUpdate(sa.doc));
global.gc?.();
const docHeapMb = Math.round(((process.memoryUsage().heapUsed - before) / 2 ** 20) * 10) / 10;
console.log(
  `team document at ${TOTAL} notes: ${(docBytes / 2 ** 20).toFixed(2)} MiB encoded, ~${docHeapMb} MiB heap as a Y.Doc (${teamMaps(lone).notes.size} notes); process heap ${heapMb} MiB (two profiles, fake IndexedDB)`,
);
lone.destroy();

await sb.stop();
for (let i = 0; i < TOTAL / 10; i++)
  await updateAnnotation(a, `note-${i * 10}`, { note: `Reporter's note ${i * 10}: checked, the figure is right.` }, new Date());
await sa.settled();
const catchUp = await measure(`catching up after ${TOTAL / 10} offline changes`, async () => {
  sb = await open(b, 'ben');
  await waitFor(async () => (await b.annotations.get(`note-${(TOTAL / 10 - 1) * 10}`))?.note.includes('checked') === true);
});

const startAgain = await measure(`restart: load the ${TOTAL}-note copy, reconcile, sync`, async () => {
  await sa.stop();
  sa = await open(a, 'ana');
});

const result = {
  measuredAt: new Date().toISOString(),
  first1000: first,
  next9000: tenK,
  docBytes,
  docHeapMb,
  processHeapMb: heapMb,
  catchUp1000: catchUp,
  restart10000: startAgain,
};
fs.mkdirSync('bench-output', { recursive: true });
fs.writeFileSync('bench-output/sync.json', `${JSON.stringify(result, null, 2)}\n`);
await sa.stop();
await sb.stop();
await server.stop('SIGTERM');
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
