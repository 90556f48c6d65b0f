/**
 * The inline panel that links one note to another saved article or note: its existing links (with
 * Remove), a search for candidates, a relation note with suggestions, Save and Cancel. The caller
 * runs the search and persists; everything shown is rendered as text.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Annotation } from '@/core/model/annotation';
import { isWebUrl, RELATION_SUGGESTIONS, type LinkEndView, type LinkTargetView, type LinkView } from './link-types';

/** Props of {@link LinkEditor}. */
export interface LinkEditorProps {
  /** The note being linked. */
  annotation: Annotation;
  /** Its existing links, newest first. */
  links: LinkView[];
  /** The search text, owned by the caller so it can query storage with it. */
  search: string;
  onSearch: (text: string) => void;
  /** Articles and notes matching `search`. */
  candidates: LinkTargetView[];
  onSave: (target: Pick<LinkEndView, 'type' | 'id'>, note: string) => void | Promise<void>;
  onRemove: (link: LinkView) => void | Promise<void>;
  /** Opens the article an end belongs to (only offered for http(s) URLs). */
  onOpen: (end: LinkEndView) => void;
  onClose: () => void;
}

/** "follow-up" → "Follow-up". */
function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The candidate's one-line description: kind, title and where it is from. */
function describe(t: LinkEndView): string {
  const where = t.type === 'annotation' ? (t.context ?? t.siteName) : t.siteName;
  const title = t.type === 'annotation' ? `“${t.title}”` : t.title;
  return `${t.type === 'annotation' ? 'Note' : 'Article'}: ${title}${where ? ` · ${where}` : ''}`;
}

const key = (t: Pick<LinkEndView, 'type' | 'id'>) => `${t.type}:${t.id}`;

/** One existing link: "→ Follow-up: <title>" with the title opening the article when it is on the web. */
function LinkLine({ link, onOpen, onRemove }: { link: LinkView; onOpen: LinkEditorProps['onOpen']; onRemove: LinkEditorProps['onRemove'] }) {
  const { other } = link;
  const title = other.type === 'annotation' ? `“${other.title}”` : other.title;
  return (
    <li class="link-line">
      <span aria-hidden="true">{link.direction === 'outgoing' ? '→ ' : '← '}</span>
      <span class="visually-hidden">{link.direction === 'outgoing' ? 'Links to ' : 'Linked from '}</span>
      {link.note && <span class="relation">{sentenceCase(link.note)}: </span>}
      {isWebUrl(other.url) ? (
        <a
          href={other.url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(e) => {
            e.preventDefault();
            onOpen(other);
          }}
        >
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}{' '}
      <button type="button" class="link danger" aria-label={`Remove link to ${title}`} onClick={() => void onRemove(link)}>
        Remove
      </button>
    </li>
  );
}

/** A small form; Escape closes it. */
export function LinkEditor(props: LinkEditorProps) {
  const { annotation, links, search, candidates } = props;
  const [chosen, setChosen] = useState<string | null>(null);
  const [relation, setRelation] = useState('');
  const listId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  // The autofocus attribute is ignored on elements added after page load, so focus explicitly.
  useEffect(() => searchRef.current?.focus(), [annotation.id]);
  // A choice the current search no longer shows cannot be saved: the reader would not see what they link.
  const target = candidates.find((c) => key(c) === chosen) ?? null;
  return (
    <section
      class="note-editor link-editor"
      aria-label="Link note"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <h3 class="editor-title">Link note</h3>
      <blockquote class="quote clip">{annotation.target.quote.exact}</blockquote>
      {links.length === 0 ? (
        <p class="muted">No links yet.</p>
      ) : (
        <ul class="plain link-list" aria-label="Links">
          {links.map((l) => (
            <LinkLine key={l.id} link={l} onOpen={props.onOpen} onRemove={props.onRemove} />
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!target) return;
          void props.onSave({ type: target.type, id: target.id }, relation.trim());
          setChosen(null);
          setRelation('');
        }}
      >
        <label>
          Find an article or note
          <input ref={searchRef} type="search" value={search} onInput={(e) => props.onSearch((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <fieldset class="link-candidates">
          <legend>Link to</legend>
          {candidates.length === 0 ? (
            <p class="muted">Nothing saved matches.</p>
          ) : (
            <ul class="plain link-candidate-list">
              {candidates.map((c) => (
                <li key={key(c)}>
                  <label class="link-candidate" title={describe(c)}>
                    <input type="radio" name="link-target" value={key(c)} checked={chosen === key(c)} onChange={() => setChosen(key(c))} />
                    <span class="clip">{describe(c)}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <label>
          Relation (optional)
          <input type="text" list={listId} value={relation} onInput={(e) => setRelation((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <datalist id={listId}>
          {RELATION_SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <div class="actions">
          <button type="submit" class="primary" disabled={!target}>
            Save
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
