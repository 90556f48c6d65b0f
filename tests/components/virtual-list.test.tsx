// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { VirtualList, visibleRange } from '@/components/common/virtual-list';
import { fire, mount } from './render';

const items = Array.from({ length: 10_000 }, (_, i) => `Row ${i}`);

describe('VirtualList', () => {
  it('renders only the rows in view (plus overscan) out of 10,000', () => {
    const root = mount(
      <VirtualList label="Rows" items={items} rowHeight={50} height={300} overscan={2} getKey={(s) => s} renderRow={(s) => <span>{s}</span>} />,
    );
    const rows = root.querySelectorAll('li');
    // 300/50 = 6 visible, +1 partial, +2 overscan after (none before at the top).
    expect(rows.length).toBe(9);
    expect(rows[0]!.textContent).toBe('Row 0');
    // The spacer keeps the full scroll height so the scrollbar is right.
    expect((root.querySelector('ul') as HTMLElement).style.height).toBe('500000px');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
  });

  it('renders the rows at the new position after scrolling', () => {
    const root = mount(
      <VirtualList label="Rows" items={items} rowHeight={50} height={300} overscan={2} getKey={(s) => s} renderRow={(s) => <span>{s}</span>} />,
    );
    const viewport = root.querySelector('.vlist') as HTMLElement;
    viewport.scrollTop = 250_000; // row 5000 at the top
    fire(viewport, new Event('scroll'));
    const texts = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(texts[0]).toBe('Row 4998');
    expect(texts).toContain('Row 5000');
    expect(texts).toContain('Row 5006');
    expect(texts).not.toContain('Row 0');
    expect(texts.length).toBeLessThan(15);
    expect((root.querySelector('li') as HTMLElement).style.top).toBe(`${4998 * 50}px`);
  });

  it('computes ranges clamped to the list', () => {
    expect(visibleRange(0, 300, 50, 3, 4)).toEqual({ start: 0, end: 3 });
    // Scrolled far past the end of a list that just shrank to 100 rows: the last rows show.
    expect(visibleRange(1_000_000, 300, 50, 100, 2)).toEqual({ start: 91, end: 100 });
    expect(visibleRange(-20, 300, 50, 0, 2)).toEqual({ start: 0, end: 0 });
  });
});
