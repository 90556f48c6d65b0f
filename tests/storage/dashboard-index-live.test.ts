/**
 * The dashboard index kept current by reading only the notes written (as Dexie reports them): after
 * each kind of change the updated index equals one built from scratch, and only those notes were read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteAnnotation, updateAnnotation } from '@/storage/annotations';
import { rememberArticle } from '@/storage/articles';
import { refreshDashboardIndex, type LiveDashboardIndex } from '@/storage/dashboard-index-live';
import { loadDashboardIndex } from '@/storage/dashboard-notes';
import type { CouncilLensDb } from '@/storage/db';
import { mergeNoteWrites, watchNoteWrites, type NoteWrites } from '@/storage/note-writes';
import { applySharedRecords } from '@/storage/sync-apply';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
const LATER = new Date('2024-04-02T12:00:00.000Z');
const A = 'https://gazette.example/1';
const B = 'https://echo.example/2';

beforeEach(async () => {
  db = freshDb();
  await rememberArticle(db, submission(A, { siteName: 'Wessex Gazette', title: 'Library closures approved', officials: [official('Mark Rogers')] }), NOW);
  await rememberArticle(db, submission(B, { siteName: 'Borsetshire Echo', title: 'Bin rounds cut', officials: [official('Sue Patel')] }), NOW);
  const notes = Array.from({ length: 30 }, (_, i) =>
    annotation(`n${String(i).padStart(2, '0')}`, i % 2 ? A : B, {
      tags: i % 3 ? ['libraries'] : [],
      createdAt: new Date(Date.UTC(2024, 2, 1 + i)).toISOString(),
      updatedAt: new Date(Date.UTC(2024, 2, 1 + i)).toISOString(),
    }),
  );
  await db.annotations.bulkPut(notes);
});
let writes: NoteWrites | null = null;
let unwatch: () => void = () => undefined;
beforeEach(() => {
  writes = null;
  unwatch = watchNoteWrites(db, (w) => (writes = mergeNoteWrites(writes, w)));
});
afterEach(() => {
  unwatch();
  db?.close();
});

/** The writes Dexie reported since the last call (they arrive after the transaction commits). */
async function takeWrites(): Promise<NoteWrites | null> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const taken = writes;
  writes = null;
  return taken;
}

/** The updated index must match a full rebuild, notes, order, facets and officials' counts alike. */
async function expectLikeFull(live: LiveDashboardIndex) {
  expect(live.index).toEqual(await loadDashboardIndex(db));
}

describe('refreshDashboardIndex', () => {
  it('reads everything the first time, and nothing when nothing changed', async () => {
    const first = await refreshDashboardIndex(db, null, null);
    await takeWrites();
    expect(first.read).toEqual({ full: true, notes: 30 });
    const again = await refreshDashboardIndex(db, first, await takeWrites());
    expect(again.read).toEqual({ full: false, notes: 0 });
    expect(again.index).toBe(first.index);
  });

  it('re-reads only an edited or retagged note', async () => {
    const first = await refreshDashboardIndex(db, null, null);
    await takeWrites();
    await updateAnnotation(db, 'n04', { note: 'Asked the leader about this', tags: ['budget gap'] }, LATER);
    const next = await refreshDashboardIndex(db, first, await takeWrites());
    expect(next.read).toEqual({ full: false, notes: 1 });
    expect(next.index.notes.find((n) => n.note.annotation.id === 'n04')!.haystack).toContain('asked the leader');
    expect(next.index.choices.tags.map((t) => t.value)).toContain('budget gap');
    await expectLikeFull(next);
  });

  it('drops a deleted note without reading any', async () => {
    const first = await refreshDashboardIndex(db, null, null);
    await takeWrites();
    await deleteAnnotation(db, 'n07', LATER);
    const next = await refreshDashboardIndex(db, first, await takeWrites());
    expect(next.read).toEqual({ full: false, notes: 0 });
    expect(next.index.notes).toHaveLength(29);
    await expectLikeFull(next);
  });

  it('takes in a teammate’s note from sync even when its clock is behind the last read', async () => {
    const first = await refreshDashboardIndex(db, null, null);
    await takeWrites();
    // Older than every local note: a "changed since the newest updatedAt" rule would miss it.
    const theirs = annotation('team-1', A, { tags: ['libraries'], createdAt: '2023-12-01T09:00:00.000Z', updatedAt: '2023-12-01T09:00:00.000Z' });
    const edited = { ...(await db.annotations.get('n01'))!, note: 'Their reply', updatedAt: '2024-03-15T00:00:00.000Z' };
    await applySharedRecords(db, 'annotations', [theirs, edited]);
    const next = await refreshDashboardIndex(db, first, await takeWrites());
    expect(next.read).toEqual({ full: false, notes: 2 });
    expect(next.index.notes.at(-1)!.note.annotation.id).toBe('team-1');
    await expectLikeFull(next);
  });

  it('reads everything again when an article changes (titles and figures are in every note’s entry)', async () => {
    const first = await refreshDashboardIndex(db, null, null);
    await takeWrites();
    await rememberArticle(db, submission(A, { siteName: 'Wessex Gazette', title: 'Library closures delayed', officials: [official('Mark Rogers')] }), LATER);
    const next = await refreshDashboardIndex(db, first, await takeWrites());
    expect(next.read.full).toBe(true);
    await expectLikeFull(next);
  });
});
