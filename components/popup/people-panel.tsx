/** The People tab: every official across saved articles, searchable, each opening a dossier. */
import type { Annotation } from '@/core/model/annotation';
import { VirtualList } from '../common/virtual-list';
import { DossierView } from './dossier-view';
import type { DossierView as Dossier, OfficialSummary } from './people-types';

/** Props of {@link PeoplePanel}. */
export interface PeoplePanelProps {
  /** Officials matching `search` (the entrypoint asks storage with it). */
  officials: OfficialSummary[];
  search: string;
  onSearch: (text: string) => void;
  /** The open dossier, or null for the list. */
  dossier: Dossier | null;
  onOpenOfficial: (id: string) => void;
  onCloseDossier: () => void;
  onOpenArticle: (url: string) => void;
  onOpenNote: (annotation: Annotation) => void;
}

/** List (virtualised; a council has dozens of members, a year of reading hundreds of names). */
export function PeoplePanel(props: PeoplePanelProps) {
  if (props.dossier) {
    return <DossierView dossier={props.dossier} onBack={props.onCloseDossier} onOpenArticle={props.onOpenArticle} onOpenNote={props.onOpenNote} />;
  }
  const shown = props.officials;
  return (
    <div class="people-panel">
      <label class="search">
        <span class="visually-hidden">Search people</span>
        <input
          type="search"
          placeholder="Search people or roles"
          value={props.search}
          onInput={(e) => props.onSearch((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p class="muted" role="status">
        {shown.length === 0
          ? props.search.trim()
            ? 'Nobody matches.'
            : 'No people yet: they appear as you read council news.'
          : `${shown.length} ${shown.length === 1 ? 'person' : 'people'}`}
      </p>
      <VirtualList
        label="People"
        items={shown}
        rowHeight={52}
        height={400}
        getKey={(o) => o.official.id}
        renderRow={(o) => (
          <button type="button" class="person-row" onClick={() => props.onOpenOfficial(o.official.id)}>
            <span class="clip">
              <strong>{o.official.name}</strong>
              {o.official.watchlistId && <span class="badge"> watched</span>}
            </span>
            <span class="clip muted">
              {o.articleCount} article{o.articleCount === 1 ? '' : 's'}
              {o.official.roles[0] ? ` · ${o.official.roles[0]}` : ''}
            </span>
          </button>
        )}
      />
    </div>
  );
}
