/** One official's dossier: roles seen and every saved article naming them, in date order. */
import type { Annotation } from '@/core/model/annotation';
import { isWebUrl } from './link-types';
import { NoteSummary } from './note-summary';
import type { DossierView as Dossier } from './people-types';

/** Props of {@link DossierView}. */
export interface DossierViewProps {
  dossier: Dossier;
  onBack: () => void;
  onOpenArticle: (url: string) => void;
  onOpenNote: (annotation: Annotation) => void;
}

/** Header with roles and aliases, then a timeline of articles. */
export function DossierView({ dossier, onBack, onOpenArticle, onOpenNote }: DossierViewProps) {
  const { official, entries } = dossier;
  return (
    <section class="dossier" aria-labelledby="dossier-h">
      <button type="button" class="link" onClick={onBack}>
        ← All people
      </button>
      <h2 id="dossier-h">{official.name}</h2>
      {official.roles.length > 0 && (
        <p>
          <span class="muted">Roles seen: </span>
          {official.roles.join('; ')}
        </p>
      )}
      {official.aliases.length > 0 && (
        <p>
          <span class="muted">Also written as: </span>
          {official.aliases.join(', ')}
        </p>
      )}
      <h3>
        {entries.length} article{entries.length === 1 ? '' : 's'}
      </h3>
      <ol class="timeline">
        {entries.map((e) => (
          <li key={e.article.id}>
            <time dateTime={e.date}>{e.date.slice(0, 10)}</time>{' '}
            {isWebUrl(e.article.url) ? (
              <a
                href={e.article.url}
                onClick={(ev) => {
                  ev.preventDefault();
                  onOpenArticle(e.article.url);
                }}
              >
                {e.article.title ?? e.article.url}
              </a>
            ) : (
              <span>{e.article.title ?? e.article.url}</span>
            )}
            {e.article.siteName && <span class="muted"> · {e.article.siteName}</span>}
            {(e.role || e.forms.length > 0) && (
              <div class="muted">{[e.role, e.forms.length ? `named as ${e.forms.join(', ')}` : null].filter(Boolean).join(' · ')}</div>
            )}
            {e.annotations.length > 0 && (
              <ul class="plain">
                {e.annotations.map((n) => (
                  <li key={n.id}>
                    <NoteSummary annotation={n} onOpen={onOpenNote} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
