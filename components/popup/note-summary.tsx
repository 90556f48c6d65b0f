/** A compact, read-only view of one annotation: its quote, note and tags, all rendered as text. */
import type { Annotation } from '@/core/model/annotation';

/** Props of {@link NoteSummary}. */
export interface NoteSummaryProps {
  annotation: Annotation;
  onOpen?: (annotation: Annotation) => void;
}

/** Quote in a blockquote, note below it, tags as a list. Untrusted text goes through JSX escaping only. */
export function NoteSummary({ annotation, onOpen }: NoteSummaryProps) {
  return (
    <div class={`note-summary color-${annotation.color}`}>
      <blockquote class="quote">{annotation.target.quote.exact}</blockquote>
      {annotation.note && <p class="note-text">{annotation.note}</p>}
      {annotation.tags.length > 0 && (
        <ul class="tags" aria-label="Tags">
          {annotation.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {onOpen && (
        <button type="button" class="link" onClick={() => onOpen(annotation)}>
          Show on page
        </button>
      )}
    </div>
  );
}
