/**
 * Shows the selection toolbar when the reader finishes selecting text (mouse or keyboard) outside
 * our own UI, and hides it when the selection collapses. The range is copied, because the page
 * selection changes as soon as the reader clicks anything. Only the reader's own (trusted) mouse
 * and keyboard events count: a page script cannot open the toolbar.
 */
import type { Overlay } from './overlay';

export interface SelectionWatch {
  /** The last non-empty selection the toolbar was shown for. */
  current(): Range | null;
  /** Reads the page selection now (used by the keyboard shortcut). */
  capture(): Range | null;
  clear(): void;
  stop(): void;
}

/** Tracks the reader's selection in `win` and positions the toolbar in `overlay`. */
export function watchSelection(win: Window, overlay: Overlay): SelectionWatch {
  const doc = win.document;
  let range: Range | null = null;

  const capture = (): Range | null => {
    const selection = win.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const r = selection.getRangeAt(0);
    if (!r.toString().trim()) return null;
    const inside = r.commonAncestorContainer;
    const el = inside.nodeType === 1 ? (inside as Element) : inside.parentElement;
    if (!el || overlay.owns(el) || el.closest('input, textarea, [contenteditable="true"]')) return null;
    return r.cloneRange();
  };

  const onEnd = (event: Event) => {
    if (!event.isTrusted || overlay.contains(event)) return;
    // Let the browser finish updating the selection first.
    win.setTimeout(() => {
      range = capture();
      if (!range) {
        if (overlay.state.toolbar) overlay.update({ toolbar: null });
        return;
      }
      const rect = range.getBoundingClientRect();
      const x = Math.max(8, Math.min(rect.left, win.innerWidth - 220));
      const y = rect.top > 48 ? rect.top - 40 : rect.bottom + 8;
      overlay.update({ toolbar: { x, y } });
    }, 0);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.shiftKey || event.key === 'Shift') onEnd(event);
  };

  doc.addEventListener('mouseup', onEnd);
  doc.addEventListener('keyup', onKeyUp);
  return {
    current: () => range,
    capture: () => (range = capture()),
    clear() {
      range = null;
      overlay.update({ toolbar: null });
    },
    stop() {
      doc.removeEventListener('mouseup', onEnd);
      doc.removeEventListener('keyup', onKeyUp);
    },
  };
}
