/** A version-2 database opened by the current code: upgraded to v3 (sync tables), nothing lost. */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V2, SCHEMA_VERSION, type CouncilLensDb } from '@/storage/db';
import { annotation } from '../storage/fixtures';

let db: CouncilLensDb | undefined;
afterEach(() => db?.close());

describe('v2 → v3', () => {
  it('keeps every record and the device id, and adds the empty sync tables', async () => {
    const name = `v2-${Math.random()}`;
    const raw = new Dexie(name);
    raw.version(2).stores(SCHEMA_V2);
    await raw.open();
    const note = annotation('n1', 'https://gazette.example/a', { note: 'kept' });
    await raw.table('annotations').add(note);
    await raw.table('tombstones').add({ id: 'annotations:gone', table: 'annotations', recordId: 'gone', deletedAt: '2024-01-01T00:00:00.000Z' });
    await raw.table('meta').add({ key: 'deviceId', value: 'device-1' });
    raw.close();

    db = openDb(name);
    await db.open();
    expect(SCHEMA_VERSION).toBe(3);
    expect(db.verno).toBe(3);
    expect(await db.annotations.get('n1')).toEqual(note);
    expect(await db.tombstones.count()).toBe(1);
    expect((await db.meta.get('deviceId'))?.value).toBe('device-1');
    expect(await db.syncUpdates.count()).toBe(0);
    await db.syncShadows.put({ id: 'notes:n1', updatedAt: note.updatedAt, text: 'kept' });
    expect(await db.syncShadows.count()).toBe(1);
  });
});
