/** The People tab: every official across saved articles, then the other people they name; searchable, each opening a dossier. */
import type { Annotation } from '@/core/model/annotation';
import { VirtualList } from '../common/virtual-list';
import { DossierView } from './dossier-view';
import type { DossierView as Dossier, OfficialSummary } from './people-types';

/** Props of {@link PeoplePanel}. */
export interface PeoplePanelProps {
  /** Officials matching `search` (the entrypoint asks storage with it). */
  officials: OfficialSummary[];
  /** Everyone else saved articles name (residents, campaigners...), matching `search`. */
  others: OfficialSummary[];
  search: string;
  onSearch: (text: string) => void;
  /** The open dossier, or null for the list. */
  dossier: Dossier | null;
  onOpenOfficial: (id: string) => void;
  onCloseDossier: () => void;
  onOpenArticle: (url: string) => void;
  onOpenNote: (annotation: Annotation) => void;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** One virtualised list of people; each row opens the person's dossier. */
function PersonList({ label, items, onOpen }: { label: string; items: OfficialSummary[]; onOpen: (id: string) => void }) {
  return (
    <VirtualList
      label={label}
      items={items}
      rowHeight={52}
      height={Math.min(400, Math.max(52, items.length * 52))}
      getKey={(o) => o.official.id}
      renderRow={(o) => (
        <button type="button" class="person-row" onClick={() => onOpen(o.official.id)}>
          <span class="clip">
            <strong>{o.official.name}</strong>
            {o.official.watchlistId && <span class="badge"> watched</span>}
          </span>
          <span class="clip muted">
            {count(o.articleCount, 'article', 'articles')}
            {o.official.roles[0] ? ` · ${o.official.roles[0]}` : ''}
          </span>
        </button>
      )}
    />
  );
}

/**
 * Officials first (a council has dozens of members, a year of reading hundreds of names), then,
 * folded away, the other people the articles name, so nobody named is out of reach.
 */
export function PeoplePanel(props: PeoplePanelProps) {
  if (props.dossier) {
    return <DossierView dossier={props.dossier} onBack={props.onCloseDossier} onOpenArticle={props.onOpenArticle} onOpenNote={props.onOpenNote} />;
  }
  const { officials, others } = props;
  const searching = props.search.trim() !== '';
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
        {officials.length + others.length === 0
          ? searching
            ? 'Nobody matches.'
            : 'No people yet: they appear as you read council news.'
          : count(officials.length, 'official', 'officials') + (others.length ? `, ${count(others.length, 'other person', 'other people')}` : '')}
      </p>
      {officials.length > 0 && <PersonList label="Officials" items={officials} onOpen={props.onOpenOfficial} />}
      {others.length > 0 && (
        // Open while searching, so a match among them is not hidden behind a fold.
        <details class="other-people" open={searching || officials.length === 0}>
          <summary>Other people ({others.length})</summary>
          <PersonList label="Other people" items={others} onOpen={props.onOpenOfficial} />
        </details>
      )}
    </div>
  );
}
