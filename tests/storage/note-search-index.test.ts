import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAnnotations } from '@/storage/annotation-queries';
import type { CouncilLensDb } from '@/storage/db';
import { refreshNoteSearchIndex, searchIndex } from '@/storage/note-search-index';
import { mergeNoteWrites, watchNoteWrites, type NoteWrites } from '@/storage/note-writes';
import { searchTerms } from '@/storage/text-search';
import { annotation, freshDb } from './fixtures';

let db: CouncilLensDb;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

const day = (d: number) => new Date(Date.UTC(2024, 0, d)).toISOString();
const ids = (list: { id: string }[]) => list.map((a) => a.id);

async function seed(): Promise<void> {
  await db.annotations.bulkPut([
    annotation('a1', 'https://gazette.example/1', { createdAt: day(1), updatedAt: day(1), note: 'Check the Café accounts', tags: ['Finance'] }),
    annotation('a2', 'https://gazette.example/1', { createdAt: day(3), updatedAt: day(3), note: 'library closures', tags: ['libraries'] }),
    annotation('a3', 'https://echo.example/2', { createdAt: day(2), updatedAt: day(2), note: 'bins', tags: ['finance'] }),
  ]);
}

describe('note search index', () => {
  it('finds notes by quote, note and tags, folded, newest first', async () => {
    db = freshDb();
    await seed();
    const index = await refreshNoteSearchIndex(db, null, null);
    expect(ids(searchIndex(index, searchTerms('FINANCE')))).toEqual(['a3', 'a1']);
    expect(ids(searchIndex(index, searchTerms('cafe accounts')))).toEqual(['a1']);
    // Every note's default quote holds "£4.2m".
    expect(ids(searchIndex(index, searchTerms('£4.2m')))).toEqual(['a2', 'a3', 'a1']);
    expect(searchIndex(index, searchTerms('parking'))).toEqual([]);
  });

  it('reads again only the notes written since, and drops deleted ones', async () => {
    db = freshDb();
    await seed();
    let writes: NoteWrites | null = null;
    const unwatch = watchNoteWrites(db, (w) => (writes = mergeNoteWrites(writes, w)));
    try {
      const first = await refreshNoteSearchIndex(db, null, null);
      expect(await refreshNoteSearchIndex(db, first, null)).toBe(first);

      await db.annotations.put(annotation('a2', 'https://gazette.example/1', { createdAt: day(3), updatedAt: day(9), note: 'parking charges' }));
      await db.transaction('rw', db.annotations, async () => {
        await db.annotations.put(annotation('a4', 'https://echo.example/2', { createdAt: day(4), updatedAt: day(4), note: 'more parking' }));
        await db.annotations.delete('a1');
      });
      await vi.waitFor(() => expect(writes).toEqual(new Set(['a1', 'a2', 'a4'])));
      const bulkGet = vi.spyOn(db.annotations, 'bulkGet');
      const next = await refreshNoteSearchIndex(db, first, writes);
      expect(bulkGet).toHaveBeenCalledTimes(1);
      expect(ids(searchIndex(next, searchTerms('parking')))).toEqual(['a4', 'a2']);
      expect(ids(searchIndex(next, searchTerms('finance')))).toEqual(['a3']);
      expect(ids(next.entries.map((e) => e.annotation))).toEqual(['a4', 'a2', 'a3']);

      // A range write (clearing the table) cannot name its notes: everything is read again.
      writes = null;
      await db.annotations.clear();
      await vi.waitFor(() => expect(writes).toBe('all'));
      expect((await refreshNoteSearchIndex(db, next, writes)).entries).toEqual([]);
    } finally {
      unwatch();
    }
  });

  it('ignores writes to other tables and merges write sets', async () => {
    db = freshDb();
    await db.open(); // opening a new database reports every table as written
    const seen: NoteWrites[] = [];
    const unwatch = watchNoteWrites(db, (w) => seen.push(w));
    await db.links.put({ id: 'l1' } as never);
    await db.annotations.put(annotation('a9', 'https://echo.example/2'));
    await vi.waitFor(() => expect(seen).toEqual([new Set(['a9'])]));
    unwatch();
    expect(mergeNoteWrites(null, new Set(['x']))).toEqual(new Set(['x']));
    expect(mergeNoteWrites(new Set(['x']), new Set(['y']))).toEqual(new Set(['x', 'y']));
    expect(mergeNoteWrites(new Set(['x']), 'all')).toBe('all');
  });

  it('gives listAnnotations the same answers as reading the database', async () => {
    db = freshDb();
    await seed();
    const index = await refreshNoteSearchIndex(db, null, null);
    for (const query of [
      { text: 'budget' },
      { text: 'budget', tag: 'budget' },
      { text: 'cafe', author: 'mine' as const },
      { text: 'budget', limit: 1, offset: 1 },
    ]) {
      const viaDb = await listAnnotations(db, query);
      const viaIndex = await listAnnotations(db, query, index);
      expect(viaIndex).toEqual(viaDb);
    }
    // With the index a search does not read the notes table at all.
    const toArray = vi.spyOn(db.annotations, 'toArray');
    await listAnnotations(db, { text: 'budget' }, index);
    expect(toArray).not.toHaveBeenCalled();
  });
});
