import type { ArticleRef } from '@/messaging/protocol';
import { RelatedArticles } from './related-articles';

/** What a hover card shows about one highlight: an official, a figure, or the reader's note. */
export interface HoverCardData {
  kind: 'official' | 'person' | 'figure' | 'note';
  heading: string;
  details: string[];
  /** Other saved articles sharing an official or figure; absent for a note. */
  related?: ArticleRef[];
}

/** How a card names its kind. */
export const CARD_KIND_LABEL: Record<HoverCardData['kind'], string> = {
  official: 'Official',
  person: 'Named in this article',
  figure: 'Figure',
  note: 'Your note',
};

export interface HoverCardProps extends HoverCardData {
  x: number;
  y: number;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/**
 * The small card shown on hover or focus of a highlight. Page text and notes render as text. It is
 * drawn in the overlay's closed shadow root: the one place a note's text is shown in the page.
 */
export function HoverCard(props: HoverCardProps) {
  return (
    <div
      class="card"
      role="tooltip"
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <p class="kind">{CARD_KIND_LABEL[props.kind]}</p>
      <p class="heading">{props.heading}</p>
      {props.details.map((d) => (
        <p class="detail" key={d}>
          {d}
        </p>
      ))}
      {props.related && (
        <>
          <p class="subhead">In your other articles</p>
          <RelatedArticles articles={props.related} />
        </>
      )}
    </div>
  );
}
