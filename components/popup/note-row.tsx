/** One row of the Notes list: fixed height, so long quotes and notes are clipped to a line each. */
import type { Annotation } from '@/core/model/annotation';
import type { NoteListItem } from './notes-query';

/** Props of {@link NoteRow}. */
export interface NoteRowProps {
  item: NoteListItem;
  onOpen: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/** Quote, note, tags and source on one compact card with Open / Edit / Delete. */
export function NoteRow({ item, onOpen, onEdit, onDelete }: NoteRowProps) {
  const a = item.annotation;
  const source = item.article?.title ?? item.article?.siteName ?? a.url;
  return (
    <article class={`note-row color-${a.color}`} aria-label={`Note on ${source}`}>
      <p class="clip quote">{a.target.quote.exact}</p>
      <p class="clip note-text">{a.note || <span class="muted">(highlight only)</span>}</p>
      <p class="clip meta">
        {a.tags.length > 0 && <span class="tag-line">{a.tags.map((t) => `#${t}`).join(' ')} · </span>}
        <span>{source}</span> · <time dateTime={a.createdAt}>{a.createdAt.slice(0, 10)}</time>
      </p>
      <div class="row-actions">
        <button type="button" class="link" onClick={() => onOpen(a)}>
          Open
        </button>
        <button type="button" class="link" onClick={() => onEdit(a)}>
          Edit
        </button>
        <button type="button" class="link danger" onClick={() => onDelete(a)}>
          Delete
        </button>
      </div>
    </article>
  );
}
