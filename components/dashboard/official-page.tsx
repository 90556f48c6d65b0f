/**
 * The dashboard's page on one official: articles per month (chart and table), the roles the
 * articles gave them over time, the reader's quotes and notes about them, and the officials most
 * often named with them (each opening their own page).
 */
import { noteArticleTitle } from '@/core/model/annotation';
import type { DashboardNote, OfficialTimeline } from '@/core/model/reading-room';
import { isWebUrl } from '@/core/web-url';
import { dayLabel } from './format-date';
import { MonthBars } from './month-bars';

/** Props of {@link OfficialPage}. */
export interface OfficialPageProps {
  timeline: OfficialTimeline;
  onBack: () => void;
  onOpenOfficial: (id: string) => void;
  onOpenNote: (note: DashboardNote) => void;
}

function NoteList({ notes, label, onOpenNote }: { notes: DashboardNote[]; label: string; onOpenNote: (n: DashboardNote) => void }) {
  if (notes.length === 0) return <p class="muted">None yet.</p>;
  return (
    <ul class="plain timeline-notes" aria-label={label}>
      {notes.map((n) => (
        <li key={n.annotation.id} class={`color-${n.annotation.color}`}>
          <p class="quote">{n.annotation.target.quote.exact}</p>
          {n.annotation.note && <p class="note-text">{n.annotation.note}</p>}
          <p class="muted">
            <button type="button" class="link" onClick={() => onOpenNote(n)}>
              {noteArticleTitle(n.annotation, n.article) ?? n.annotation.url}
            </button>{' '}
            · {dayLabel(n.date)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The page. */
export function OfficialPage({ timeline: t, onBack, onOpenOfficial, onOpenNote }: OfficialPageProps) {
  return (
    <article class="official-page" aria-labelledby="official-heading">
      <button type="button" class="link" onClick={onBack}>
        ← All officials
      </button>
      <h2 id="official-heading">{t.official.name}</h2>
      <MonthBars months={t.months} name={t.official.name} />
      <div class="official-columns">
        <section aria-labelledby="roles-heading">
          <h3 id="roles-heading">Roles the articles gave</h3>
          {t.roles.length === 0 ? (
            <p class="muted">No article stated a role.</p>
          ) : (
            <ol class="role-spans">
              {t.roles.map((r) => (
                <li key={`${r.role}|${r.first}`}>
                  <strong>{r.role}</strong>{' '}
                  <span class="muted">
                    {r.first.slice(0, 10) === r.last.slice(0, 10) ? dayLabel(r.first) : `${dayLabel(r.first)} – ${dayLabel(r.last)}`} · {r.articles} article
                    {r.articles === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <h3 id="co-named-heading">Most often named with</h3>
          {t.coNamed.length === 0 ? (
            <p class="muted">Nobody else yet.</p>
          ) : (
            <ol class="co-named" aria-labelledby="co-named-heading">
              {t.coNamed.map((o) => (
                <li key={o.id}>
                  <button type="button" class="link" onClick={() => onOpenOfficial(o.id)}>
                    {o.name}
                  </button>{' '}
                  <span class="muted">
                    {o.articles} article{o.articles === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="quotes-heading">
          <h3 id="quotes-heading">Quotes naming them ({t.quotes.length})</h3>
          <NoteList notes={t.quotes} label="Quotes naming them" onOpenNote={onOpenNote} />
          <h3 id="notes-heading">Other notes on these articles ({t.notes.length})</h3>
          <NoteList notes={t.notes} label="Other notes on these articles" onOpenNote={onOpenNote} />
        </section>
      </div>
      <h3>Articles ({t.articles.length})</h3>
      <ol class="timeline-articles">
        {t.articles.map((a) => (
          <li key={a.article.id}>
            <span class="muted">{dayLabel(a.date)}</span>{' '}
            {isWebUrl(a.article.url) ? (
              <a href={a.article.url} target="_blank" rel="noopener noreferrer">
                {a.article.title ?? a.article.url}
              </a>
            ) : (
              (a.article.title ?? a.article.url)
            )}
            {a.role && <span class="muted"> — {a.role}</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}
