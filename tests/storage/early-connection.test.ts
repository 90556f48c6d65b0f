import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, SCHEMA_V1, SCHEMA_V3 } from '@/storage/db';
import { adoptingFactory, startEarlyOpen } from '@/storage/early-connection';
import { DB_NAME, NATIVE_SCHEMA_VERSION } from '@/storage/schema-version';
import { saveAnnotation } from '@/storage/annotations';
import { annotation, NOW, submission } from './fixtures';

const A = 'https://wessex-gazette.example/news/a';

/** A fresh IndexedDB per case, with its `open` counted. */
let factory: IDBFactory;
let opens: ReturnType<typeof vi.spyOn>;
const open: { close(): void }[] = [];

beforeEach(() => {
  factory = new IDBFactory();
  opens = vi.spyOn(factory, 'open');
  // The early open is handed over through the page's global object: each case is a new page.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('council-lens.early-open')];
});
afterEach(() => open.splice(0).forEach((d) => d.close()));

/** The page's Dexie instance, as extension-pages/database.ts makes it. */
function pageDb() {
  const db = openDb(
    DB_NAME,
    adoptingFactory(() => factory),
  );
  open.push(db);
  return db;
}

/** A database made by an earlier visit, at the current version, with one note. */
async function existing() {
  const db = openDb(DB_NAME, factory);
  await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A) }, NOW);
  db.close();
  opens.mockClear();
}

const settled = (request: IDBOpenDBRequest) =>
  new Promise<void>((resolve) => {
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () => resolve());
  });

describe('opening the database before the page’s scripts', () => {
  it('hands a still pending open to Dexie: one connection, the data readable and writable', async () => {
    await existing();
    startEarlyOpen(factory);
    const db = pageDb();
    expect(await db.annotations.get('n1')).toMatchObject({ id: 'n1' });
    await saveAnnotation(db, { annotation: annotation('n2', A), article: submission(A) }, NOW);
    expect(await db.annotations.count()).toBe(2);
    expect(opens).toHaveBeenCalledTimes(1);
    expect(opens).toHaveBeenCalledWith(DB_NAME, NATIVE_SCHEMA_VERSION);
  });

  it('hands an open that has already succeeded to Dexie', async () => {
    await existing();
    startEarlyOpen(factory);
    await settled(opens.mock.results[0]!.value as IDBOpenDBRequest);
    const db = pageDb();
    expect(await db.annotations.get('n1')).toMatchObject({ id: 'n1' });
    expect(db.backendDB().version).toBe(NATIVE_SCHEMA_VERSION);
    expect(opens).toHaveBeenCalledTimes(1);
  });

  it('leaves a new database to Dexie, which creates it with its schema and device id', async () => {
    startEarlyOpen(factory);
    await settled(opens.mock.results[0]!.value as IDBOpenDBRequest);
    const db = pageDb();
    expect(await db.meta.get('deviceId')).toMatchObject({ key: 'deviceId' });
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(Object.keys(SCHEMA_V3).sort());
    expect(opens).toHaveBeenCalledTimes(2);
  });

  it('leaves an older database to Dexie, which upgrades it and keeps its data', async () => {
    const v1 = new Dexie(DB_NAME, { indexedDB: factory });
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('settings').put({ key: 'settings', value: { sites: ['a.example'] } });
    v1.close();
    startEarlyOpen(factory);
    const db = pageDb();
    expect((await db.settings.get('settings'))?.value).toEqual({ sites: ['a.example'] });
    expect(await db.meta.get('deviceId')).toMatchObject({ key: 'deviceId' });
    expect(db.backendDB().version).toBe(NATIVE_SCHEMA_VERSION);
  });

  it('steps aside for another connection’s upgrade before Dexie has it', async () => {
    await existing();
    startEarlyOpen(factory);
    await settled(opens.mock.results[0]!.value as IDBOpenDBRequest);
    const newer = new Dexie(DB_NAME, { indexedDB: factory });
    newer.version(4).stores(SCHEMA_V3);
    await newer.open(); // would wait for ever if the early connection stayed open
    open.push(newer);
    expect(newer.verno).toBe(4);
  });

  it('is the plain factory when nothing was opened early', async () => {
    await existing();
    const db = pageDb();
    expect(await db.annotations.count()).toBe(1);
    expect(opens).toHaveBeenCalledTimes(1);
  });
});
