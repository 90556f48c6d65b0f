import { afterEach, describe, expect, it } from 'vitest';
import { NO_FACETS, type NoteFacets, type NoteOwner } from '@/core/model/reading-room';
import type { Figure } from '@/core/model/analysis';
import { rememberArticle } from '@/storage/articles';
import { filterNotes } from '@/storage/dashboard-filter';
import { loadDashboardIndex } from '@/storage/dashboard-notes';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const quote = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
});
const fig = (text: string, kind: Figure['kind'], value: number | string, unit: string | null): Figure => ({ text, kind, value, unit, start: 0, end: 0 });

async function seed() {
  await rememberArticle(
    db,
    submission('https://gazette.example/1', {
      siteName: 'Wessex Gazette',
      title: 'Library closures approved',
      publishedTime: '2024-01-10T09:00:00.000Z',
      officials: [official('Mark Rogers', ['Cllr Mark Rogers'], 'leader of the council')],
      figures: [fig('£4.2m', 'money', 4_200_000, 'GBP'), fig('12%', 'percent', 12, '%')],
    }),
    NOW,
  );
  await rememberArticle(
    db,
    submission('https://echo.example/2', {
      siteName: 'Borsetshire Echo',
      title: 'Bin rounds cut',
      publishedTime: '2024-03-05T09:00:00.000Z',
      officials: [official('Sue Patel')],
    }),
    NOW,
  );
  await db.annotations.bulkPut([
    annotation('a1', 'https://gazette.example/1', { createdAt: '2024-02-01T00:00:00.000Z', target: quote('a gap of £4.2m remains'), tags: ['Budget'] }),
    annotation('a2', 'https://gazette.example/1', {
      createdAt: '2024-02-03T00:00:00.000Z',
      target: quote('libraries will shut'),
      note: 'Ask about Café hours',
    }),
    annotation('a3', 'https://echo.example/2', {
      createdAt: '2024-02-02T00:00:00.000Z',
      target: quote('Mark Rogers said rounds would change'),
      tags: ['budget'],
    }),
    annotation('a4', 'https://gone.example/3', { createdAt: '2024-02-04T00:00:00.000Z', target: quote('an article since forgotten') }),
  ]);
}

const ids = async (facets: Partial<NoteFacets>, sort: Parameters<typeof filterNotes>[2] = 'newest') =>
  filterNotes(await loadDashboardIndex(db), { ...NO_FACETS, ...facets }, sort).map((n) => n.annotation.id);

describe('the dashboard notes index and facets', () => {
  it('lists every note newest first, with its article and the date it is filed under', async () => {
    db = freshDb();
    await seed();
    const index = await loadDashboardIndex(db);
    const all = filterNotes(index, NO_FACETS, 'newest');
    expect(all.map((n) => n.annotation.id)).toEqual(['a4', 'a2', 'a3', 'a1']);
    expect(all[1]?.article?.title).toBe('Library closures approved');
    expect(all[1]?.date).toBe('2024-01-10T09:00:00.000Z');
    // A note whose article is gone is kept, filed under its own date.
    expect(all[0]?.article).toBeNull();
    expect(all[0]?.date).toBe('2024-02-04T00:00:00.000Z');
  });

  it('offers facet choices with counts, tags merged across case', async () => {
    db = freshDb();
    await seed();
    const { choices } = await loadDashboardIndex(db);
    expect(choices.tags).toEqual([{ value: expect.stringMatching(/^budget$/i), count: 2 }]);
    expect(choices.sites).toEqual([
      { value: 'Wessex Gazette', count: 2 },
      { value: 'Borsetshire Echo', count: 1 },
    ]);
    expect(choices.figureKinds).toEqual([{ value: 'money', count: 1 }]);
    expect(choices.officials.map((o) => [o.name, o.count])).toEqual([
      ['Mark Rogers', 2],
      ['Sue Patel', 1],
    ]);
  });

  it('filters by text (quote, note, tag or title, accents ignored), site, tag and figure kind', async () => {
    db = freshDb();
    await seed();
    expect(await ids({ text: 'cafe' })).toEqual(['a2']);
    expect(await ids({ text: 'bin rounds' })).toEqual(['a3']);
    expect(await ids({ site: 'Wessex Gazette' })).toEqual(['a2', 'a1']);
    expect(await ids({ tag: 'BUDGET' })).toEqual(['a3', 'a1']);
    expect(await ids({ figureKind: 'money' })).toEqual(['a1']);
    expect(await ids({ figureKind: 'percent' })).toEqual([]);
    expect(await ids({ tag: 'budget', site: 'Borsetshire Echo' })).toEqual(['a3']);
  });

  it('filters by official: notes on articles naming them, or quoting their full name', async () => {
    db = freshDb();
    await seed();
    const rogers = (await db.officials.toArray()).find((o) => o.name === 'Mark Rogers')!;
    expect(await ids({ officialId: rogers.id })).toEqual(['a2', 'a3', 'a1']);
  });

  it('filters by article date, both ends included', async () => {
    db = freshDb();
    await seed();
    expect(await ids({ from: '2024-01-10', to: '2024-01-10' })).toEqual(['a2', 'a1']);
    expect(await ids({ from: '2024-02-01' })).toEqual(['a4', 'a3']);
    expect(await ids({ to: '2024-02-28' })).toEqual(['a4', 'a2', 'a1']);
  });

  it('sorts by note or article date', async () => {
    db = freshDb();
    await seed();
    expect(await ids({}, 'oldest')).toEqual(['a1', 'a3', 'a2', 'a4']);
    expect(await ids({}, 'article-newest')).toEqual(['a3', 'a4', 'a2', 'a1']);
    expect(await ids({}, 'article-oldest')).toEqual(['a2', 'a1', 'a4', 'a3']);
  });

  it('applies the owner facet only when sync says whose each note is', async () => {
    db = freshDb();
    await seed();
    const index = await loadDashboardIndex(db);
    const mine = { ...NO_FACETS, owner: 'mine' as const };
    expect(filterNotes(index, mine, 'newest')).toHaveLength(4);
    const ownerOf = (a: { id: string }): NoteOwner => (a.id === 'a2' ? 'team' : 'mine');
    expect(filterNotes(index, mine, 'newest', ownerOf).map((n) => n.annotation.id)).toEqual(['a4', 'a3', 'a1']);
    expect(filterNotes(index, { ...NO_FACETS, owner: 'team' }, 'newest', ownerOf).map((n) => n.annotation.id)).toEqual(['a2']);
  });
});
