import { afterEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { forgetArticle, rememberArticle } from '@/storage/articles';
import type { CouncilLensDb } from '@/storage/db';
import { clipText, linksFor, linkTargets } from '@/storage/link-queries';
import { addLink, removeLink } from '@/storage/links';
import { annotation, freshDb, NOW, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const A = 'https://news.example.org/hallam-budget';
const B = 'https://news.example.org/hallam-budget-follow-up';
const C = 'https://trowle-echo.example/bus-lanes';
const LONG = 'Councillor Mirela Stanton told the cabinet that the £12.4m gap in the 2025/26 budget would be closed by selling the old depot on Wharf Road';

/** Three saved articles (saved a day apart, A oldest) and notes on them. */
async function seed() {
  db = freshDb();
  await rememberArticle(db, submission(A, { title: 'Hallam faces £12.4m budget gap', siteName: 'Hallam Herald' }), new Date('2025-01-01T09:00:00Z'));
  await rememberArticle(db, submission(B, { title: 'Depot sale to close budget gap', siteName: 'Hallam Herald' }), new Date('2025-01-02T09:00:00Z'));
  await rememberArticle(db, submission(C, { title: 'Bus lane plan shelved', siteName: 'Trowle Echo' }), new Date('2025-01-03T09:00:00Z'));
  await db.annotations.bulkPut([
    annotation('n1', A, { target: quote(LONG), note: 'check depot value', createdAt: '2025-01-04T10:00:00.000Z' }),
    annotation('n2', B, { target: quote('the depot would fetch £3m at most'), note: '', createdAt: '2025-01-05T10:00:00.000Z' }),
    annotation('n3', C, { target: quote('bus lane consultation'), note: 'background for the depot story', createdAt: '2025-01-06T10:00:00.000Z' }),
  ]);
}

function quote(exact: string) {
  return annotation('x', A, {
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
  }).target;
}

describe('linksFor', () => {
  it('resolves both directions for display, newest first, with the quote clipped', async () => {
    await seed();
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: B }, note: 'follow-up' }, new Date('2025-02-01T00:00:00Z'));
    await addLink(db, { from: { type: 'annotation', id: 'n2' }, to: { type: 'annotation', id: 'n1' }, note: 'contradicts' }, new Date('2025-02-02T00:00:00Z'));
    await addLink(db, { from: { type: 'annotation', id: 'n3' }, to: { type: 'article', id: C }, note: 'unrelated' }, NOW);

    const links = await linksFor(db, 'n1');
    expect(links.map((l) => [l.direction, l.note])).toEqual([
      ['incoming', 'contradicts'],
      ['outgoing', 'follow-up'],
    ]);
    expect(links[1]!.other).toEqual({ type: 'article', id: B, title: 'Depot sale to close budget gap', url: B, siteName: 'Hallam Herald', context: null });
    expect(links[0]!.other).toMatchObject({
      type: 'annotation',
      id: 'n2',
      title: 'the depot would fetch £3m at most',
      url: B,
      context: 'Depot sale to close budget gap',
    });
    expect(links[0]!.createdAt).toBe('2025-02-02T00:00:00.000Z');

    const fromN2 = await linksFor(db, 'n2');
    expect(fromN2).toHaveLength(1);
    expect(fromN2[0]!.other.title).toBe(clipText(LONG));
    expect(fromN2[0]!.other.title.length).toBeLessThanOrEqual(80);
    expect(fromN2[0]!.other.title.endsWith('…')).toBe(true);
  });

  it('falls back to the URL for an article that is not saved, and is empty for an unlinked note', async () => {
    await seed();
    const elsewhere = 'https://other.example/agenda';
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: elsewhere }, note: '' }, NOW);
    expect((await linksFor(db, 'n1'))[0]!.other).toMatchObject({ title: elsewhere, url: elsewhere, siteName: null });
    expect(await linksFor(db, 'n3')).toEqual([]);
  });

  it('is live: a liveQuery sees a link added and removed', async () => {
    await seed();
    const seen: number[] = [];
    const sub = liveQuery(() => linksFor(db, 'n1')).subscribe((links) => seen.push(links.length));
    await new Promise((r) => setTimeout(r, 30));
    const link = await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: C }, note: 'background' }, NOW);
    await new Promise((r) => setTimeout(r, 30));
    await removeLink(db, link.id, NOW);
    await new Promise((r) => setTimeout(r, 30));
    sub.unsubscribe();
    expect(seen).toEqual([0, 1, 0]);
  });
});

describe('linkTargets', () => {
  it('lists articles and notes newest first, leaving out the note itself and its own article', async () => {
    await seed();
    const all = await linkTargets(db, '', 'n1');
    expect(all.map((t) => `${t.type}:${t.id}`)).toEqual(['annotation:n3', 'annotation:n2', `article:${C}`, `article:${B}`]);
  });

  it('matches article title or site and note quote or note, ignoring case and accents', async () => {
    await seed();
    expect((await linkTargets(db, 'DEPOT', 'n3')).map((t) => t.id)).toEqual(['n2', 'n1', B]);
    expect((await linkTargets(db, 'trowle', 'n1')).map((t) => t.id)).toEqual([C]);
    expect((await linkTargets(db, 'depot story', 'n1')).map((t) => t.id)).toEqual(['n3']);
    expect((await linkTargets(db, 'café', 'n1')).map((t) => t.id)).toEqual([]);
  });

  it('caps the list at the limit, keeping the newest', async () => {
    db = freshDb();
    for (let i = 0; i < 30; i++) {
      const id = `https://news.example.org/story-${i}`;
      await rememberArticle(db, submission(id, { title: `Planning story ${i}` }), new Date(Date.UTC(2025, 0, 1 + i)));
    }
    const capped = await linkTargets(db, 'planning', 'none');
    expect(capped).toHaveLength(20);
    expect(capped[0]!.title).toBe('Planning story 29');
    expect((await linkTargets(db, '', 'none', 5)).map((t) => t.title)).toEqual([29, 28, 27, 26, 25].map((n) => `Planning story ${n}`));
  });
});

describe('forgetting an article', () => {
  it('keeps every link the reader made, from notes on it and on other articles, still listed', async () => {
    await seed();
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'annotation', id: 'n2' }, note: 'follow-up' }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n3' }, to: { type: 'article', id: B }, note: 'background' }, NOW);
    await addLink(db, { from: { type: 'annotation', id: 'n3' }, to: { type: 'article', id: C }, note: 'same figure' }, NOW);
    await forgetArticle(db, B, NOW);
    expect((await db.links.toArray()).map((l) => l.note).sort()).toEqual(['background', 'follow-up', 'same figure']);
    expect(await db.annotations.count()).toBe(3);
    expect((await linksFor(db, 'n1')).map((l) => l.note)).toEqual(['follow-up']);
    // The forgotten article is shown by its address.
    const background = (await linksFor(db, 'n3')).find((l) => l.note === 'background');
    expect(background?.other).toMatchObject({ type: 'article', id: B, url: B });
  });
});
