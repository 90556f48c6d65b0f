import { afterEach, describe, expect, it } from 'vitest';
import { rememberArticle } from '@/storage/articles';
import { listAnnotations, listSites, listTags } from '@/storage/annotation-queries';
import type { CouncilLensDb } from '@/storage/db';
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRecord } from '@/core/model/records';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

function at(day: number): string {
  return new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString();
}

function quote(exact: string) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
  };
}

async function seed(): Promise<void> {
  await rememberArticle(db, submission('https://gazette.example/1', { siteName: 'Wessex Gazette', officials: [official('Mark Rogers')] }), NOW);
  await rememberArticle(db, submission('https://echo.example/2', { siteName: 'Borsetshire Echo', officials: [official('Sue Patel')] }), NOW);
  await db.annotations.bulkPut([
    annotation('a1', 'https://gazette.example/1', { createdAt: at(1), note: 'Check the Café budget', tags: ['Budget'] }),
    annotation('a2', 'https://gazette.example/1', { createdAt: at(3), note: 'library closures', tags: ['libraries'] }),
    annotation('a3', 'https://echo.example/2', {
      createdAt: at(2),
      note: '',
      tags: ['budget'],
      target: quote('Mark Rogers said the council tax rise was needed'),
    }),
    annotation('a4', 'https://echo.example/2', { createdAt: at(4), note: 'bins', tags: [] }),
  ]);
}

describe('listAnnotations', () => {
  it('lists newest first with paging and a total', async () => {
    db = freshDb();
    await seed();
    const page1 = await listAnnotations(db, { limit: 3 });
    expect(page1.total).toBe(4);
    expect(page1.items.map((i) => i.annotation.id)).toEqual(['a4', 'a2', 'a3']);
    expect(page1.items[0]?.article?.siteName).toBe('Borsetshire Echo');
    const page2 = await listAnnotations(db, { limit: 3, offset: 3 });
    expect(page2.items.map((i) => i.annotation.id)).toEqual(['a1']);
  });

  it('searches quote, note and tags, ignoring case and accents', async () => {
    db = freshDb();
    await seed();
    expect((await listAnnotations(db, { text: 'cafe BUDGET' })).items.map((i) => i.annotation.id)).toEqual(['a1']);
    expect((await listAnnotations(db, { text: 'council tax' })).items.map((i) => i.annotation.id)).toEqual(['a3']);
    expect((await listAnnotations(db, { text: 'libraries' })).items.map((i) => i.annotation.id)).toEqual(['a2']);
    expect((await listAnnotations(db, { text: 'nothing-like-this' })).total).toBe(0);
  });

  it('filters by tag, site and official, combined with search and paging', async () => {
    db = freshDb();
    await seed();
    expect((await listAnnotations(db, { tag: 'budget' })).items.map((i) => i.annotation.id)).toEqual(['a3', 'a1']);
    expect((await listAnnotations(db, { site: 'Wessex Gazette' })).items.map((i) => i.annotation.id)).toEqual(['a2', 'a1']);
    // a1, a2 are on an article naming him; a3's quote names him on another site's article.
    expect((await listAnnotations(db, { officialId: 'mark-rogers' })).items.map((i) => i.annotation.id)).toEqual(['a2', 'a3', 'a1']);
    const combined = await listAnnotations(db, { officialId: 'mark-rogers', tag: 'budget', site: 'Borsetshire Echo' });
    expect(combined.items.map((i) => i.annotation.id)).toEqual(['a3']);
    const paged = await listAnnotations(db, { tag: 'budget', offset: 1, limit: 1 });
    expect(paged.total).toBe(2);
    expect(paged.items.map((i) => i.annotation.id)).toEqual(['a1']);
  });

  it('lists tags and sites for the filters', async () => {
    db = freshDb();
    await seed();
    await db.annotations.put(annotation('a5', 'https://echo.example/2', { createdAt: at(5), tags: ['budget', 'roads'] }));
    expect(await listTags(db)).toEqual([
      { tag: 'budget', count: 3 },
      { tag: 'libraries', count: 1 },
      { tag: 'roads', count: 1 },
    ]);
    expect(await listSites(db)).toEqual(['Borsetshire Echo', 'Wessex Gazette']);
  });

  it('stays fast with 10,000 annotations over 1,000 articles', async () => {
    db = freshDb();
    const articles: ArticleRecord[] = [];
    const notes: Annotation[] = [];
    for (let i = 0; i < 1000; i++) {
      const id = `https://site${i % 20}.example/story-${i}`;
      articles.push({
        id,
        url: id,
        title: `Story ${i}`,
        siteName: `Site ${i % 20}`,
        byline: null,
        publishedTime: at(i % 300),
        textHash: 'h',
        figures: [],
        figureKeys: [],
        officialIds: [],
        auto: true,
        savedAt: at(i % 300),
        updatedAt: at(i % 300),
      });
      for (let j = 0; j < 10; j++) {
        const n = i * 10 + j;
        notes.push(
          annotation(`n${String(n).padStart(5, '0')}`, id, {
            createdAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString(),
            note: n % 97 === 0 ? `needle ${n}` : `ordinary note ${n}`,
            tags: [`tag${n % 50}`],
          }),
        );
      }
    }
    await db.articles.bulkPut(articles);
    await db.annotations.bulkPut(notes);

    const t0 = performance.now();
    const all = await listAnnotations(db, { limit: 20 });
    const found = await listAnnotations(db, { text: 'needle', limit: 20 });
    const bySite = await listAnnotations(db, { site: 'Site 3', tag: 'tag7', limit: 20 });
    const elapsed = performance.now() - t0;

    expect(all.total).toBe(10_000);
    expect(all.items[0]?.annotation.id).toBe('n09999');
    expect(found.total).toBe(notes.filter((n) => n.note.startsWith('needle')).length);
    expect(bySite.items.every((i) => i.article?.siteName === 'Site 3' && i.annotation.tags[0] === 'tag7')).toBe(true);
    expect(bySite.total).toBe(notes.filter((n) => n.tags[0] === 'tag7' && /site3\./.test(n.articleId)).length);
    // fake-indexeddb is far slower than a browser's; this bounds the algorithm, not the engine.
    expect(elapsed).toBeLessThan(5000);
  }, 60_000);
});
