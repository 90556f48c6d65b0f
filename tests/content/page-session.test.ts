// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageSession } from '@/content/page-session';
import type { Overlay } from '@/content/overlay';
import { EMPTY_OVERLAY } from '@/components/page/page-overlay';

function session(): PageSession {
  const overlay: Overlay = { state: EMPTY_OVERLAY, update: () => undefined, contains: () => false, owns: () => false, destroy: () => undefined };
  return new PageSession(window, overlay, (fn) => fn());
}

describe('PageSession highlight visibility', () => {
  it('hides one category at a time; the shortcut hides all, then restores what was shown', () => {
    const s = session();
    const hidden = () => document.documentElement.getAttribute('data-council-lens-hide');
    s.style.setVisible('figure', false);
    expect(hidden()).toBe('figure');
    expect(s.state().hidden).toEqual({ official: false, person: false, figure: true, note: false });
    s.style.toggleAll();
    expect(hidden()?.split(' ').sort()).toEqual(['figure', 'note', 'official', 'person']);
    expect(s.style.isHidden('official')).toBe(true);
    s.style.toggleAll();
    expect(hidden()).toBe('figure');
    s.style.setVisible('figure', true);
    expect(hidden()).toBe('');
  });

  it('describes a page it has not analysed by its own address, without tracking parameters', () => {
    window.history.replaceState(null, '', '/story?utm_source=newsletter&id=7');
    const s = session();
    expect(s.state().status).toBe('not-run');
    expect(s.articleId()).toBe(`${window.location.origin}/story?id=7`);
  });
});
