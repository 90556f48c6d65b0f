import { afterEach, describe, expect, it } from 'vitest';
import type { Figure } from '@/core/model/analysis';
import { addLink } from '@/storage/links';
import { rememberArticle } from '@/storage/articles';
import { deleteAnnotations, restoreAnnotations, tagAnnotations } from '@/storage/dashboard-bulk';
import type { CouncilLensDb } from '@/storage/db';
import { figureSeries } from '@/storage/figure-series';
import { monthsOf, officialTimeline, roleSpans } from '@/storage/official-timeline';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const quote = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
});
const fig = (text: string, kind: Figure['kind'], value: number | string, unit: string | null): Figure => ({ text, kind, value, unit, start: 0, end: 0 });
const ref = (id: string) => ({ id, url: id, title: id, siteName: null, publishedTime: null });

/** Three stories about an invented council over four months. */
async function seed() {
  const story = (n: number, date: string, role: string | null, others: string[], figures: Figure[]) =>
    rememberArticle(
      db,
      submission(`https://gazette.example/${n}`, {
        publishedTime: date,
        officials: [official('Priya Anand', ['Cllr Priya Anand', 'Cllr Anand'], role), ...others.map((o) => official(o))],
        figures,
      }),
      NOW,
    );
  await story(
    1,
    '2024-01-05T09:00:00.000Z',
    'cabinet member for finance',
    ['Tom Hale', 'Rita Obi'],
    [fig('£4.2m', 'money', 4.2e6, 'GBP'), fig('2024', 'year', 2024, null)],
  );
  await story(
    2,
    '2024-01-20T09:00:00.000Z',
    'Cabinet Member for Finance',
    ['Tom Hale'],
    [fig('£4.2m', 'money', 4.2e6, 'GBP'), fig('£5m', 'money', 5e6, 'GBP')],
  );
  await story(3, '2024-04-02T09:00:00.000Z', 'deputy leader', ['Tom Hale'], [fig('£6.1m', 'money', 6.1e6, 'GBP'), fig('2024', 'year', 2024, null)]);
  await db.annotations.bulkPut([
    annotation('n1', 'https://gazette.example/1', {
      target: quote('Cllr Anand said the gap was £4.2m'),
      tags: ['budget gap'],
      createdAt: '2024-01-06T00:00:00.000Z',
    }),
    annotation('n2', 'https://gazette.example/2', { target: quote('the gap has grown to £5m'), tags: ['Budget gap'], createdAt: '2024-01-21T00:00:00.000Z' }),
    annotation('n3', 'https://gazette.example/3', { target: quote('now £6.1m short'), tags: ['budget gap'], createdAt: '2024-04-03T00:00:00.000Z' }),
    annotation('n4', 'https://gazette.example/3', { target: quote('bins'), tags: [], createdAt: '2024-04-04T00:00:00.000Z' }),
  ]);
}

describe('an official’s timeline', () => {
  it('counts articles per month with empty months, groups roles over time, splits quotes from notes, ranks co-named officials', async () => {
    db = freshDb();
    await seed();
    const id = (await db.officials.toArray()).find((o) => o.name === 'Priya Anand')!.id;
    const t = (await officialTimeline(db, id))!;
    expect(t.months.map((m) => [m.month, m.articles.length])).toEqual([
      ['2024-01', 2],
      ['2024-02', 0],
      ['2024-03', 0],
      ['2024-04', 1],
    ]);
    expect(t.roles).toEqual([
      { role: 'cabinet member for finance', first: '2024-01-05T09:00:00.000Z', last: '2024-01-20T09:00:00.000Z', articles: 2 },
      { role: 'deputy leader', first: '2024-04-02T09:00:00.000Z', last: '2024-04-02T09:00:00.000Z', articles: 1 },
    ]);
    expect(t.quotes.map((n) => n.annotation.id)).toEqual(['n1']);
    expect(t.notes.map((n) => n.annotation.id)).toEqual(['n2', 'n3', 'n4']);
    expect(t.coNamed.map((o) => [o.name, o.articles])).toEqual([
      ['Tom Hale', 3],
      ['Rita Obi', 1],
    ]);
  });

  it('is null for an unknown official', async () => {
    db = freshDb();
    expect(await officialTimeline(db, 'nobody')).toBeNull();
  });

  it('keeps bad dates off the month axis and skips articles that give no role', () => {
    const arts = [
      { article: ref('a'), date: 'unknown', role: null },
      { article: ref('b'), date: '2023-11-30T00:00:00.000Z', role: 'mayor' },
      { article: ref('c'), date: '2024-01-02T00:00:00.000Z', role: null },
      { article: ref('d'), date: '2024-01-09T00:00:00.000Z', role: 'Mayor' },
    ];
    expect(monthsOf(arts).map((m) => m.month)).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(roleSpans(arts)).toEqual([{ role: 'mayor', first: '2023-11-30T00:00:00.000Z', last: '2024-01-09T00:00:00.000Z', articles: 2 }]);
  });
});

describe('figure series', () => {
  it('follows a tagged figure from story to story, and finds one value shared by several articles, without dates or years', async () => {
    db = freshDb();
    await seed();
    const series = await figureSeries(db);
    const tag = series.find((s) => s.basis === 'tag')!;
    expect(tag.label.toLowerCase()).toBe('budget gap');
    expect(tag.points.map((p) => p.value)).toEqual([4.2e6, 5e6, 6.1e6]);
    const values = series.filter((s) => s.basis === 'value');
    expect(values.map((s) => [s.kind, s.points.length])).toEqual([['money', 2]]);
    expect(values[0]!.points.map((p) => p.article.id)).toEqual(['https://gazette.example/1', 'https://gazette.example/2']);
  });
});

describe('bulk actions', () => {
  it('adds a tag to the notes lacking it, deletes many with their links, and an undo puts them all back', async () => {
    db = freshDb();
    await seed();
    expect(await tagAnnotations(db, ['n1', 'n4', 'missing'], 'BUDGET GAP', NOW)).toBe(1);
    expect((await db.annotations.get('n4'))!.tags).toEqual(['BUDGET GAP']);
    await addLink(db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'annotation', id: 'n2' }, note: 'follow-up' }, NOW);
    const removed = await deleteAnnotations(db, ['n1', 'n2'], NOW);
    expect(removed.map((d) => d.annotation.id)).toEqual(['n1', 'n2']);
    expect(await db.annotations.count()).toBe(2);
    expect(await db.links.count()).toBe(0);
    expect(await db.tombstones.where('table').equals('annotations').count()).toBe(2);
    await restoreAnnotations(db, removed, new Date(NOW.getTime() + 1000));
    expect(await db.annotations.count()).toBe(4);
    expect(await db.links.count()).toBe(1);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('refuses an empty tag', async () => {
    db = freshDb();
    await expect(tagAnnotations(db, ['n1'], '  ', NOW)).rejects.toThrow(/tag/);
  });
});
