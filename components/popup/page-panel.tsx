/**
 * The "This page" tab: what the extension found on the current tab, switches for each highlight
 * category, the reader's notes here, and the notes it could not place this time (kept, not deleted).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '@/core/model/annotation';
import { CATEGORY_IDS, categoryLabel } from '@/core/model/highlight-categories';
import type { HighlightCategory } from '@/core/model/records';
import type { PageState } from '@/messaging/protocol';
import { groupFigures } from './figure-groups';
import { NamedList } from './named-list';
import { NoteSummary } from './note-summary';

/** Props of {@link PagePanel}. */
export interface PagePanelProps {
  /** Null while the popup is still asking the tab; status 'not-run' when no content script answered. */
  state: PageState | null;
  /** The reader's annotations on this article (from the database). */
  notes: Annotation[];
  /** Whether the article is in the database. */
  saved: boolean;
  busy?: boolean;
  onAnalyse: () => void;
  onToggleCategory: (category: HighlightCategory, visible: boolean) => void;
  /**
   * Saves the article. May return a promise; the button shows "Saving…" until it settles and a
   * status line confirms once `saved` turns true. Absent when the page cannot be saved from here.
   */
  onSave?: () => void | Promise<unknown>;
  onForget: () => void;
  /** What Forget removes and keeps, said in its confirmation; absent while unknown. */
  forgetSummary?: { mentions: number; notesKept: number; linksKept: number };
  onShowNote: (annotation: Annotation) => void;
}

/** Renders the current page's analysis state. */
export function PagePanel(props: PagePanelProps) {
  const { state, busy } = props;
  if (!state) return <p aria-busy="true">Checking this page…</p>;
  if (state.status === 'analysing') return <p aria-busy="true">Analysing this page…</p>;
  if (state.status === 'not-run') {
    return (
      <section>
        <p>Not analysed yet.</p>
        <button type="button" onClick={props.onAnalyse} disabled={busy}>
          Analyse this page
        </button>
      </section>
    );
  }
  if (state.status === 'not-article') {
    return (
      <section>
        <p class="not-article">This page does not look like an article{state.reason ? `: ${state.reason}` : '.'}</p>
        <button type="button" onClick={props.onAnalyse} disabled={busy}>
          Try again
        </button>
      </section>
    );
  }
  return <ArticleView {...props} state={state} />;
}

function ArticleView({ state, notes, saved, busy, onToggleCategory, onSave, onForget, forgetSummary, onShowNote }: PagePanelProps & { state: PageState }) {
  const officials = state.officials ?? [];
  const people = state.people ?? [];
  const groups = groupFigures(state.figures ?? []);
  // The page's own report is fresher than the database; without one, trust the stored flag.
  const isOrphan = (n: Annotation) => (state.orphans ? state.orphans.includes(n.id) : !!n.orphanedAt);
  const placed = notes.filter((n) => !isOrphan(n));
  const orphans = notes.filter(isOrphan);
  const [askedToSave, setAskedToSave] = useState(false);
  return (
    <div class="page-panel">
      {state.title && <h2 class="article-title">{state.title}</h2>}
      <fieldset class="toggles">
        <legend>Show highlights</legend>
        {CATEGORY_IDS.map((cat) => (
          <label key={cat}>
            <input type="checkbox" checked={!state.hidden?.[cat]} onChange={(e) => onToggleCategory(cat, (e.currentTarget as HTMLInputElement).checked)} />
            {categoryLabel(cat)}
          </label>
        ))}
      </fieldset>
      <NamedList id="officials-h" heading="Officials" people={officials} empty="No officials found." strong />
      <NamedList id="people-h" heading="Other people" people={people} empty="Nobody else is named." class="other-people" />
      <section aria-labelledby="figures-h">
        <h3 id="figures-h">Figures</h3>
        {groups.length === 0 && <p class="muted">No figures found.</p>}
        {groups.map((g) => (
          <div key={g.kind} class="figure-group">
            <h4>{g.label}</h4>
            <ul class="chips">
              {g.items.map((f) => (
                <li key={`${f.text}|${f.value}`} title={`${f.text}: ${f.value}`}>
                  {f.text}
                  {f.value !== f.text && <span class="figure-value"> = {f.value}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="mynotes-h">
        <h3 id="mynotes-h">My notes here ({placed.length})</h3>
        {placed.length === 0 && <p class="muted">Select text on the page to highlight it or add a note.</p>}
        <ul class="plain">
          {placed.map((n) => (
            <li key={n.id}>
              <NoteSummary annotation={n} onOpen={onShowNote} />
            </li>
          ))}
        </ul>
      </section>
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-h" class="orphans">
          <h3 id="orphans-h">Could not be placed on this page ({orphans.length})</h3>
          <p class="muted">The text has changed since you made these. They are kept until you delete them in the Notes tab.</p>
          <ul class="plain">
            {orphans.map((n) => (
              <li key={n.id}>
                <NoteSummary annotation={n} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        {saved ? (
          <ForgetButton onForget={onForget} busy={busy} summary={forgetSummary} />
        ) : onSave ? (
          <SaveButton onSave={onSave} busy={busy} onSettled={() => setAskedToSave(true)} />
        ) : (
          <p class="muted">Not saved: add a highlight or note to keep this article.</p>
        )}
      </div>
      {/* Always in the DOM so screen readers announce the text when it appears. */}
      <p role="status" class="muted saved-notice">
        {askedToSave && saved ? 'Article saved: its officials and figures now link to your other articles.' : ''}
      </p>
    </div>
  );
}

/** "Save this article", disabled and relabelled while the save is in flight. */
function SaveButton({ onSave, busy, onSettled }: { onSave: () => void | Promise<unknown>; busy?: boolean; onSettled: () => void }) {
  const [saving, setSaving] = useState(false);
  return (
    <button
      type="button"
      class="primary"
      disabled={busy || saving}
      aria-busy={saving}
      onClick={() => {
        setSaving(true);
        Promise.resolve(onSave()).finally(() => {
          setSaving(false);
          onSettled();
        });
      }}
    >
      {saving ? 'Saving…' : 'Save this article'}
    </button>
  );
}

/** Two-step forget: an inline confirmation (window.confirm does not work in Firefox popups). */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The confirmation's sentence: exactly what goes and what stays. */
export function forgetSentence(summary: PagePanelProps['forgetSummary']): string {
  if (!summary) return 'Forget this article? Your notes on it are kept.';
  const gone = `its title, date and figures${summary.mentions > 0 ? ` and ${count(summary.mentions, 'mention', 'mentions')} of the people it names` : ''}`;
  const kept = `${count(summary.notesKept, 'note', 'notes')} and ${count(summary.linksKept, 'link', 'links')}`;
  return `Forget this article? This removes ${gone}. Your ${kept} are kept.`;
}

function ForgetButton({ onForget, busy, summary }: { onForget: () => void; busy?: boolean; summary?: PagePanelProps['forgetSummary'] }) {
  const [asking, setAsking] = useState(false);
  // Focus follows the swap between the button and its confirmation, so keyboard users keep their place.
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (asking ? confirmRef : askRef).current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    moved.current = true;
    setAsking(value);
  };
  if (!asking) {
    return (
      <button ref={askRef} type="button" onClick={() => ask(true)} disabled={busy}>
        Forget this article
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm forgetting" class="confirm">
      <span>{forgetSentence(summary)}</span>
      <button
        ref={confirmRef}
        type="button"
        class="danger"
        onClick={() => {
          moved.current = false;
          setAsking(false);
          onForget();
        }}
      >
        Forget
      </button>
      <button type="button" onClick={() => ask(false)}>
        Cancel
      </button>
    </div>
  );
}
