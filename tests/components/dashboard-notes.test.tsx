// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { NotesView, type NotesViewProps } from '@/components/dashboard/notes-view';
import { NO_FACETS, type DashboardNote } from '@/core/model/reading-room';
import { makeAnnotation } from './fixtures';
import { button, choose, click, fire, mount, typeInto } from './render';

const SORTS = { newest: 'Newest note first', oldest: 'Oldest note first', 'article-newest': 'Newest article first', 'article-oldest': 'Oldest article first' };

function note(n: number): DashboardNote {
  const annotation = makeAnnotation(n, { note: `Ask about <b>item</b> ${n}`, tags: ['budget'] });
  return {
    annotation,
    article: { id: 'a', url: 'https://gazette.example/a', title: 'Cuts agreed', siteName: 'Wessex Gazette', publishedTime: null },
    date: '2024-03-02T09:00:00.000Z',
  };
}

function props(over: Partial<NotesViewProps> = {}): NotesViewProps {
  const items = Array.from({ length: 500 }, (_, i) => note(i));
  return {
    items,
    matching: items.length,
    total: 800,
    ready: true,
    facets: NO_FACETS,
    sort: 'newest',
    sortLabels: SORTS,
    choices: {
      sites: [{ value: 'Wessex Gazette', count: 500 }],
      tags: [{ value: 'budget', count: 500 }],
      officials: [{ id: 'p', name: 'Priya Anand', count: 3 }],
      figureKinds: [{ value: 'money', count: 2 }],
    },
    hasOwners: false,
    selected: new Set(['ann-1']),
    listHeight: 400,
    undoable: null,
    onFacets: vi.fn(),
    onSort: vi.fn(),
    onToggle: vi.fn(),
    onSelectAll: vi.fn(),
    onClear: vi.fn(),
    onTag: vi.fn(),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onUndo: vi.fn(),
    onOpen: vi.fn(),
    ...over,
  };
}

describe('the dashboard notes view', () => {
  it('shows the count, renders only the rows in view, and notes as text', () => {
    const root = mount(<NotesView {...props()} />);
    expect(root.querySelector('.result-count')!.textContent).toBe('500 of 800 notes');
    const rows = root.querySelectorAll('.dash-note');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(20);
    expect(root.querySelector('.note-text')!.textContent).toBe('Ask about <b>item</b> 0');
    expect(root.querySelector('.note-text b')).toBeNull();
    expect(root.querySelector('.bulk-count')!.textContent).toBe('1 of 500 selected');
  });

  it('reports each facet, the sort, selection and the bulk actions', () => {
    const p = props();
    const root = mount(<NotesView {...p} />);
    typeInto(root.querySelector('[name=q]')!, 'library');
    expect(p.onFacets).toHaveBeenLastCalledWith({ ...NO_FACETS, text: 'library' });
    choose(root.querySelector('[name=official]')!, 'p');
    expect(p.onFacets).toHaveBeenLastCalledWith({ ...NO_FACETS, officialId: 'p' });
    choose(root.querySelector('[name=figure]')!, 'money');
    expect(p.onFacets).toHaveBeenLastCalledWith({ ...NO_FACETS, figureKind: 'money' });
    typeInto(root.querySelector('[name=from]')!, '2024-01-01');
    expect(p.onFacets).toHaveBeenLastCalledWith({ ...NO_FACETS, from: '2024-01-01' });
    choose(root.querySelector('[name=sort]')!, 'article-oldest');
    expect(p.onSort).toHaveBeenCalledWith('article-oldest');
    const box = root.querySelectorAll<HTMLInputElement>('.dash-note input[type=checkbox]')[2]!;
    box.checked = true;
    fire(box, new Event('change', { bubbles: true }));
    expect(p.onToggle).toHaveBeenCalledWith('ann-2', true);
    click(button(root, 'Select all 500'));
    expect(p.onSelectAll).toHaveBeenCalled();
    typeInto(root.querySelector('.bulk-tag input')!, ' follow-up ');
    fire(root.querySelector('.bulk-tag')!, new Event('submit', { bubbles: true, cancelable: true }));
    expect(p.onTag).toHaveBeenCalledWith('follow-up');
    click(button(root, 'Delete'));
    expect(p.onDelete).toHaveBeenCalled();
    choose(root.querySelector('.bulk-export select')!, 'csv');
    fire(root.querySelector('.bulk-export')!, new Event('submit', { bubbles: true, cancelable: true }));
    expect(p.onExport).toHaveBeenCalledWith('csv');
  });

  it('shows no owner facet until team sync supplies owners, and offers Undo after a delete', () => {
    expect(mount(<NotesView {...props()} />).querySelector('[name=owner]')).toBeNull();
    const p = props({ hasOwners: true, undoable: 3 });
    const root = mount(<NotesView {...p} />);
    choose(root.querySelector('[name=owner]')!, 'team');
    expect(p.onFacets).toHaveBeenLastCalledWith({ ...NO_FACETS, owner: 'team' });
    expect(root.querySelector('.bulk-undo')!.textContent).toContain('Deleted 3 notes');
    click(button(root, 'Undo'));
    expect(p.onUndo).toHaveBeenCalled();
  });

  it('while the notes are still read, shows the newest with the full count and offers no select-all', () => {
    const first = Array.from({ length: 60 }, (_, i) => note(i));
    const root = mount(<NotesView {...props({ items: first, matching: 800, ready: false, selected: new Set() })} />);
    expect(root.querySelector('.result-count')!.textContent).toBe('800 notes');
    expect(root.textContent).toContain('Showing the newest');
    expect(button(root, 'Select all 0').disabled).toBe(true);
  });
});
