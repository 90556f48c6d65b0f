/** Search box and tag / site / official filters for the Notes tab. */
import type { NotesFilterOptions, NotesQuery } from './notes-query';

/** Props of {@link NotesFilters}. */
export interface NotesFiltersProps {
  query: NotesQuery;
  options: NotesFilterOptions;
  onChange: (query: NotesQuery) => void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** Every control is labelled; an empty select value means "any". */
export function NotesFilters({ query, options, onChange }: NotesFiltersProps) {
  return (
    <div class="filters" role="search">
      <label class="search">
        <span class="visually-hidden">Search quotes, notes and tags</span>
        <input type="search" placeholder="Search quotes, notes, tags" value={query.text} onInput={(e) => onChange({ ...query, text: value(e) })} />
      </label>
      <div class="filter-row">
        <label>
          Tag
          <select value={query.tag ?? ''} onChange={(e) => onChange({ ...query, tag: value(e) || null })}>
            <option value="">Any</option>
            {options.tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select value={query.site ?? ''} onChange={(e) => onChange({ ...query, site: value(e) || null })}>
            <option value="">Any</option>
            {options.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Official
          <select value={query.officialId ?? ''} onChange={(e) => onChange({ ...query, officialId: value(e) || null })}>
            <option value="">Any</option>
            {options.officials.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Whose
          <select value={query.author ?? ''} onChange={(e) => onChange({ ...query, author: (value(e) || null) as NotesQuery['author'] })}>
            <option value="">Mine and team</option>
            <option value="mine">Mine</option>
            <option value="team">Team</option>
          </select>
        </label>
      </div>
    </div>
  );
}
