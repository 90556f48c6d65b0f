// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { LinkEditor, type LinkEditorProps } from '@/components/popup/link-editor';
import type { LinkTargetView, LinkView } from '@/components/popup/link-types';
import { NotesPanel } from '@/components/popup/notes-panel';
import { EMPTY_QUERY } from '@/components/popup/notes-query';
import { makeAnnotation } from './fixtures';
import { button, click, fire, mount, typeInto } from './render';

const depot: LinkTargetView = {
  type: 'article',
  id: 'https://news.example.org/depot-sale',
  title: 'Depot sale to close budget gap',
  url: 'https://news.example.org/depot-sale',
  siteName: 'Hallam Herald',
  context: null,
  date: '2025-01-03T00:00:00.000Z',
};
const otherNote: LinkTargetView = {
  type: 'annotation',
  id: 'ann-9',
  title: 'the depot would fetch £3m at most',
  url: 'https://news.example.org/depot-sale',
  siteName: 'Hallam Herald',
  context: 'Depot sale to close budget gap',
  date: '2025-01-04T00:00:00.000Z',
};
const link = (over: Partial<LinkView> = {}): LinkView => ({
  id: 'l1',
  direction: 'outgoing',
  other: depot,
  note: 'follow-up',
  createdAt: '2025-02-01T00:00:00.000Z',
  ...over,
});

function props(over: Partial<LinkEditorProps> = {}): LinkEditorProps {
  return {
    annotation: makeAnnotation(1),
    links: [],
    search: '',
    onSearch: vi.fn(),
    candidates: [otherNote, depot],
    onSave: vi.fn(),
    onRemove: vi.fn(),
    onOpen: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

/** Holds the search like the popup does and filters the candidates by title. */
function Harness({ onSearch, onSave }: { onSearch: (t: string) => void; onSave: LinkEditorProps['onSave'] }) {
  const [search, setSearch] = useState('');
  const candidates = [otherNote, depot].filter((c) => c.title.toLowerCase().includes(search.toLowerCase()));
  return (
    <LinkEditor
      {...props({ onSave })}
      search={search}
      candidates={candidates}
      onSearch={(t) => {
        setSearch(t);
        onSearch(t);
      }}
    />
  );
}

describe('LinkEditor', () => {
  it('lists candidate articles and notes and reports search text', () => {
    const onSearch = vi.fn();
    const root = mount(<Harness onSearch={onSearch} onSave={vi.fn()} />);
    const labels = () => [...root.querySelectorAll('.link-candidates label')].map((l) => l.textContent);
    expect(labels()).toEqual([
      'Note: “the depot would fetch £3m at most” · Depot sale to close budget gap',
      'Article: Depot sale to close budget gap · Hallam Herald',
    ]);
    typeInto(root.querySelector('input[type="search"]')!, '£3m');
    expect(onSearch).toHaveBeenLastCalledWith('£3m');
    expect(labels()).toHaveLength(1);
    typeInto(root.querySelector('input[type="search"]')!, 'nothing like it');
    expect(root.textContent).toContain('Nothing saved matches.');
  });

  it('saves the chosen target with the relation note, then clears the form', () => {
    const p = props();
    const root = mount(<LinkEditor {...p} />);
    const save = button(root, 'Save');
    expect(save.disabled).toBe(true);
    click(root.querySelector(`input[value="article:${depot.id}"]`)!);
    const relation = root.querySelector<HTMLInputElement>('input[list]')!;
    typeInto(relation, '  contradicts ');
    expect(save.disabled).toBe(false);
    click(save);
    expect(p.onSave).toHaveBeenCalledWith({ type: 'article', id: depot.id }, 'contradicts');
    expect(relation.value).toBe('');
    expect(button(root, 'Save').disabled).toBe(true);
  });

  it('offers the relation suggestions in a datalist tied to the input', () => {
    const root = mount(<LinkEditor {...props()} />);
    const input = root.querySelector<HTMLInputElement>('input[list]')!;
    const list = root.querySelector(`datalist[id="${input.getAttribute('list')}"]`)!;
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['follow-up', 'contradicts', 'same figure', 'background']);
  });

  it('will not save a choice the search has hidden', () => {
    const onSave = vi.fn();
    const root = mount(<Harness onSearch={vi.fn()} onSave={onSave} />);
    click(root.querySelector(`input[value="annotation:ann-9"]`)!);
    typeInto(root.querySelector('input[type="search"]')!, 'depot sale');
    expect(button(root, 'Save').disabled).toBe(true);
  });

  it('lists existing links with their relation, opens web ones, and removes one', () => {
    const incoming = link({ id: 'l2', direction: 'incoming', other: { ...otherNote, url: null }, note: '' });
    const p = props({ links: [link(), incoming] });
    const root = mount(<LinkEditor {...p} />);
    const lines = [...root.querySelectorAll('.link-line')];
    expect(lines[0]!.textContent).toContain('→ Links to Follow-up: Depot sale to close budget gap');
    const anchor = lines[0]!.querySelector('a')!;
    expect(anchor.getAttribute('href')).toBe(depot.url);
    // Cancelable, as a real click is: the popup opens the tab itself instead of following the link.
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fire(anchor, event);
    expect(event.defaultPrevented).toBe(true);
    expect(p.onOpen).toHaveBeenCalledWith(depot);
    expect(lines[1]!.querySelector('a')).toBeNull();
    expect(lines[1]!.textContent).toContain('← Linked from “the depot would fetch £3m at most”');
    const remove = button(lines[1]!, 'Remove');
    expect(remove.getAttribute('aria-label')).toBe('Remove link to “the depot would fetch £3m at most”');
    click(remove);
    expect(p.onRemove).toHaveBeenCalledWith(incoming);
  });

  it('never turns a non-web URL into a link and renders titles as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const p = props({ links: [link({ other: { ...depot, title: hostile, url: 'javascript:alert(1)' } })], candidates: [{ ...depot, title: hostile }] });
    const root = mount(<LinkEditor {...p} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('.link-line')!.textContent).toContain(hostile);
  });

  it('focuses the search box and closes on Escape', () => {
    const p = props();
    const root = mount(<LinkEditor {...p} />);
    expect(document.activeElement).toBe(root.querySelector('input[type="search"]'));
    fire(root.querySelector('input[type="search"]')!, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(p.onClose).toHaveBeenCalled();
  });
});

describe('NotesPanel link action', () => {
  const article = { id: 'a1', url: 'https://news.example.org/a1', title: 'Budget gap widens', siteName: 'Marshbury Gazette', publishedTime: null };
  const base = {
    items: [2, 1].map((n) => ({ annotation: makeAnnotation(n), article })),
    query: EMPTY_QUERY,
    options: { tags: [], sites: [], officials: [] },
    onQueryChange: vi.fn(),
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onRestore: vi.fn(),
    onOpen: vi.fn(),
  };

  it('offers "Link…" named after the quote and opens the editor for that note, focus returning on close', async () => {
    const root = mount(
      <NotesPanel
        {...base}
        renderLinkEditor={(a, close) => (
          <div class="fake-editor">
            Linking {a.id}
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        )}
      />,
    );
    const linkButton = button(root.querySelectorAll('.note-row')[1]!, 'Link…');
    expect(linkButton.getAttribute('aria-label')).toMatch(/^Link note “Quote number 1/);
    linkButton.focus();
    click(linkButton);
    expect(root.querySelector('.fake-editor')!.textContent).toContain('Linking ann-1');
    click(button(root, 'Close'));
    expect(root.querySelector('.fake-editor')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(linkButton);
  });

  it('shows one panel at a time and no "Link…" without a link editor', () => {
    const root = mount(<NotesPanel {...base} renderLinkEditor={(a) => <div class="fake-editor">{a.id}</div>} />);
    click(button(root.querySelectorAll('.note-row')[0]!, 'Link…'));
    click(button(root.querySelectorAll('.note-row')[0]!, 'Edit'));
    expect(root.querySelector('.fake-editor')).toBeNull();
    expect(root.querySelector('form.note-editor')).not.toBeNull();
    const plain = mount(<NotesPanel {...base} />);
    expect([...plain.querySelectorAll('button')].some((b) => b.textContent === 'Link…')).toBe(false);
  });
});
