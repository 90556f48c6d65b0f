// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OfficialPage } from '@/components/dashboard/official-page';
import type { OfficialTimeline } from '@/core/model/reading-room';
import { parseRoute, routeSearch } from '@/extension-pages/dashboard/use-dashboard-route';
import { makeAnnotation } from './fixtures';
import { button, click, mount } from './render';

const ref = (id: string) => ({ id, url: `https://gazette.example/${id}`, title: `Story ${id}`, siteName: null, publishedTime: null });

const timeline: OfficialTimeline = {
  official: { id: 'priya-anand', name: 'Priya Anand', roles: [] },
  months: [{ month: '2024-01', articles: [ref('a')] }],
  roles: [{ role: 'cabinet member for finance', first: '2024-01-05T09:00:00.000Z', last: '2024-01-20T09:00:00.000Z', articles: 2 }],
  articles: [{ article: ref('a'), date: '2024-01-05T09:00:00.000Z', role: 'cabinet member for finance' }],
  quotes: [{ annotation: makeAnnotation(1), article: ref('a'), date: '2024-01-05T09:00:00.000Z' }],
  notes: [],
  coNamed: [{ id: 'tom-hale', name: 'Tom Hale', articles: 3 }],
};

describe('an official’s page on the dashboard', () => {
  it('shows roles with their dates, the chart, quotes, and opens a co-named official or a note', () => {
    const onOpenOfficial = vi.fn();
    const onOpenNote = vi.fn();
    const root = mount(<OfficialPage timeline={timeline} onBack={vi.fn()} onOpenOfficial={onOpenOfficial} onOpenNote={onOpenNote} />);
    expect(root.querySelector('h2')!.textContent).toBe('Priya Anand');
    expect(root.querySelector('.role-spans li')!.textContent).toBe('cabinet member for finance 5 Jan 2024 – 20 Jan 2024 · 2 articles');
    expect(root.querySelector('svg.month-bars')).not.toBeNull();
    click(button(root, 'Tom Hale'));
    expect(onOpenOfficial).toHaveBeenCalledWith('tom-hale');
    click(root.querySelector('.timeline-notes button')!);
    expect(onOpenNote).toHaveBeenCalledWith(timeline.quotes[0]);
    expect(root.textContent).toContain('Other notes on these articles (0)');
  });
});

describe('the dashboard route', () => {
  it('reads and writes the view and official in the address, falling back to the notes', () => {
    expect(parseRoute('?view=figures')).toEqual({ view: 'figures', official: null });
    expect(parseRoute('?official=tom-hale')).toEqual({ view: 'officials', official: 'tom-hale' });
    expect(parseRoute('?view=nonsense')).toEqual({ view: 'notes', official: null });
    expect(parseRoute('?view=notes&official=tom-hale')).toEqual({ view: 'notes', official: null });
    expect(parseRoute(routeSearch({ view: 'officials', official: 'a b&c' }))).toEqual({ view: 'officials', official: 'a b&c' });
  });
});
