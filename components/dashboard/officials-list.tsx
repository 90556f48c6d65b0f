/** The dashboard's Officials view: every official with their article count, searchable; each opens their page. */
import { formatNumber } from '@/core/format-number';
import type { OfficialSummary } from '../popup/people-types';
import { VirtualList } from '../common/virtual-list';
import { dayLabel } from './format-date';

/** Props of {@link OfficialsList}. */
export interface OfficialsListProps {
  officials: OfficialSummary[] | null;
  search: string;
  onSearch: (text: string) => void;
  onOpen: (id: string) => void;
  listHeight: number;
}

/** The list. */
export function OfficialsList({ officials, search, onSearch, onOpen, listHeight }: OfficialsListProps) {
  return (
    <section class="officials-view" aria-label="Officials">
      <label class="facet-text">
        <span>Search officials</span>
        <input type="search" placeholder="Names or roles" value={search} onInput={(e) => onSearch((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p class="muted" role="status">
        {officials === null ? 'Reading…' : `${formatNumber(officials.length)} official${officials.length === 1 ? '' : 's'}`}
      </p>
      {officials && (
        <VirtualList
          items={officials}
          rowHeight={40}
          height={listHeight}
          label="Officials"
          getKey={(o) => o.official.id}
          renderRow={(o) => (
            <div class="official-row">
              <button type="button" class="link" onClick={() => onOpen(o.official.id)}>
                {o.official.name}
              </button>
              <span class="muted">{o.official.roles[0] ?? ''}</span>
              <span class="muted count">
                {o.articleCount} article{o.articleCount === 1 ? '' : 's'}
                {o.lastSeen ? `, last ${dayLabel(o.lastSeen)}` : ''}
              </span>
            </div>
          )}
        />
      )}
    </section>
  );
}
