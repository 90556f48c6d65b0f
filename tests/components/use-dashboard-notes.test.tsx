// @vitest-environment happy-dom
/**
 * The dashboard's notes hook against a real (fake-indexeddb) database: the newest page first, then
 * every note indexed, with facet counts, and a facet answered on the index; a change made elsewhere
 * comes back through the live query.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NO_FACETS, type NoteFacets } from '@/core/model/reading-room';
import { db } from '@/extension-pages/database';
import { useDashboardNotes, type DashboardNotes } from '@/extension-pages/dashboard/use-dashboard-notes';
import { rememberArticle } from '@/storage/articles';
import { updateAnnotation } from '@/storage/annotations';
import { annotation, NOW, official, submission } from '../storage/fixtures';

let latest: DashboardNotes | null = null;
function Probe({ facets }: { facets: NoteFacets }) {
  latest = useDashboardNotes(facets, 'newest');
  return null;
}

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 150 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
};

describe('useDashboardNotes', () => {
  it('shows the newest notes, then indexes them all and filters in memory, live', async () => {
    await rememberArticle(db, submission('https://gazette.example/1', { officials: [official('Priya Anand')] }), NOW);
    await db.annotations.bulkPut([
      annotation('d1', 'https://gazette.example/1', { tags: ['budget'], createdAt: '2024-03-02T10:00:00.000Z' }),
      annotation('d2', 'https://gazette.example/1', { tags: [], createdAt: '2024-03-03T10:00:00.000Z' }),
    ]);
    const host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<Probe facets={NO_FACETS} />, host));
    await settle(() => !!latest?.ready);
    expect(latest!.items!.map((n) => n.annotation.id)).toEqual(['d2', 'd1']);
    expect(latest!.total).toBe(2);
    expect(latest!.choices.tags).toEqual([{ value: 'budget', count: 1 }]);

    await act(() => render(<Probe facets={{ ...NO_FACETS, tag: 'budget' }} />, host));
    expect(latest!.items!.map((n) => n.annotation.id)).toEqual(['d1']);
    expect(latest!.matching).toBe(1);

    await updateAnnotation(db, 'd2', { tags: ['Budget'] }, NOW);
    await settle(() => latest!.matching === 2);
    expect(latest!.items!.map((n) => n.annotation.id)).toEqual(['d2', 'd1']);
    render(null, host);
  });
});
