/** One row of the Notes list: fixed height, so long quotes and notes are clipped to a line each. */
import { noteArticleTitle, type Annotation } from '@/core/model/annotation';
import type { NoteListItem } from './notes-query';

/** Props of {@link NoteRow}. */
export interface NoteRowProps {
  item: NoteListItem;
  onOpen: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  /** Opens the link editor for this note; without it the row offers no "Link…". */
  onLink?: (annotation: Annotation) => void;
}

/** A teammate's name as shown on their notes. */
export function authorOf(a: Annotation): string {
  return a.authorName || a.authorId || '';
}

/** Wording of the badge on a note its page no longer contains; the e2e test looks for it. */
export const ORPHAN_BADGE = 'Could not be placed on its page';

/** Quote, note, tags and source on one compact card with Open / Edit / Link… / Delete. */
export function NoteRow({ item, onOpen, onEdit, onDelete, onLink }: NoteRowProps) {
  const a = item.annotation;
  const source = noteArticleTitle(a, item.article) ?? item.article?.siteName ?? a.url;
  // Every row has Open / Edit / Delete; the quote tells them apart for screen readers.
  const which = `“${a.target.quote.exact.slice(0, 40)}${a.target.quote.exact.length > 40 ? '…' : ''}”`;
  return (
    <article
      class={`note-row color-${a.color}${a.orphanedAt ? ' orphaned' : ''}${a.authorId ? ' teammate' : ''}`}
      aria-label={a.authorId ? `${authorOf(a)}’s note on ${source}` : `Note on ${source}`}
    >
      <p class="clip quote">{a.target.quote.exact}</p>
      <p class="clip note-text">{a.note || <span class="muted">(highlight only)</span>}</p>
      <p class="clip meta">
        {/* Date first: the source title is what gets clipped on a narrow popup. */}
        {a.authorId && <span class="author">{authorOf(a)} · </span>}
        {a.private && <span class="private-badge">Private · </span>}
        <time dateTime={a.createdAt}>{a.createdAt.slice(0, 10)}</time>
        {a.tags.length > 0 && <span class="tag-line"> · {a.tags.map((t) => `#${t}`).join(' ')}</span>}
        <span> · {source}</span>
      </p>
      <div class="row-actions">
        <button type="button" class="link" aria-label={`Open note ${which}`} onClick={() => onOpen(a)}>
          Open
        </button>
        <button type="button" class="link" aria-label={`Edit note ${which}`} onClick={() => onEdit(a)}>
          Edit
        </button>
        {onLink && (
          <button type="button" class="link" aria-label={`Link note ${which}`} onClick={() => onLink(a)}>
            Link…
          </button>
        )}
        <button type="button" class="link danger" aria-label={`Delete note ${which}`} onClick={() => onDelete(a)}>
          Delete
        </button>
        {a.orphanedAt && (
          <span class="badge orphan-badge" title={`Since ${a.orphanedAt.slice(0, 10)}: the page text changed`}>
            {ORPHAN_BADGE}
          </span>
        )}
      </div>
    </article>
  );
}
