/**
 * The "This page" tab: what the extension found on the current tab, switches for each highlight
 * category, the reader's notes here, and the notes it could not place this time (kept, not deleted).
 */
import { useState } from 'preact/hooks';
import type { Annotation } from '@/core/model/annotation';
import type { HighlightCategory } from '@/core/model/records';
import type { PageState } from '@/messaging/protocol';
import { groupFigures } from './figure-groups';
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
  /** Absent when the page cannot be saved from the popup (it is saved by adding a note). */
  onSave?: () => void;
  onForget: () => void;
  onShowNote: (annotation: Annotation) => void;
}

const CATEGORY_LABELS: Record<HighlightCategory, string> = { official: 'Officials', figure: 'Figures', note: 'My notes' };

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
        <p class="not-article">
          This page does not look like an article{state.reason ? `: ${state.reason}` : '.'}
        </p>
        <button type="button" onClick={props.onAnalyse} disabled={busy}>
          Try again
        </button>
      </section>
    );
  }
  return <ArticleView {...props} state={state} />;
}

function ArticleView({ state, notes, saved, busy, onToggleCategory, onSave, onForget, onShowNote }: PagePanelProps & { state: PageState }) {
  const officials = state.officials ?? [];
  const groups = groupFigures(state.figures ?? []);
  const orphanIds = new Set(state.orphans ?? []);
  const placed = notes.filter((n) => !orphanIds.has(n.id));
  const orphans = notes.filter((n) => orphanIds.has(n.id));
  return (
    <div class="page-panel">
      {state.title && <h2 class="article-title">{state.title}</h2>}
      <fieldset class="toggles">
        <legend>Show highlights</legend>
        {(Object.keys(CATEGORY_LABELS) as HighlightCategory[]).map((cat) => (
          <label key={cat}>
            <input
              type="checkbox"
              checked={!state.hidden?.[cat]}
              onChange={(e) => onToggleCategory(cat, (e.currentTarget as HTMLInputElement).checked)}
            />
            {CATEGORY_LABELS[cat]}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="officials-h">
        <h3 id="officials-h">Officials ({officials.length})</h3>
        {officials.length === 0 ? (
          <p class="muted">No officials found.</p>
        ) : (
          <ul class="officials">
            {officials.map((o) => (
              <li key={o.id}>
                <strong>{o.name}</strong>
                {o.role && <span class="role">, {o.role}</span>}
                <span class="count" aria-label={`${o.count} mentions`}>
                  {' '}
                  ×{o.count}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="figures-h">
        <h3 id="figures-h">Figures</h3>
        {groups.length === 0 && <p class="muted">No figures found.</p>}
        {groups.map((g) => (
          <div key={g.kind} class="figure-group">
            <h4>{g.label}</h4>
            <ul class="chips">
              {g.items.map((text) => (
                <li key={text}>{text}</li>
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
          <p class="muted">The text has changed since you made these. They are kept until you delete them.</p>
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
          <ForgetButton onForget={onForget} busy={busy} />
        ) : onSave ? (
          <button type="button" onClick={onSave} disabled={busy}>
            Save this article
          </button>
        ) : (
          <p class="muted">Not saved: add a highlight or note to keep this article.</p>
        )}
      </div>
    </div>
  );
}

/** Two-step forget: an inline confirmation (window.confirm does not work in Firefox popups). */
function ForgetButton({ onForget, busy }: { onForget: () => void; busy?: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={busy}>
        Forget this article
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm forgetting">
      <span>Forget this article? Your notes on it are kept.</span>{' '}
      <button
        type="button"
        class="danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onForget();
        }}
      >
        Forget
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
