/**
 * The Notes tab: every annotation, newest first, searchable and filterable, editable in place,
 * deletable with undo. Filtering happens in storage (the entrypoint passes the results in).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '@/core/model/annotation';
import { formatNumber } from '@/core/format-number';
import { VirtualList } from '../common/virtual-list';
import { NoteEditor } from './note-editor';
import { NoteRow } from './note-row';
import { NotesFilters } from './notes-filters';
import type { NoteListItem, NotesFilterOptions, NotesQuery } from './notes-query';

/** Props of {@link NotesPanel}. */
export interface NotesPanelProps {
  items: NoteListItem[];
  /** Total matching notes when `items` is a page of them; defaults to items.length. */
  total?: number;
  query: NotesQuery;
  options: NotesFilterOptions;
  onQueryChange: (query: NotesQuery) => void;
  onSave: (annotation: Annotation) => void | Promise<void>;
  onDelete: (annotation: Annotation) => void | Promise<void>;
  /** Puts a deleted annotation back (Undo). */
  onRestore: (annotation: Annotation) => void | Promise<void>;
  onOpen: (annotation: Annotation) => void;
  /** Viewport height of the list in pixels. */
  listHeight?: number;
  /** Passed to the list so the caller can load more notes near the end. */
  onRangeChange?: (start: number, end: number) => void;
  /**
   * Renders the link editor of a note (the caller supplies the data it needs); `close` hides it and
   * returns focus to the row. Without it, rows offer no "Link…".
   */
  renderLinkEditor?: (annotation: Annotation, close: () => void) => ComponentChildren;
}

/** Height of one note row; matches `.note-row` in theme.css. */
export const NOTE_ROW_HEIGHT = 96;

/** Renders filters, an optional editor, an undo bar and the virtualised list. */
export function NotesPanel(props: NotesPanelProps) {
  const { items, query, options, onQueryChange } = props;
  const [editing, setEditing] = useState<Annotation | null>(null);
  const [linking, setLinking] = useState<Annotation | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const total = props.total ?? items.length;
  // Keyboard focus must not fall to <body> when the editor closes or a row disappears:
  // it goes back to the button that opened the editor, or to Undo after a delete.
  const returnTo = useRef<HTMLElement | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);
  const closeEditor = () => {
    setEditing(null);
    setLinking(null);
    const back = returnTo.current;
    if (back?.isConnected) setTimeout(() => back.focus(), 0);
  };
  const filtered = query.text !== '' || query.tag !== null || query.site !== null || query.officialId !== null;
  return (
    <div class="notes-panel">
      <NotesFilters query={query} options={options} onChange={onQueryChange} />
      {deleted && (
        <div class="undo" role="status">
          Note deleted.{' '}
          <button
            ref={undoRef}
            type="button"
            class="link"
            onClick={() => {
              void props.onRestore(deleted);
              setDeleted(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      {editing && (
        <NoteEditor
          annotation={editing}
          onCancel={closeEditor}
          onSave={(a) => {
            void props.onSave({ ...a, updatedAt: new Date().toISOString() });
            closeEditor();
          }}
        />
      )}
      {linking && props.renderLinkEditor?.(linking, closeEditor)}
      <p class="muted" role="status">
        {total === 0
          ? filtered
            ? 'No notes match.'
            : 'No notes yet. Select text in an article and choose Note to add one.'
          : `${formatNumber(total)} note${total === 1 ? '' : 's'}`}
      </p>
      <VirtualList
        label="Notes"
        items={items}
        rowHeight={NOTE_ROW_HEIGHT}
        height={props.listHeight ?? 380}
        getKey={(item) => item.annotation.id}
        onRangeChange={props.onRangeChange}
        renderRow={(item) => (
          <NoteRow
            item={item}
            onOpen={props.onOpen}
            onEdit={(a) => {
              returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
              // One panel at a time: the editor and the link editor sit in the same place.
              setLinking(null);
              setEditing(a);
            }}
            onLink={
              props.renderLinkEditor
                ? (a) => {
                    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
                    setEditing(null);
                    setLinking(a);
                  }
                : undefined
            }
            onDelete={(a) => {
              if (linking?.id === a.id) setLinking(null);
              if (editing?.id === a.id) setEditing(null);
              setDeleted(a);
              void props.onDelete(a);
            }}
          />
        )}
      />
    </div>
  );
}
