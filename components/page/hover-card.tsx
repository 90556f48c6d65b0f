import type { ArticleRef } from '@/messaging/protocol';
import { RelatedArticles } from './related-articles';

/** What a hover card shows about one highlighted official or figure. */
export interface HoverCardData {
  kind: 'official' | 'figure';
  heading: string;
  details: string[];
  related: ArticleRef[];
}

export interface HoverCardProps extends HoverCardData {
  x: number;
  y: number;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** The small card shown on hover or focus of an automatic highlight. Page text renders as text. */
export function HoverCard(props: HoverCardProps) {
  return (
    <div
      class="card"
      role="tooltip"
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <p class="kind">{props.kind === 'official' ? 'Official' : 'Figure'}</p>
      <p class="heading">{props.heading}</p>
      {props.details.map((d) => (
        <p class="detail" key={d}>
          {d}
        </p>
      ))}
      <p class="subhead">In your other articles</p>
      <RelatedArticles articles={props.related} />
    </div>
  );
}
