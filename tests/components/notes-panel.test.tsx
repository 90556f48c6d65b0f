// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { NotesPanel, type NotesPanelProps } from '@/components/popup/notes-panel';
import { EMPTY_QUERY, type NoteListItem, type NotesQuery } from '@/components/popup/notes-query';
import { makeAnnotation } from './fixtures';
import { button, choose, click, fire, mount, typeInto } from './render';

const article = { id: 'a1', url: 'https://news.example.org/a1', title: 'Budget gap widens', siteName: 'Marshbury Gazette', publishedTime: null };
const item = (n: number, over = {}): NoteListItem => ({ annotation: makeAnnotation(n, over), article });
const options = { tags: ['budget', 'planning'], sites: ['Marshbury Gazette', 'Trowle Echo'], officials: [{ id: 'priya-okonjo', name: 'Priya Okonjo' }] };

function props(over: Partial<NotesPanelProps> = {}): NotesPanelProps {
  return {
    items: [item(3), item(2), item(1)],
    query: EMPTY_QUERY,
    options,
    onQueryChange: vi.fn(),
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onRestore: vi.fn(),
    onOpen: vi.fn(),
    ...over,
  };
}

/** Holds the query like the popup does, reporting each change. */
function Harness({ onQuery, items }: { onQuery: (q: NotesQuery) => void; items: NoteListItem[] }) {
  const [query, setQuery] = useState(EMPTY_QUERY);
  return (
    <NotesPanel
      {...props({ items })}
      query={query}
      onQueryChange={(q) => {
        setQuery(q);
        onQuery(q);
      }}
    />
  );
}

describe('NotesPanel', () => {
  it('reports search text and each filter, keeping the others', () => {
    const onQuery = vi.fn();
    const root = mount(<Harness onQuery={onQuery} items={[item(1)]} />);
    typeInto(root.querySelector('input[type="search"]')!, 'leisure centre');
    expect(onQuery).toHaveBeenLastCalledWith({ ...EMPTY_QUERY, text: 'leisure centre' });
    const [tag, site, official] = [...root.querySelectorAll('select')];
    choose(tag!, 'planning');
    choose(site!, 'Trowle Echo');
    choose(official!, 'priya-okonjo');
    expect(onQuery).toHaveBeenLastCalledWith({ text: 'leisure centre', tag: 'planning', site: 'Trowle Echo', officialId: 'priya-okonjo', author: null });
    choose(tag!, '');
    expect(onQuery).toHaveBeenLastCalledWith({ text: 'leisure centre', tag: null, site: 'Trowle Echo', officialId: 'priya-okonjo', author: null });
    const whose = [...root.querySelectorAll('select')][3]!;
    choose(whose, 'team');
    expect(onQuery).toHaveBeenLastCalledWith({ text: 'leisure centre', tag: null, site: 'Trowle Echo', officialId: 'priya-okonjo', author: 'team' });
  });

  it('labels every filter control', () => {
    const root = mount(<NotesPanel {...props()} />);
    for (const control of root.querySelectorAll('input, select')) {
      expect(control.closest('label'), control.outerHTML).not.toBeNull();
    }
  });

  it('shows rows in the given (newest first) order with their source, and opens one', () => {
    const p = props();
    const root = mount(<NotesPanel {...p} />);
    const rows = [...root.querySelectorAll('.note-row')];
    expect(rows.map((r) => r.querySelector('.note-text')!.textContent)).toEqual(['Note 3', 'Note 2', 'Note 1']);
    expect(rows[0]!.textContent).toContain('Budget gap widens');
    click(button(rows[1]!, 'Open'));
    expect(p.onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'ann-2' }));
  });

  it('deletes with an Undo that restores the same annotation', () => {
    const p = props();
    const root = mount(<NotesPanel {...p} />);
    click(button(root.querySelectorAll('.note-row')[0]!, 'Delete'));
    expect(p.onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'ann-3' }));
    click(button(root, 'Undo'));
    expect(p.onRestore).toHaveBeenCalledWith(expect.objectContaining({ id: 'ann-3', note: 'Note 3' }));
    expect(root.querySelector('.undo')).toBeNull();
  });

  it('edits note, tags and colour and saves them', () => {
    const p = props();
    const root = mount(<NotesPanel {...p} />);
    click(button(root.querySelectorAll('.note-row')[2]!, 'Edit'));
    const form = root.querySelector('form.note-editor')!;
    typeInto(form.querySelector('textarea')!, 'Ask the finance officer');
    typeInto(form.querySelector('input[type="text"]')!, 'budget, follow-up , budget,');
    click(form.querySelector('input[value="pink"]')!);
    click(button(form, 'Save'));
    expect(p.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'ann-1', note: 'Ask the finance officer', tags: ['budget', 'follow-up'], color: 'pink' }),
    );
    expect(root.querySelector('form.note-editor')).toBeNull();
  });

  it('renders hostile note text, tags and quotes as text', () => {
    const hostile = '<script>document.title="owned"</script><img src=x onerror=alert(1)>';
    const a = makeAnnotation(1, { note: hostile, tags: [hostile] });
    a.target.quote.exact = hostile;
    const root = mount(<NotesPanel {...props({ items: [{ annotation: a, article: { ...article, title: hostile } }] })} />);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.note-text')!.textContent).toBe(hostile);
  });

  it('keeps 10,000 notes to a handful of DOM rows', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => item(10_000 - i));
    const root = mount(<NotesPanel {...props({ items, total: 10_000 })} />);
    expect(root.querySelectorAll('.note-row').length).toBeLessThan(15);
    expect(root.textContent).toContain('10,000 notes');
  });

  it('distinguishes no notes at all from no matches', () => {
    expect(mount(<NotesPanel {...props({ items: [] })} />).textContent).toContain('No notes yet.');
    expect(mount(<NotesPanel {...props({ items: [], query: { ...EMPTY_QUERY, tag: 'budget' } })} />).textContent).toContain('No notes match.');
  });

  it('badges notes that could not be placed on their page, and only those', () => {
    const items = [item(2, { orphanedAt: '2025-02-01T10:00:00.000Z' }), item(1)];
    const root = mount(<NotesPanel {...props({ items })} />);
    const rows = [...root.querySelectorAll('.note-row')];
    expect(rows[0]!.querySelector('.orphan-badge')!.textContent).toBe('Could not be placed on its page');
    expect(rows[1]!.querySelector('.orphan-badge')).toBeNull();
    expect(rows[1]!.textContent).not.toMatch(/could not be placed/i);
  });

  it('keeps keyboard focus in the panel: on Undo after a delete, back on Edit after Escape', async () => {
    const root = mount(<NotesPanel {...props()} />);
    const edit = button(root.querySelectorAll('.note-row')[1]!, 'Edit');
    edit.focus();
    click(edit);
    const textarea = root.querySelector('form.note-editor textarea')!;
    expect(document.activeElement).toBe(textarea);
    fire(textarea, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.querySelector('form.note-editor')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(edit);
    click(button(root.querySelectorAll('.note-row')[0]!, 'Delete'));
    expect(document.activeElement).toBe(button(root, 'Undo'));
  });

  it('names each row action after its quote so repeated buttons can be told apart', () => {
    const root = mount(<NotesPanel {...props()} />);
    const del = button(root.querySelectorAll('.note-row')[0]!, 'Delete');
    expect(del.getAttribute('aria-label')).toMatch(/^Delete note “Quote number 3/);
  });
});
