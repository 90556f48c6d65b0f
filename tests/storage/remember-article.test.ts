import { afterEach, describe, expect, it } from 'vitest';
import { forgetArticle, forgetPreview, rememberArticle } from '@/storage/articles';
import { listOfficials } from '@/storage/official-queries';
import { addLink } from '@/storage/links';
import { saveAnnotation } from '@/storage/annotations';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

describe('rememberArticle', () => {
  it('resolves "Mark Rogers" and a later "Mr Rogers" / "Rogers" to one official', async () => {
    db = freshDb();
    const first = await rememberArticle(
      db,
      submission('https://news.example/a1', {
        officials: [official('Mark Rogers', ['Cllr Mark Rogers', 'Mr Rogers'], 'leader of Wessex County Council')],
      }),
      NOW,
    );
    const second = await rememberArticle(db, submission('https://news.example/a2', { officials: [official('Mr Rogers', ['Mr Rogers', "Mr Roger's"])] }), NOW);
    const third = await rememberArticle(db, submission('https://news.example/a3', { officials: [official('Rogers', ['Rogers'], 'council leader')] }), NOW);
    expect(first.officialIds).toEqual(['mark-rogers']);
    expect(second.officialIds).toEqual(['mark-rogers']);
    expect(third.officialIds).toEqual(['mark-rogers']);
    const rec = await db.officials.get('mark-rogers');
    expect(rec?.name).toBe('Mark Rogers');
    expect(rec?.roles).toEqual(['leader of Wessex County Council', 'council leader']);
    expect(rec?.aliases).toContain("Mr Roger's");
    expect(await db.officials.count()).toBe(1);
    expect(await db.mentions.where('officialId').equals('mark-rogers').count()).toBe(3);
  });

  it('keeps the other people an article names apart from the officials, across articles', async () => {
    db = freshDb();
    await rememberArticle(
      db,
      submission('https://news.example/p1', {
        officials: [official('Mark Rogers', ['Cllr Mark Rogers'], 'council leader')],
        people: [official('Mae Ruddock', ['Mae Ruddock', 'Mrs Ruddock'], 'resident'), official('Mark Rogers', ['Mark Rogers'], 'shop owner')],
      }),
      NOW,
    );
    const second = await rememberArticle(db, submission('https://news.example/p2', { people: [official('Mrs Ruddock', ['Mrs Ruddock'])] }), NOW);
    // A resident who shares a councillor's name is another person; the article lists officials only.
    expect((await db.officials.get('mark-rogers'))?.kind).toBe('official');
    expect((await db.officials.get('person-mark-rogers'))?.kind).toBe('person');
    expect(second.officialIds).toEqual([]);
    expect((await db.mentions.where('officialId').equals('person-mae-ruddock').toArray()).map((m) => m.articleId)).toEqual([
      'https://news.example/p1',
      'https://news.example/p2',
    ]);
    expect((await listOfficials(db)).map((o) => o.official.id)).toEqual(['mark-rogers']);
    expect((await listOfficials(db, { kind: 'person' })).map((o) => [o.official.id, o.articleCount])).toEqual([
      ['person-mae-ruddock', 2],
      ['person-mark-rogers', 1],
    ]);
    // Forgetting an article removes its people's mentions too.
    await forgetArticle(db, 'https://news.example/p2', NOW);
    expect((await listOfficials(db, { kind: 'person' })).find((o) => o.official.id === 'person-mae-ruddock')?.articleCount).toBe(1);
  });

  it('does not join a surname to one of two officials sharing it', async () => {
    db = freshDb();
    await rememberArticle(db, submission('https://n.example/1', { officials: [official('Mark Rogers')] }), NOW);
    await rememberArticle(db, submission('https://n.example/2', { officials: [official('Jane Rogers')] }), NOW);
    const third = await rememberArticle(db, submission('https://n.example/3', { officials: [official('Rogers')] }), NOW);
    expect(third.officialIds).toEqual(['rogers']);
  });

  it('prefers the full name in the same article when the surname is ambiguous', async () => {
    db = freshDb();
    await rememberArticle(db, submission('https://n.example/1', { officials: [official('Mark Rogers')] }), NOW);
    const rec = await rememberArticle(db, submission('https://n.example/2', { officials: [official('Rogers'), official('Jane Rogers')] }), NOW);
    expect(rec.officialIds).toEqual(['jane-rogers']);
    const mention = await db.mentions.get('jane-rogers|https://n.example/2');
    expect(mention?.count).toBe(2);
  });

  it('uses the watchlist id and matches titles, initials and aliases', async () => {
    db = freshDb();
    const a = await rememberArticle(db, submission('https://n.example/1', { officials: [official('Priya Harvey', ['Cllr Harvey'], null, 'wl-42')] }), NOW);
    expect(a.officialIds).toEqual(['wl-42']);
    const b = await rememberArticle(
      db,
      submission('https://n.example/2', { officials: [official('Cllr P Harvey'), official('Councillor Priya Harvey')] }),
      NOW,
    );
    expect(b.officialIds).toEqual(['wl-42']);
    expect((await db.officials.get('wl-42'))?.watchlistId).toBe('wl-42');
  });

  it('upserts: keeps savedAt, replaces mentions, and a reader-saved article stays non-auto', async () => {
    db = freshDb();
    const id = 'https://n.example/story';
    await rememberArticle(db, submission(id, { auto: false, officials: [official('Tom Baker')] }), NOW);
    const later = new Date('2024-05-01T00:00:00.000Z');
    const again = await rememberArticle(db, submission(id, { auto: true, officials: [official('Ann Lee')] }), later);
    expect(again.savedAt).toBe(NOW.toISOString());
    expect(again.updatedAt).toBe(later.toISOString());
    expect(again.auto).toBe(false);
    expect((await db.mentions.where('articleId').equals(id).toArray()).map((m) => m.officialId)).toEqual(['ann-lee']);
    expect(await db.articles.count()).toBe(1);
  });

  it('indexes figure keys, skipping figures without a value', async () => {
    db = freshDb();
    const rec = await rememberArticle(
      db,
      submission('https://n.example/f', {
        figures: [
          { text: '£49m', kind: 'money', value: 49_000_000, unit: 'GBP' },
          { text: '£49 million', kind: 'money', value: 49_000_000, unit: 'GBP' },
          { text: 'millions', kind: 'money', value: null, unit: 'GBP' },
        ],
      }),
      NOW,
    );
    expect(rec.figureKeys).toEqual(['money:49000000:GBP']);
    expect(rec.figures).toHaveLength(3);
  });
});

describe('forgetArticle', () => {
  it('removes the article and its mentions, says so, and keeps notes, links (from any article) and officials', async () => {
    db = freshDb();
    const a = 'https://n.example/a';
    const b = 'https://n.example/b';
    await rememberArticle(db, submission(a, { officials: [official('Ruth Okafor'), official('Tom Hale')] }), NOW);
    await rememberArticle(db, submission(b, { officials: [official('Ruth Okafor')] }), NOW);
    await saveAnnotation(db, { annotation: annotation('n1', a, { note: 'chase this' }), article: submission(a) }, NOW);
    await saveAnnotation(db, { annotation: annotation('n2', b), article: submission(b) }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: b }, note: 'follow-up' }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n2' }, to: { type: 'article', id: a }, note: 'made on b' }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n2' }, to: { type: 'article', id: b }, note: 'same' }, NOW);

    const preview = await forgetPreview(db, a);
    const summary = await forgetArticle(db, a, NOW);

    expect(summary).toEqual({ articles: 1, mentions: 2, notesKept: 1, linksKept: 2 });
    expect(preview).toEqual(summary);
    expect(await db.articles.get(a)).toBeUndefined();
    expect(await db.mentions.where('articleId').equals(a).count()).toBe(0);
    expect(await db.mentions.where('articleId').equals(b).count()).toBe(1);
    expect((await db.links.toArray()).map((l) => l.note).sort()).toEqual(['follow-up', 'made on b', 'same']);
    expect((await db.annotations.get('n1'))?.note).toBe('chase this');
    expect(await db.officials.get('ruth-okafor')).toBeDefined();
    expect(await forgetArticle(db, a, NOW)).toEqual({ articles: 0, mentions: 0, notesKept: 1, linksKept: 2 });
  });
});
