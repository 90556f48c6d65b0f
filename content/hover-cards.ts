/**
 * Shows the hover card for an official or figure highlight on pointer hover or keyboard focus,
 * by event delegation on the document (one listener, however many highlights there are).
 * The card stays while the pointer is over it, so its links can be clicked.
 */
import type { HoverCardData } from '@/components/page/hover-card';
import type { Overlay } from './overlay';

const MARK = 'council-lens-mark[data-council-lens="official"], council-lens-mark[data-council-lens="figure"]';
const HIDE_DELAY_MS = 250;

export interface HoverCards {
  /** Called by the overlay when the pointer enters or leaves the card. */
  setInsideCard(inside: boolean): void;
  stop(): void;
}

/** `describe` returns the card for a highlight's kind and id, or null to show none. */
export function watchHoverCards(
  win: Window,
  overlay: Overlay,
  describe: (kind: 'official' | 'figure', id: string) => HoverCardData | null,
): HoverCards {
  const doc = win.document;
  let hideTimer: number | undefined;
  let insideCard = false;

  const show = (event: Event) => {
    const mark = (event.target as Element | null)?.closest?.(MARK);
    if (!mark) return;
    const kind = mark.getAttribute('data-council-lens') as 'official' | 'figure';
    const card = describe(kind, mark.getAttribute('data-council-lens-id') ?? '');
    if (!card) return;
    win.clearTimeout(hideTimer);
    const rect = mark.getBoundingClientRect();
    const x = Math.max(8, Math.min(rect.left, win.innerWidth - 316));
    const below = rect.bottom + 6;
    const y = below + 220 > win.innerHeight && rect.top > 230 ? rect.top - 226 : below;
    overlay.update({ card: { ...card, x, y } });
  };
  const scheduleHide = (event: Event) => {
    if (!(event.target as Element | null)?.closest?.(MARK)) return;
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
