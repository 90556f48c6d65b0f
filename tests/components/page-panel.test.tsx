// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PagePanel, type PagePanelProps } from '@/components/popup/page-panel';
import type { PageState } from '@/messaging/protocol';
import { makeAnnotation } from './fixtures';
import { button, click, mount } from './render';

function props(state: PageState | null, over: Partial<PagePanelProps> = {}): PagePanelProps {
  return {
    state,
    notes: [],
    saved: true,
    onAnalyse: vi.fn(),
    onToggleCategory: vi.fn(),
    onForget: vi.fn(),
    onShowNote: vi.fn(),
    ...over,
  };
}

const article: PageState = {
  status: 'article',
  articleId: 'https://news.example.org/marshbury-budget',
  title: 'Marshbury leisure centre bill rises to £4.2m',
  officials: [
    { id: 'priya-okonjo', name: 'Priya Okonjo', role: 'leader of Marshbury Borough Council', count: 3 },
    { id: 'declan-forde', name: 'Declan Forde', role: null, count: 1 },
  ],
  people: [{ name: 'Nell Abara', role: 'a resident of Quay Street', count: 2 }],
  figures: [
    { text: '£4.2m', kind: 'money', value: 4_200_000, unit: 'GBP' },
    { text: '12%', kind: 'percent', value: 12, unit: '%' },
    { text: '£4.2m', kind: 'money', value: 4_200_000, unit: 'GBP' },
  ],
  hidden: { person: true, figure: true },
  orphans: ['ann-2'],
};

describe('PagePanel', () => {
  it('says plainly that a page is not an article, with the reason', () => {
    const root = mount(<PagePanel {...props({ status: 'not-article', reason: 'it looks like a list of links' })} />);
    expect(root.textContent).toContain('This page does not look like an article: it looks like a list of links');
  });

  it('offers to analyse a page no content script has run on', () => {
    const p = props({ status: 'not-run' });
    const root = mount(<PagePanel {...p} />);
    expect(root.textContent).toContain('Not analysed yet');
    click(button(root, 'Analyse this page'));
    expect(p.onAnalyse).toHaveBeenCalledOnce();
  });

  it('lists officials with roles and counts, figures by kind, and category toggles', () => {
    const p = props(article);
    const root = mount(<PagePanel {...p} />);
    const officials = [...root.querySelectorAll('.officials:not(.other-people) li')].map((li) => li.textContent);
    const others = [...root.querySelectorAll('.other-people li')].map((li) => li.textContent);
    expect(others).toEqual(['Nell Abara, a resident of Quay Street ×2']);
    expect(root.textContent).toContain('Other people (1)');
    expect(officials[0]).toContain('Priya Okonjo, leader of Marshbury Borough Council');
    expect(officials[0]).toContain('×3');
    const groups = [...root.querySelectorAll('.figure-group')].map((g) => [g.querySelector('h4')!.textContent, g.querySelectorAll('li').length]);
    expect(groups).toEqual([
      ['Money', 1],
      ['Percentages', 1],
    ]);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.toggles input')];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false, true]);
    boxes[0]!.checked = false;
    boxes[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onToggleCategory).toHaveBeenCalledWith('official', false);
  });

  it('lists notes it could not place under their own heading, separately from placed ones', () => {
    const notes = [makeAnnotation(1), makeAnnotation(2, { note: 'Check against the cabinet report' })];
    const root = mount(<PagePanel {...props(article, { notes })} />);
    const orphans = root.querySelector('.orphans')!;
    expect(orphans.querySelector('h3')!.textContent).toContain('Could not be placed on this page (1)');
    expect(orphans.textContent).toContain('Check against the cabinet report');
    expect(root.querySelector('[aria-labelledby="mynotes-h"]')!.textContent).toContain('Note 1');
    expect(root.querySelector('[aria-labelledby="mynotes-h"]')!.textContent).not.toContain('cabinet report');
  });

  it('renders hostile page and note text as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const notes = [makeAnnotation(1, { note: hostile, tags: ['<b>x</b>'] })];
    const state: PageState = { ...article, title: hostile, officials: [{ id: 'x', name: hostile, role: hostile, count: 1 }], orphans: [] };
    const root = mount(<PagePanel {...props(state, { notes })} />);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.article-title')!.textContent).toBe(hostile);
    expect(root.querySelector('.note-text')!.textContent).toBe(hostile);
  });

  it('asks before forgetting a saved article', () => {
    const p = props(article);
    const root = mount(<PagePanel {...p} />);
    click(button(root, 'Forget this article'));
    expect(p.onForget).not.toHaveBeenCalled();
    click(button(root, 'Cancel'));
    click(button(root, 'Forget this article'));
    click(button(root, 'Forget'));
    expect(p.onForget).toHaveBeenCalledOnce();
  });

  it('says how to keep an unsaved article when it cannot be saved from here', () => {
    const root = mount(<PagePanel {...props(article, { saved: false })} />);
    expect(root.textContent).toContain('add a highlight or note to keep this article');
  });

  it('saves on request, shows progress, and confirms once the article is stored', async () => {
    let finish: () => void = () => {};
    const onSave = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const container = mount(<PagePanel {...props(article, { saved: false, onSave })} />);
    click(button(container, 'Save this article'));
    expect(onSave).toHaveBeenCalledOnce();
    const saving = button(container, 'Saving…');
    expect(saving.disabled).toBe(true);
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(button(container, 'Save this article').disabled).toBe(false);
    // The live query then reports the article as stored.
    act(() => render(<PagePanel {...props(article, { saved: true, onSave })} />, container));
    expect(container.querySelector('[role="status"].saved-notice')!.textContent).toContain('Article saved');
    expect(button(container, 'Forget this article')).toBeTruthy();
  });

  it('does not claim a save happened when the article was already saved on opening', () => {
    const root = mount(<PagePanel {...props(article, { saved: true, onSave: vi.fn() })} />);
    expect(root.querySelector('.saved-notice')!.textContent).toBe('');
  });

  it('falls back to the stored orphan flag when the page did not report orphans', () => {
    const notes = [makeAnnotation(1), makeAnnotation(2, { orphanedAt: '2025-02-01T10:00:00.000Z', note: 'Gone from the page' })];
    const { orphans: _omit, ...withoutReport } = article;
    const root = mount(<PagePanel {...props(withoutReport, { notes })} />);
    const section = root.querySelector('.orphans')!;
    expect(section.textContent).toContain('Could not be placed on this page (1)');
    expect(section.textContent).toContain('Gone from the page');
    expect(root.querySelector('[aria-labelledby="mynotes-h"]')!.textContent).toContain('Note 1');
  });

  it('moves focus into the forget confirmation and back out on Cancel', () => {
    const root = mount(<PagePanel {...props(article)} />);
    click(button(root, 'Forget this article'));
    expect(document.activeElement).toBe(button(root, 'Forget'));
    click(button(root, 'Cancel'));
    expect(document.activeElement).toBe(button(root, 'Forget this article'));
  });
});
