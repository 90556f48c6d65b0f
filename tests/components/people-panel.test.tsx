// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PeoplePanel, type PeoplePanelProps } from '@/components/popup/people-panel';
import type { DossierView } from '@/components/popup/people-types';
import { makeAnnotation } from './fixtures';
import { button, click, mount, typeInto } from './render';

const official = (id: string, name: string, roles: string[] = [], watchlistId: string | null = null) => ({ id, name, roles, aliases: [], watchlistId });

function props(over: Partial<PeoplePanelProps> = {}): PeoplePanelProps {
  return {
    officials: [
      { official: official('priya-okonjo', 'Priya Okonjo', ['council leader'], 'w1'), articleCount: 4, lastSeen: '2025-03-01' },
      { official: official('declan-forde', 'Declan Forde'), articleCount: 1, lastSeen: '2025-02-01' },
    ],
    others: [],
    search: '',
    onSearch: vi.fn(),
    dossier: null,
    onOpenOfficial: vi.fn(),
    onCloseDossier: vi.fn(),
    onOpenArticle: vi.fn(),
    onOpenNote: vi.fn(),
    ...over,
  };
}

describe('PeoplePanel', () => {
  it('lists officials with article counts and reports searches and choices', () => {
    const p = props();
    const root = mount(<PeoplePanel {...p} />);
    const rows = [...root.querySelectorAll('.person-row')];
    expect(rows[0]!.textContent).toContain('Priya Okonjo');
    expect(rows[0]!.textContent).toContain('watched');
    expect(rows[0]!.textContent).toContain('4 articles · council leader');
    expect(rows[1]!.textContent).toContain('1 article');
    typeInto(root.querySelector('input[type="search"]')!, 'okonjo');
    expect(p.onSearch).toHaveBeenCalledWith('okonjo');
    click(rows[1]!);
    expect(p.onOpenOfficial).toHaveBeenCalledWith('declan-forde');
  });

  it('lists the other people articles name under their own folded heading, open while searching', () => {
    const others = [{ official: official('person-mae-ruddock', 'Mae Ruddock', ['resident']), articleCount: 2, lastSeen: '2025-03-02' }];
    const p = props({ others });
    const root = mount(<PeoplePanel {...p} />);
    expect(root.querySelector('[role=status]')!.textContent).toBe('2 officials, 1 other person');
    const fold = root.querySelector<HTMLDetailsElement>('details.other-people')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')!.textContent).toBe('Other people (1)');
    click(fold.querySelector('.person-row')!);
    expect(p.onOpenOfficial).toHaveBeenCalledWith('person-mae-ruddock');
    const searching = mount(<PeoplePanel {...props({ others, officials: [], search: 'ruddock' })} />);
    expect(searching.querySelector<HTMLDetailsElement>('details.other-people')!.open).toBe(true);
  });

  it('shows a dossier in date order with roles, forms and notes', () => {
    const entry = (id: string, date: string, role: string | null, notes = 0) => ({
      article: { id, url: `https://news.example.org/${id}`, title: `Story ${id}`, siteName: 'Marshbury Gazette', publishedTime: date },
      date,
      role,
      forms: ['Cllr Okonjo'],
      annotations: Array.from({ length: notes }, (_, i) => makeAnnotation(i, { articleId: id })),
    });
    const dossier: DossierView = {
      official: { ...official('priya-okonjo', 'Priya Okonjo', ['council leader', 'cabinet member for finance']), aliases: ['Cllr Okonjo'] },
      entries: [entry('a', '2024-11-02', 'cabinet member for finance', 1), entry('b', '2025-01-15', 'council leader')],
    };
    const p = props({ dossier });
    const root = mount(<PeoplePanel {...p} />);
    expect(root.querySelector('h2')!.textContent).toBe('Priya Okonjo');
    expect(root.textContent).toContain('Roles seen: council leader; cabinet member for finance');
    const items = [...root.querySelectorAll('.timeline > li')];
    expect(items.map((li) => li.querySelector('time')!.textContent)).toEqual(['2024-11-02', '2025-01-15']);
    expect(items[0]!.textContent).toContain('named as Cllr Okonjo');
    expect(items[0]!.querySelectorAll('.note-summary').length).toBe(1);
    click(items[1]!.querySelector('a')!);
    expect(p.onOpenArticle).toHaveBeenCalledWith('https://news.example.org/b');
    click(button(root, '← All people'));
    expect(p.onCloseDossier).toHaveBeenCalledOnce();
  });
});
