import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { watchConnection } from '@/storage/connection';
import { openDb, SCHEMA_V3, SCHEMA_VERSION } from '@/storage/db';
import { listAnnotations } from '@/storage/annotation-queries';
import { saveAnnotation } from '@/storage/annotations';
import { annotation, NOW, submission } from './fixtures';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((d) => d.close()));

const A = 'https://wessex-gazette.example/news/a';
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

function page(name: string) {
  const db = openDb(name);
  open.push(db);
  const seen: string[] = [];
  const stop = watchConnection(db, {
    onReopened: () => seen.push('reopened'),
    onBlocked: () => seen.push('blocked'),
    onOutdated: () => seen.push('outdated'),
  });
  return { db, seen, stop };
}

describe('a page’s connection across upgrades', () => {
  it('reopens after another connection deletes the database, and keeps working', async () => {
    const name = `conn-${Math.random()}`;
    const { db, seen } = page(name);
    await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A) }, NOW);
    await Dexie.delete(name);
    await until(() => seen.includes('reopened'));
    expect((await listAnnotations(db)).total).toBe(0);
    await saveAnnotation(db, { annotation: annotation('n2', A), article: submission(A) }, NOW);
    expect((await listAnnotations(db)).total).toBe(1);
  });

  it('steps aside for a newer version and then says the page is outdated', async () => {
    const name = `conn-${Math.random()}`;
    const { db, seen } = page(name);
    await db.open();
    const newer = new Dexie(name);
    open.push(newer);
    newer.version(SCHEMA_VERSION + 1).stores(SCHEMA_V3);
    await newer.open(); // would hang if the old page held on to its connection
    expect(newer.verno).toBe(SCHEMA_VERSION + 1);
    await until(() => seen.includes('outdated'));
    expect(seen).not.toContain('reopened');
  });

  it('reports an upgrade blocked by a connection that does not close, then completes it', async () => {
    const name = `conn-${Math.random()}`;
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const { db, seen } = page(name);
    const opening = db.open();
    await until(() => seen.includes('blocked'));
    stubborn.close();
    await opening;
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('stops watching when asked', async () => {
    const name = `conn-${Math.random()}`;
    const { db, seen, stop } = page(name);
    await db.open();
    stop();
    await Dexie.delete(name);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
  });
});
