import { afterEach, describe, expect, it } from 'vitest';
import { deleteAnnotation, restoreAnnotation, saveAnnotation, updateAnnotation } from '@/storage/annotations';
import { forgetArticle, rememberArticle } from '@/storage/articles';
import { importData } from '@/storage/backup';
import type { CouncilLensDb } from '@/storage/db';
import { collectExportData } from '@/storage/export-scope';
import { addLink } from '@/storage/links';
import { annotation, freshDb, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const A = 'https://n.example/a';
const B = 'https://n.example/b';
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute));
const iso = (minute: number) => at(minute).toISOString();
const save = (id: string, minute: number, note = `v${minute}`, article = A) =>
  saveAnnotation(db, { annotation: annotation(id, article, { note, createdAt: iso(0), updatedAt: iso(minute) }), article: submission(article) }, at(minute));

describe('newer wins, and a delete is a version', () => {
  it('a save made before a delete never brings the note back; an edit made after it does', async () => {
    db = freshDb();
    await save('n1', 1);
    await deleteAnnotation(db, 'n1', at(3));
    expect(await save('n1', 2, 'queued before the delete')).toBeNull();
    expect(await db.annotations.get('n1')).toBeUndefined();
    expect((await save('n1', 4, 'typed after the delete'))?.note).toBe('typed after the delete');
    expect(await db.tombstones.count()).toBe(0);
  });

  it('deleting a note whose save has not arrived yet still wins over that save', async () => {
    db = freshDb();
    await deleteAnnotation(db, 'n1', at(5));
    expect(await save('n1', 4)).toBeNull();
    expect(await db.annotations.count()).toBe(0);
  });

  it('an older save does not overwrite a newer edit', async () => {
    db = freshDb();
    await save('n1', 1);
    await updateAnnotation(db, 'n1', { note: 'edited in the popup' }, at(5));
    const back = await save('n1', 2, 'replayed from the outbox');
    expect(back?.note).toBe('edited in the popup');
    expect((await db.annotations.get('n1'))?.note).toBe('edited in the popup');
  });

  it('an edit is stamped after the stored version even when the clock is behind', async () => {
    db = freshDb();
    await save('n1', 10);
    const edited = await updateAnnotation(db, 'n1', { tags: [' budget ', 'budget'] }, at(2));
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(at(10).getTime());
    expect(edited.tags).toEqual(['budget']);
    await deleteAnnotation(db, 'n1', at(11));
    await expect(updateAnnotation(db, 'n1', { note: 'x' }, at(12))).rejects.toThrow(/deleted/);
  });
});

describe('undo', () => {
  it('restores the note and its links, except a link to a note deleted since', async () => {
    db = freshDb();
    await save('n1', 1);
    await save('n2', 1, 'other', B);
    await save('n3', 1);
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: B }, note: 'follow-up' }, at(2));
    await addLink(db, { from: { type: 'annotation', id: 'n2' }, to: { type: 'annotation', id: 'n1' }, note: 'contradicts' }, at(2));
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'annotation', id: 'n3' }, note: 'same' }, at(2));
    const removed = await deleteAnnotation(db, 'n1', at(3));
    expect(removed?.links.map((l) => l.note).sort()).toEqual(['contradicts', 'follow-up', 'same']);
    expect(await db.links.count()).toBe(0);
    await deleteAnnotation(db, 'n3', at(4));

    const restored = await restoreAnnotation(db, removed!, at(5));
    expect(restored.note).toBe('v1');
    expect((await db.links.toArray()).map((l) => l.note).sort()).toEqual(['contradicts', 'follow-up']);
    // Restored versions are newer than their tombstones: an old queued save cannot undo the undo.
    expect(await save('n1', 2, 'stale')).toMatchObject({ note: 'v1' });
  });
});

describe('import respects deletions', () => {
  it('an old backup does not bring back deleted notes, links or forgotten articles', async () => {
    db = freshDb();
    await rememberArticle(db, submission(B), at(1));
    await save('n1', 1);
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: B }, note: 'x' }, at(1));
    const backup = await collectExportData(db, { kind: 'all' });
    await deleteAnnotation(db, 'n1', at(3));
    await forgetArticle(db, B, at(3));

    const result = await importData(db, backup, 'merge');
    expect(result.ok).toBe(true);
    expect(await db.annotations.get('n1')).toBeUndefined();
    expect(await db.links.count()).toBe(0);
    expect(await db.articles.get(B)).toBeUndefined();
    expect(await db.mentions.where('articleId').equals(B).count()).toBe(0);

    // A copy edited after the delete (another device) is newer and comes back.
    const newer = { ...backup, annotations: backup.annotations.map((a) => ({ ...a, note: 'edited later', updatedAt: iso(9) })) };
    await importData(db, newer, 'merge');
    expect((await db.annotations.get('n1'))?.note).toBe('edited later');
  });
});
