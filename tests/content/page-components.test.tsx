// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageOverlay, EMPTY_OVERLAY, type OverlayState } from '@/components/page/page-overlay';
import { describeNote } from '@/content/describe-mark';
import type { Annotation } from '@/core/model/annotation';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(state: OverlayState, overrides: Partial<Parameters<typeof PageOverlay>[0]> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const handlers = {
    onCardHover: vi.fn(),
    onHighlight: vi.fn(),
    onStartNote: vi.fn(),
    onSaveNote: vi.fn(),
    onDeleteNote: vi.fn(),
    onCancelNote: vi.fn(),
    onDismissToast: vi.fn(),
    ...overrides,
  };
  act(() => render(<PageOverlay state={state} {...handlers} />, root));
  return handlers;
}

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const NOTE: Annotation = {
  id: 'n1',
  articleId: 'https://news.example/a',
  url: 'https://news.example/a',
  target: { quote: { exact: 'q', prefix: '', suffix: '' } } as Annotation['target'],
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('PageOverlay', () => {
  it('renders page text and related titles as text, and only http(s) links', () => {
    mount({
      ...EMPTY_OVERLAY,
      card: {
        x: 0,
        y: 0,
        kind: 'official',
        heading: HOSTILE,
        details: ['leader'],
        related: [
          { id: '1', url: 'javascript:alert(3)', title: HOSTILE, siteName: null, publishedTime: null },
          { id: '2', url: 'https://news.example/a', title: 'Earlier', siteName: 'Example', publishedTime: '2026-01-02T00:00:00Z' },
        ],
      },
    });
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
    const links = [...root.querySelectorAll('a')];
    expect(links[0]?.hasAttribute('href')).toBe(false);
    expect(links[1]?.getAttribute('href')).toBe('https://news.example/a');
    expect(root.textContent).toContain('Example · 2026-01-02');
  });

  it("shows the reader's note, as text, in a card without the related-articles section", async () => {
    mount({ ...EMPTY_OVERLAY, card: { x: 0, y: 0, ...describeNote({ ...NOTE, note: HOSTILE, tags: ['budget'] })! } });
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.querySelector('.kind')?.textContent).toBe('Your note');
    expect(root.querySelector('.heading')?.textContent).toBe(HOSTILE);
    expect(root.textContent).toContain('Tags: budget');
    expect(root.querySelector('.subhead')).toBeNull();
    // Announced to screen readers from a live region, once the region is there.
    const region = root.querySelector('[role=status]');
    expect(region?.textContent).toBe('');
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(region?.textContent).toBe(`Your note: ${HOSTILE}. Tags: budget. Click, or press Enter, to edit`);
  });

  it('offers a button per colour and a note button on a selection', () => {
    const on = mount({ ...EMPTY_OVERLAY, toolbar: { x: 10, y: 10 } });
    const buttons = [...root.querySelectorAll('button')];
    act(() => buttons.find((b) => b.getAttribute('aria-label') === 'Highlight in green')!.click());
    expect(on.onHighlight).toHaveBeenCalledWith('green');
    act(() => root.querySelector<HTMLButtonElement>('.note-button')!.click());
    expect(on.onStartNote).toHaveBeenCalled();
  });

  it('saves a note with parsed tags and offers Delete only for a saved note', () => {
    const editor = { x: 0, y: 0, quote: 'the quote', initial: { note: '', tags: [], color: 'yellow' as const }, existing: false };
    const on = mount({ ...EMPTY_OVERLAY, editor });
    expect(root.querySelector('.danger')).toBeNull();
    const textarea = root.querySelector('textarea')!;
    // Focused on every opening (autofocus works only once per document), so typing and Escape work.
    expect(document.activeElement).toBe(textarea);
    const tags = root.querySelector<HTMLInputElement>('input:not([type=radio])')!;
    act(() => {
      textarea.value = '  Chase the finance director  ';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      tags.value = 'budget, , follow-up';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(on.onSaveNote).toHaveBeenCalledWith({ note: 'Chase the finance director', tags: ['budget', 'follow-up'], color: 'yellow' });

    render(null, root);
    mount({ ...EMPTY_OVERLAY, editor: { ...editor, existing: true } });
    expect(root.querySelector('.danger')?.textContent).toBe('Delete');
  });

  it('announces errors with role=alert and offers the retry action', () => {
    const retry = vi.fn();
    mount({ ...EMPTY_OVERLAY, toast: { tone: 'error', message: 'Your note is not saved yet', action: { label: 'Retry', onClick: retry } } });
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Your note is not saved yet');
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Retry')!.click());
    expect(retry).toHaveBeenCalled();
  });
});
