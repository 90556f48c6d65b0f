import { afterEach, describe, expect, it } from 'vitest';
import { rememberArticle } from '@/storage/articles';
import { saveAnnotation } from '@/storage/annotations';
import { pageContext, RELATED_LIMIT } from '@/storage/page-context';
import type { CouncilLensDb } from '@/storage/db';
import { figureKey } from '@/core/model/records';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const gap = { text: '£4.2m', kind: 'money' as const, value: 4_200_000, unit: 'GBP' };

describe('pageContext', () => {
  it('gives related articles for a shared official and a shared figure, newest first, excluding the page', async () => {
    db = freshDb();
    await rememberArticle(
      db,
      submission('https://n.example/old', { publishedTime: '2023-01-05T00:00:00Z', officials: [official('Mark Rogers')], figures: [gap] }),
      NOW,
    );
    await rememberArticle(db, submission('https://n.example/new', { publishedTime: '2024-02-05T00:00:00Z', officials: [official('Mark Rogers')] }), NOW);
    await rememberArticle(db, submission('https://n.example/other', { officials: [official('Sue Patel')] }), NOW);
    await rememberArticle(db, submission('https://n.example/here', { officials: [official('Rogers')], figures: [gap] }), NOW);
    await saveAnnotation(db, { annotation: annotation('x1', 'https://n.example/here'), article: submission('https://n.example/here') }, NOW);

    const ctx = await pageContext(db, {
      articleId: 'https://n.example/here',
      officials: [official('Rogers'), official('Nobody Known')],
      figureKeys: [figureKey(gap), 'percent:4.99:%'],
    });
    expect(ctx.article?.id).toBe('https://n.example/here');
    expect(ctx.annotations.map((a) => a.id)).toEqual(['x1']);
    expect(ctx.officialIds).toEqual(['mark-rogers', 'nobody-known']);
    expect(ctx.relatedByOfficial['mark-rogers']?.map((r) => r.id)).toEqual(['https://n.example/new', 'https://n.example/old']);
    expect(ctx.relatedByOfficial['nobody-known']).toEqual([]);
    expect(ctx.relatedByFigure[figureKey(gap)]?.map((r) => r.id)).toEqual(['https://n.example/old']);
    expect(ctx.relatedByFigure['percent:4.99:%']).toEqual([]);
    // Reading the context writes nothing.
    expect(await db.officials.get('nobody-known')).toBeUndefined();
  });

  it('works for an unsaved page and caps related articles', async () => {
    db = freshDb();
    for (let i = 0; i < RELATED_LIMIT + 5; i++) {
      await rememberArticle(
        db,
        submission(`https://n.example/${i}`, { publishedTime: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, figures: [gap] }),
        NOW,
      );
    }
    const ctx = await pageContext(db, { articleId: 'https://n.example/unsaved', officials: [], figureKeys: [figureKey(gap)] });
    expect(ctx.article).toBeNull();
    const related = ctx.relatedByFigure[figureKey(gap)] ?? [];
    expect(related).toHaveLength(RELATED_LIMIT);
    expect(related[0]?.id).toBe(`https://n.example/${RELATED_LIMIT + 4}`);
  });

  it('gives each of many figures the articles that state it, and only those', async () => {
    db = freshDb();
    const pct = { text: '4.99%', kind: 'percent' as const, value: 4.99, unit: '%' };
    const many = Array.from({ length: 400 }, (_, i) => ({ text: `${i} homes`, kind: 'count' as const, value: i, unit: 'homes' }));
    await rememberArticle(db, submission('https://n.example/both', { figures: [gap, pct] }), NOW);
    await rememberArticle(db, submission('https://n.example/gap', { figures: [gap, ...many.slice(0, 3)] }), NOW);
    await rememberArticle(db, submission('https://n.example/none', { figures: [] }), NOW);
    await rememberArticle(db, submission('https://n.example/here', { figures: [gap, pct, ...many] }), NOW);
    const keys = [gap, pct, ...many].map((f) => figureKey(f));
    const ctx = await pageContext(db, { articleId: 'https://n.example/here', officials: [], figureKeys: keys });
    const ids = (key: string) => (ctx.relatedByFigure[key] ?? []).map((r) => r.id).sort();
    expect(ids(figureKey(gap))).toEqual(['https://n.example/both', 'https://n.example/gap']);
    expect(ids(figureKey(pct))).toEqual(['https://n.example/both']);
    expect(ids(keys[2] as string)).toEqual(['https://n.example/gap']);
    expect(ids(keys[401] as string)).toEqual([]);
    expect(Object.keys(ctx.relatedByFigure)).toHaveLength(keys.length);
  });
});
