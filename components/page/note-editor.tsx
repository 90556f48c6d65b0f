import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '@/core/tags';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/core/model/annotation';

/** The editable part of an annotation. */
export interface NoteDraft {
  note: string;
  tags: string[];
  color: HighlightColor;
  /** Kept out of team sync. */
  private?: boolean;
}

export interface NoteEditorProps {
  x: number;
  y: number;
  quote: string;
  initial: NoteDraft;
  /** A teammate's note (team sync): their name is shown and it cannot be made private. */
  authorName?: string;
  /** Shows Delete when editing a saved annotation. */
  onDelete?: () => void;
  onSave(draft: NoteDraft): void;
  onCancel(): void;
}

/** A small form for a note's text, tags and colour. Escape cancels, Ctrl/Cmd+Enter saves. */
export function NoteEditor(props: NoteEditorProps) {
  const [note, setNote] = useState(props.initial.note);
  const [tags, setTags] = useState(props.initial.tags.join(', '));
  const [color, setColor] = useState<HighlightColor>(props.initial.color);
  const [isPrivate, setPrivate] = useState(!!props.initial.private);
  const save = () =>
    props.onSave({
      note: note.trim(),
      tags: parseTags(tags),
      color,
      ...(props.authorName || (!isPrivate && props.initial.private === undefined) ? {} : { private: isPrivate }),
    });
  // `autofocus` works once per document at most; the editor opens many times, from the mouse or
  // from Enter on a note, and the reader types straight away (Escape then closes it).
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus({ preventScroll: true }), []);
  return (
    <form
      class="editor"
      aria-label="Note"
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      <blockquote class="quote">{props.quote}</blockquote>
      {props.authorName && <p class="author">Note by {props.authorName}</p>}
      <label>
        Note
        <textarea ref={field} value={note} rows={3} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        Tags (comma-separated)
        <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <fieldset class="colors">
        <legend>Colour</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class={`swatch swatch-${c}`} title={c}>
            <input type="radio" name="color" checked={c === color} onChange={() => setColor(c)} />
            <span class="sr-only">{c}</span>
          </label>
        ))}
      </fieldset>
      {!props.authorName && (
        <label class="private-switch">
          <input type="checkbox" role="switch" checked={isPrivate} onChange={(e) => setPrivate(e.currentTarget.checked)} />
          Private (never shared with your team)
        </label>
      )}
      <div class="actions">
        {props.onDelete && (
          <button type="button" class="danger" onClick={props.onDelete}>
            Delete
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary">
          Save
        </button>
      </div>
    </form>
  );
}
