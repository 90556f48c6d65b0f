/** Edits one annotation's note, tags and colour. Saves through a callback; the caller persists it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '@/core/model/annotation';
import { parseTags } from '@/core/tags';

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  annotation: Annotation;
  onSave: (annotation: Annotation) => void;
  onCancel: () => void;
}

/** A small form; Escape cancels. */
export function NoteEditor({ annotation, onSave, onCancel }: NoteEditorProps) {
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const [isPrivate, setPrivate] = useState(!!annotation.private);
  // The autofocus attribute is ignored on elements added after page load, so focus explicitly.
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), [annotation.id]);
  return (
    <form
      class="note-editor"
      aria-label="Edit note"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ ...annotation, note, tags: parseTags(tags), color, private: isPrivate });
      }}
    >
      <h3 class="editor-title">Edit note</h3>
      <blockquote class="quote">{annotation.target.quote.exact}</blockquote>
      <label>
        Note
        <textarea ref={noteRef} rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label>
        Tags (comma-separated)
        <input type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <fieldset class="colors">
        <legend>Colour</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class={`swatch color-${c}`}>
            <input type="radio" name="color" value={c} checked={color === c} onChange={() => setColor(c)} />
            <span class="dot" aria-hidden="true" />
            {c}
          </label>
        ))}
      </fieldset>
      {/* A teammate's note is the team's: only the reader's own notes can be kept private. */}
      {!annotation.authorId && (
        <label class="private-switch">
          <input type="checkbox" role="switch" checked={isPrivate} onChange={(e) => setPrivate((e.currentTarget as HTMLInputElement).checked)} />
          Private (never shared with your team)
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
