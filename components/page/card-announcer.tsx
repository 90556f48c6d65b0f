import { useEffect, useState } from 'preact/hooks';
import { CARD_KIND_LABEL, type HoverCardData } from './hover-card';

/** How long after the region exists its text is set: a region added together with its text is often not read. */
const ANNOUNCE_DELAY_MS = 100;

/** The card in one sentence. */
export function cardSummary(card: HoverCardData | null): string {
  if (!card) return '';
  return [`${CARD_KIND_LABEL[card.kind]}: ${card.heading}`, ...card.details].join('. ');
}

/**
 * A polite live region that reads out each card shown on focus or hover. Screen readers used to get
 * a note from the mark's `title`; the note is no longer in the page's DOM, so it is announced here,
 * inside the overlay's closed shadow root.
 */
export function CardAnnouncer({ card }: { card: HoverCardData | null }) {
  const summary = cardSummary(card);
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(summary), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary]);
  return (
    <div class="sr-only" role="status" aria-live="polite">
      {said}
    </div>
  );
}
