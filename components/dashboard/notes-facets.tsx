/**
 * The dashboard's facets: search text, site, official, tag, article dates, figure kind, owner
 * (only when team sync supplies owners) and the sort. Every change is reported at once; the
 * filtering itself is in memory and fast enough to run on each key press.
 */
import { figureKind, type FigureKind } from '@/core/model/figure-kinds';
import { NO_FACETS, type FacetChoices, type NoteFacets, type NoteSort } from '@/core/model/reading-room';

/** Props of {@link NotesFacets}. */
export interface NotesFacetsProps {
  facets: NoteFacets;
  sort: NoteSort;
  choices: FacetChoices;
  sortLabels: Record<NoteSort, string>;
  /** True when team sync says whose each note is; otherwise the owner facet is not shown. */
  hasOwners: boolean;
  onChange: (facets: NoteFacets) => void;
  onSort: (sort: NoteSort) => void;
}

/** A menu entry: the name, and the count once known. */
const entry = (name: string, count: number | null) => (count === null ? name : `${name} (${count})`);

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** The facet form. */
export function NotesFacets({ facets, sort, choices, sortLabels, hasOwners, onChange, onSort }: NotesFacetsProps) {
  const set = (changes: Partial<NoteFacets>) => onChange({ ...facets, ...changes });
  const changed = JSON.stringify(facets) !== JSON.stringify(NO_FACETS);
  return (
    <form class="facets" role="search" aria-label="Filter notes" onSubmit={(e) => e.preventDefault()}>
      <label class="facet-text">
        <span>Search</span>
        <input type="search" name="q" placeholder="Quotes, notes, tags, titles" value={facets.text} onInput={(e) => set({ text: value(e) })} />
      </label>
      <label>
        <span>Site</span>
        <select name="site" value={facets.site ?? ''} onChange={(e) => set({ site: value(e) || null })}>
          <option value="">Any site</option>
          {choices.sites.map((s) => (
            <option key={s.value} value={s.value}>
              {entry(s.value, s.count)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Official</span>
        <select name="official" value={facets.officialId ?? ''} onChange={(e) => set({ officialId: value(e) || null })}>
          <option value="">Anyone</option>
          {choices.officials.map((o) => (
            <option key={o.id} value={o.id}>
              {entry(o.name, o.count)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Tag</span>
        <select name="tag" value={facets.tag ?? ''} onChange={(e) => set({ tag: value(e) || null })}>
          <option value="">Any tag</option>
          {choices.tags.map((t) => (
            <option key={t.value} value={t.value}>
              {entry(t.value, t.count)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Figure</span>
        <select name="figure" value={facets.figureKind ?? ''} onChange={(e) => set({ figureKind: (value(e) || null) as FigureKind | null })}>
          <option value="">Any or none</option>
          {choices.figureKinds.map((k) => (
            <option key={k.value} value={k.value}>
              {entry(figureKind(k.value)?.label ?? k.value, k.count)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Article from</span>
        <input type="date" name="from" value={facets.from ?? ''} onInput={(e) => set({ from: value(e) || null })} />
      </label>
      <label>
        <span>to</span>
        <input type="date" name="to" value={facets.to ?? ''} onInput={(e) => set({ to: value(e) || null })} />
      </label>
      {hasOwners && (
        <label>
          <span>Whose</span>
          <select name="owner" value={facets.owner} onChange={(e) => set({ owner: value(e) as NoteFacets['owner'] })}>
            <option value="all">Everyone's</option>
            <option value="mine">Mine</option>
            <option value="team">The team's</option>
          </select>
        </label>
      )}
      <label>
        <span>Sort</span>
        <select name="sort" value={sort} onChange={(e) => onSort(value(e) as NoteSort)}>
          {(Object.keys(sortLabels) as NoteSort[]).map((s) => (
            <option key={s} value={s}>
              {sortLabels[s]}
            </option>
          ))}
        </select>
      </label>
      {changed && (
        <button type="button" class="link" onClick={() => onChange(NO_FACETS)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
