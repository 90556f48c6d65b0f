import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectExportData } from '@/storage/export-scope';
import { annotation, article, mention, official, sampleData } from './sample-data';
import { freshDb, seed } from '../import/db-helpers';

const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id).sort();
const A1 = 'https://news.example/ashcombe/budget-gap';
const A2 = 'https://news.example/ashcombe/leisure-centre';
const A3 = 'https://news.example/elsewhere/unrelated';

describe('collectExportData', () => {
  const db = freshDb();
  const data = sampleData();
  beforeAll(async () => {
    await seed(db, data);
    // An unrelated article with its own official and annotation, which no narrow scope may pull in.
    await seed(db, {
      ...data,
      articles: [article(A3)],
      officials: [official('z', 'Zainab Quist')],
      mentions: [mention('z', A3)],
      annotations: [annotation(A3, { id: 'unrelated' })],
      links: [],
      watchlist: [],
      settings: null,
    });
  });
  afterAll(() => db.delete());

  it('all: every record and the settings', async () => {
    const all = await collectExportData(db, { kind: 'all' });
    expect(all.annotations).toHaveLength(6);
    expect(all.articles).toHaveLength(3);
    expect(all.settings).toEqual(data.settings);
  });

  it('article: the article, its notes, officials, their watchlist entries and links from it', async () => {
    const d = await collectExportData(db, { kind: 'article', articleId: A1 });
    expect(ids(d.articles)).toEqual([A1]);
    expect(d.annotations.every((a) => a.articleId === A1)).toBe(true);
    expect(d.annotations).toHaveLength(2);
    expect(ids(d.officials)).toEqual(['olwen-pritchard']);
    expect(ids(d.watchlist)).toEqual(['w1']);
    expect(ids(d.links)).toEqual(['link-1']);
    expect(d.settings).toBeNull();
  });

  it('official: the articles naming them and the notes on those articles', async () => {
    const d = await collectExportData(db, { kind: 'official', officialId: 'dev-okafor' });
    expect(ids(d.articles)).toEqual([A2]);
    expect(ids(d.officials)).toEqual(['dev-okafor']);
    expect(d.mentions.map((m) => m.id)).toEqual([`dev-okafor|${A2}`]);
    expect(d.annotations).toHaveLength(3);
  });

  it('filter: only the chosen annotations, with their articles and officials', async () => {
    const chosen = [data.annotations[0]!.id, data.annotations[4]!.id, 'missing-id'];
    const d = await collectExportData(db, { kind: 'filter', annotationIds: chosen });
    expect(ids(d.annotations)).toEqual([data.annotations[0]!.id, data.annotations[4]!.id].sort());
    expect(ids(d.articles)).toEqual([A1, A2]);
    expect(ids(d.officials)).toEqual(['dev-okafor', 'olwen-pritchard']);
    expect(ids(d.links)).toEqual(['link-1']); // made from the first annotation
    expect(d.annotations.some((a) => a.id === 'unrelated')).toBe(false);
  });
});
