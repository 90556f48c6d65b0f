/**
 * A windowed list with a fixed row height: only the rows in view (plus a few either side) are in the
 * DOM, so ten thousand notes scroll as fast as ten.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Height of every row in CSS pixels. */
  rowHeight: number;
  /** Height of the scrolling viewport in CSS pixels. */
  height: number;
  /** Rows rendered beyond each edge of the viewport, to hide blank flashes while scrolling. */
  overscan?: number;
  getKey: (item: T, index: number) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  /** Told which rows are rendered, so a caller loading pages can fetch more near the end. */
  onRangeChange?: (start: number, end: number) => void;
}

/** Computes which rows to render for a scroll offset. Exported for reuse and testing. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number): { start: number; end: number } {
  const visible = Math.ceil(height / rowHeight) + 1;
  // A stale offset (the list just got shorter) must still show the last rows, not nothing.
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), Math.max(0, count - visible));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end };
}

/**
 * Renders `items` in a scrolling box at most `height` tall (shorter lists shrink to fit, an empty one
 * renders nothing), absolutely positioning the visible rows.
 */
export function VirtualList<T>({ items, rowHeight, height, overscan = 4, getKey, renderRow, label, onRangeChange }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(scrollTop, height, rowHeight, items.length, overscan);
  useEffect(() => onRangeChange?.(start, end), [start, end, onRangeChange]);
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i] as T;
    rows.push(
      <li
        key={getKey(item, i)}
        class="vrow"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
      >
        {renderRow(item, i)}
      </li>,
    );
  }
  if (items.length === 0) return null;
  return (
    <div
      class="vlist"
      style={{ height: `${Math.min(height, items.length * rowHeight)}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <ul aria-label={label} style={{ height: `${items.length * rowHeight}px`, position: 'relative', margin: 0, padding: 0 }}>
        {rows}
      </ul>
    </div>
  );
}
