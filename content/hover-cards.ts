/**
 * Shows the hover card for a highlight (an official, a figure, or one of the reader's notes) on
 * pointer hover or keyboard focus, by event delegation on the document (one listener, however many
 * highlights there are). The card stays while the pointer is over it, so its links can be clicked.
 *
 * Only the reader's own (trusted) events count, and only on marks this script made, found by
 * reference: a page that dispatches events or forges look-alike marks gets no card. The card itself
 * is drawn in the overlay's closed shadow root, where page scripts cannot read it.
 */
import type { HoverCardData } from '@/components/page/hover-card';
import { ownMarkAt, type MarkInfo } from '@/core/highlight/mark';
import type { Overlay } from './overlay';

const HIDE_DELAY_MS = 250;

export interface HoverCards {
  /** Called by the overlay when the pointer enters or leaves the card. */
  setInsideCard(inside: boolean): void;
  stop(): void;
}

/** `describe` returns the card for a mark this script made, or null to show none. */
export function watchHoverCards(win: Window, overlay: Overlay, describe: (mark: MarkInfo) => HoverCardData | null): HoverCards {
  const doc = win.document;
  let hideTimer: number | undefined;
  let insideCard = false;

  const markOfEvent = (event: Event) => (event.isTrusted ? ownMarkAt(event.target as Node | null) : null);

  const show = (event: Event) => {
    const mark = markOfEvent(event);
    if (!mark) return;
    const card = describe(mark.info);
    if (!card) return;
    win.clearTimeout(hideTimer);
    const rect = mark.element.getBoundingClientRect();
    const x = Math.max(8, Math.min(rect.left, win.innerWidth - 316));
    const below = rect.bottom + 6;
    const y = below + 220 > win.innerHeight && rect.top > 230 ? rect.top - 226 : below;
    overlay.update({ card: { ...card, x, y } });
  };
  const scheduleHide = (event: Event) => {
    if (!markOfEvent(event)) return;
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => {
      if (!insideCard) overlay.update({ card: null });
    }, HIDE_DELAY_MS);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && overlay.state.card) overlay.update({ card: null });
  };

  doc.addEventListener('pointerover', show);
  doc.addEventListener('focusin', show);
  doc.addEventListener('pointerout', scheduleHide);
  doc.addEventListener('focusout', scheduleHide);
  doc.addEventListener('keydown', onKey);
  return {
    setInsideCard(inside) {
      insideCard = inside;
      if (!inside) overlay.update({ card: null });
    },
    stop() {
      doc.removeEventListener('pointerover', show);
      doc.removeEventListener('focusin', show);
      doc.removeEventListener('pointerout', scheduleHide);
      doc.removeEventListener('focusout', scheduleHide);
      doc.removeEventListener('keydown', onKey);
    },
  };
}
