/**
 * Opens the note editor when the reader clicks one of their notes on the page, or presses Enter on
 * it (note marks are focusable). Only trusted events count, and only marks this script made, found
 * by reference: a page's `mark.click()`, dispatched events, or forged look-alike marks open nothing.
 */
import { ownMarkAt } from '@/core/highlight/mark';

/** Calls `edit(annotationId)` on the reader's click or Enter on a note; returns a stop function. */
export function watchNoteActivation(win: Window, edit: (id: string) => void): () => void {
  const doc = win.document;
  const noteOf = (event: Event): string | null => (event.isTrusted ? (ownMarkAt(event.target as Node | null, ['note'])?.info.id ?? null) : null);

  const onClick = (event: MouseEvent) => {
    const id = noteOf(event);
    // A click that ends a selection is the start of a new note, not an edit.
    if (id && win.getSelection()?.isCollapsed !== false) edit(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const id = noteOf(event);
    if (!id) return;
    event.preventDefault();
    edit(id);
  };
  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKeyDown);
  return () => {
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKeyDown);
  };
}
