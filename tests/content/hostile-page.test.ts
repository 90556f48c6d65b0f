// @vitest-environment happy-dom
/**
 * What a page script can do to Council Lens in its page, in happy-dom: it reads the DOM, dispatches
 * events, and forges elements and attributes. It must learn no note and trigger nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeOffsets } from '@/core/anchoring/describe';
import { pageTextIndex } from '@/core/anchoring/page-text';
import type { Annotation } from '@/core/model/annotation';
import { EMPTY_OVERLAY } from '@/components/page/page-overlay';
import { describeNote } from '@/content/describe-mark';
import { watchHoverCards } from '@/content/hover-cards';
import { watchNoteActivation } from '@/content/note-activation';
import { NoteLayer } from '@/content/note-layer';
import { mountOverlay, type Overlay } from '@/content/overlay';
import { watchSelection } from '@/content/selection-watch';
import { trusted } from './trusted-event';

const SECRET = 'Source inside the finance team says the cut is bigger';

function annotationFor(phrase: string, id: string, note = SECRET): Annotation {
  const index = pageTextIndex(document);
  const start = index.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return {
    id,
    articleId: 'https://news.example/a',
    url: 'https://news.example/a',
    target: describeOffsets(index, start, start + phrase.length),
    color: 'pink',
    note,
    tags: ['finance', 'leak'],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** Everything a page script can read from the DOM: markup, attributes, and open shadow roots. */
function whatThePageCanRead(): string {
  const parts = [document.documentElement.outerHTML];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
  }
  return parts.join('\n');
}

const noop = () => undefined;
const handlers = {
  onCardHover: noop,
  onHighlight: noop,
  onStartNote: noop,
  onSaveNote: noop,
  onDeleteNote: noop,
  onCancelNote: noop,
  onDismissToast: noop,
};

let overlay: Overlay;
beforeEach(() => {
  document.body.innerHTML = '<article><p>The cabinet agreed a <b>£2m</b> cut to youth services.</p><p>Cllr Ada Moss voted against it.</p></article>';
  overlay = mountOverlay(document, handlers);
});
afterEach(() => overlay.destroy());

describe('the overlay', () => {
  it('lives in a closed shadow root, recognised by reference and not by attribute', () => {
    // The host is created on the first update (the empty overlay draws nothing).
    expect(document.querySelector('council-lens-ui')).toBeNull();
    overlay.update({ toast: null });
    const host = document.querySelector('council-lens-ui')!;
    expect(host.shadowRoot).toBeNull();
    expect(host.hasAttribute('data-council-lens-ui')).toBe(false);
    expect(overlay.owns(host)).toBe(true);
    const impostor = document.createElement('council-lens-ui');
    impostor.setAttribute('data-council-lens-ui', '');
    document.body.append(impostor);
    expect(overlay.owns(impostor)).toBe(false);
    expect(overlay.owns(document.body)).toBe(false);
  });

  it('shows a note and its tags to the reader without putting them where the page can read them', () => {
    overlay.update({ card: { ...describeNote(annotationFor('youth services', 'n1'))!, x: 0, y: 0 } });
    expect(whatThePageCanRead()).not.toContain(SECRET);
    expect(whatThePageCanRead()).not.toContain('finance');
  });
});

describe('note marks', () => {
  it('carry the category and colour, never the note, its tags, its id or a title', () => {
    const layer = new NoteLayer(document);
    layer.placeAll([annotationFor('youth services', 'note-7f3a')]);
    const [mark] = layer.elements('note-7f3a');
    expect(mark?.getAttribute('data-council-lens')).toBe('note');
    expect(mark?.hasAttribute('title')).toBe(false);
    const page = whatThePageCanRead();
    for (const secret of [SECRET, 'finance', 'leak', 'note-7f3a']) expect(page).not.toContain(secret);
  });
});

describe('note activation', () => {
  it("opens the editor on the reader's click or Enter, never on the page's click(), events or forged marks", () => {
    const layer = new NoteLayer(document);
    layer.placeAll([annotationFor('youth services', 'n1')]);
    const edit = vi.fn();
    const stop = watchNoteActivation(window, edit);
    const [mark] = layer.elements('n1');

    mark!.click();
    mark!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    mark!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const forged = document.createElement('council-lens-mark');
    forged.setAttribute('data-council-lens', 'note');
    forged.setAttribute('data-council-lens-id', mark!.getAttribute('data-council-lens-id')!);
    forged.textContent = 'fake';
    document.body.append(forged);
    forged.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(edit).not.toHaveBeenCalled();

    mark!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    mark!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(edit.mock.calls).toEqual([['n1'], ['n1']]);
    stop();
  });
});

describe('hover cards', () => {
  it('answer only trusted hover or focus on marks the extension made', () => {
    const layer = new NoteLayer(document);
    layer.placeAll([annotationFor('youth services', 'n1')]);
    const describe = vi.fn(() => ({ kind: 'official' as const, heading: 'Ada Moss', details: [], related: [] }));
    const cards = watchHoverCards(window, overlay, describe);
    const [mark] = layer.elements('n1');
    const forged = document.createElement('council-lens-mark');
    forged.setAttribute('data-council-lens', 'official');
    forged.setAttribute('data-council-lens-id', 'o0');
    forged.setAttribute('tabindex', '0');
    forged.textContent = 'Cllr Ada Moss';
    document.body.append(forged);

    for (const target of [mark!, forged]) {
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
    forged.dispatchEvent(trusted(new PointerEvent('pointerover', { bubbles: true })));
    forged.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect(describe).not.toHaveBeenCalled();
    expect(overlay.state.card).toBeNull();

    mark!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect(describe).toHaveBeenCalledWith({ kind: 'note', id: 'n1' });
    expect(overlay.state.card?.heading).toBe('Ada Moss');
    cards.stop();
  });
});

describe('selection toolbar', () => {
  it("opens for the reader's selection, not for a page's synthetic mouseup", async () => {
    const selection = watchSelection(window, overlay);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await settle();
    expect(overlay.state.toolbar).toBeNull();

    document.body.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    await settle();
    expect(overlay.state.toolbar).not.toBeNull();
    selection.stop();
  });
});

describe('anchoring', () => {
  it('still finds text a page hid behind data-council-lens-ui', () => {
    const a = annotationFor('Ada Moss voted', 'n2');
    document.querySelector('p:last-child')!.setAttribute('data-council-lens-ui', '');
    document.querySelector('article')!.setAttribute('data-council-lens-ui', '');
    const layer = new NoteLayer(document);
    expect(layer.placeAll([a])).toEqual({ placed: ['n2'], orphaned: [] });
  });
});

it('starts from an empty overlay state', () => {
  expect(overlay.state).toEqual(EMPTY_OVERLAY);
});

describe('mutation watch', () => {
  it('ignores changes inside its own marks but not inside marks a page forged', async () => {
    const { watchMutations } = await import('@/content/mutation-watch');
    const layer = new NoteLayer(document);
    layer.placeAll([annotationFor('youth services', 'n1')]);
    const changed = vi.fn();
    const watch = watchMutations(window, changed, 5);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

    layer.elements('n1')[0]!.setAttribute('data-x', '1');
    layer.elements('n1')[0]!.append('!');
    await settle();
    expect(changed).not.toHaveBeenCalled();

    const forged = document.createElement('council-lens-mark');
    document.querySelector('article')!.append(forged);
    await settle();
    changed.mockClear();
    forged.append(document.createElement('p'));
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
    watch.stop();
  });
});
