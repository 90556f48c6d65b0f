import { afterEach, describe, expect, it } from 'vitest';
import { rememberArticle } from '@/storage/articles';
import { deleteAnnotation, saveAnnotation, setOrphans } from '@/storage/annotations';
import { addLink, removeLink } from '@/storage/links';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const A = 'https://n.example/a';

describe('saveAnnotation', () => {
  it("creates the article as the reader's own when missing, with its officials", async () => {
    db = freshDb();
    await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A, { auto: true, officials: [official('Ann Lee')] }) }, NOW);
    const article = await db.articles.get(A);
    expect(article?.auto).toBe(false);
    expect(article?.officialIds).toEqual(['ann-lee']);
  });

  it("turns an automatically remembered article into the reader's own", async () => {
    db = freshDb();
    await rememberArticle(db, submission(A, { auto: true }), NOW);
    await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A) }, NOW);
    expect((await db.articles.get(A))?.auto).toBe(false);
  });

  it('is idempotent: the same id twice is one record, keeping the first createdAt', async () => {
    db = freshDb();
    const first = annotation('n1', A, { note: 'v1', tags: ['budget', ' budget ', ''] });
    await saveAnnotation(db, { annotation: first, article: submission(A) }, NOW);
    const retry = { ...first, note: 'v2', createdAt: '2024-03-09T00:00:00.000Z' };
    const stored = await saveAnnotation(db, { annotation: retry, article: submission(A) }, NOW);
    expect(await db.annotations.count()).toBe(1);
    expect(stored?.note).toBe('v2');
    expect(stored?.createdAt).toBe(first.createdAt);
    expect(stored?.tags).toEqual(['budget']);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('deleteAnnotation, setOrphans and links', () => {
  it('deletes an annotation with its links', async () => {
    db = freshDb();
    await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A) }, NOW);
    await saveAnnotation(db, { annotation: annotation('n2', A), article: submission(A) }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'annotation', id: 'n2' }, note: '' }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n2' }, to: { type: 'article', id: 'https://n.example/b' }, note: '' }, NOW);
    await deleteAnnotation(db, 'n1', NOW);
    expect(await db.annotations.get('n1')).toBeUndefined();
    expect((await db.links.toArray()).map((l) => l.from.id)).toEqual(['n2']);
  });

  it('marks orphans and clears them when placed again, keeping the first orphaning time', async () => {
    db = freshDb();
    await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A) }, NOW);
    await saveAnnotation(db, { annotation: annotation('n2', A), article: submission(A) }, NOW);
    await setOrphans(db, { articleId: A, orphaned: ['n1'], placed: ['n2'] }, NOW);
    await setOrphans(db, { articleId: A, orphaned: ['n1'], placed: [] }, new Date('2025-01-01T00:00:00Z'));
    expect((await db.annotations.get('n1'))?.orphanedAt).toBe(NOW.toISOString());
    expect((await db.annotations.get('n2'))?.orphanedAt ?? null).toBeNull();
    await setOrphans(db, { articleId: A, orphaned: [], placed: ['n1'] }, NOW);
    expect((await db.annotations.get('n1'))?.orphanedAt).toBeNull();
  });

  it('addLink is idempotent, records both articles, and removeLink removes it', async () => {
    db = freshDb();
    await saveAnnotation(db, { annotation: annotation('n1', A), article: submission(A) }, NOW);
    const req = { from: { type: 'annotation' as const, id: 'n1' }, to: { type: 'article' as const, id: 'https://n.example/b' }, note: 'follow-up' };
    const l1 = await addLink(db, req, NOW);
    const l2 = await addLink(db, { ...req, note: 'contradicts' }, new Date('2025-01-01T00:00:00Z'));
    expect(l2.id).toBe(l1.id);
    expect(l2.createdAt).toBe(l1.createdAt);
    expect(l2.articleIds).toEqual([A, 'https://n.example/b']);
    expect(await db.links.count()).toBe(1);
    await removeLink(db, l1.id, NOW);
    expect(await db.links.count()).toBe(0);
    await expect(addLink(db, { ...req, from: { type: 'annotation', id: 'gone' } }, NOW)).rejects.toThrow(/no longer exists/);
  });
});
