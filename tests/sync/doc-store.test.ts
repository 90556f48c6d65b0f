import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocStore } from '@/sync/doc-store';
import { COMPACT_AFTER } from '@/storage/sync-log';
import type { CouncilLensDb } from '@/storage/db';
import { freshDb } from '../storage/fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

describe('the stored copy of a team document', () => {
  it('survives a restart: a new Y.Doc loaded from the database has every change', async () => {
    db = freshDb();
    const doc = new Y.Doc();
    const store = await openDocStore(db, doc, 'team/t1');
    for (let i = 0; i < 20; i++) doc.getMap('notes').set(`n${i}`, i);
    doc.getText('t').insert(0, 'offline work');
    await store.flush();
    store.destroy();
    const again = new Y.Doc();
    await openDocStore(db, again, 'team/t1');
    expect(again.getMap('notes').size).toBe(20);
    expect(again.getText('t').toString()).toBe('offline work');
    const other = new Y.Doc();
    await openDocStore(db, other, 'team/t2');
    expect(other.getMap('notes').size).toBe(0);
  });

  it('compacts a long log into few rows and loses nothing', async () => {
    db = freshDb();
    const doc = new Y.Doc();
    const store = await openDocStore(db, doc, 'team/t1');
    for (let i = 0; i < COMPACT_AFTER * 3; i++) {
      doc.getMap('notes').set(`n${i}`, i);
      await store.flush(); // one row per change, the worst case
    }
    expect(await db.syncUpdates.count()).toBeLessThanOrEqual(COMPACT_AFTER + 1);
    const again = new Y.Doc();
    await openDocStore(db, again, 'team/t1');
    expect(again.getMap('notes').size).toBe(COMPACT_AFTER * 3);
  });
});
