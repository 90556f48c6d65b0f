/**
 * The dashboard's Notes view: facets, the selection toolbar, and every matching note in a virtual
 * list (only the rows in view are in the DOM, so 10,000 notes render as fast as 20).
 */
import type { ExportFormat } from '@/core/export/formats';
import type { DashboardNote, FacetChoices, NoteFacets, NoteSort } from '@/core/model/reading-room';
import { formatNumber } from '@/core/format-number';
import { VirtualList } from '../common/virtual-list';
import { BulkBar } from './bulk-bar';
import { DashboardNoteRow } from './dashboard-note-row';
import { NotesFacets } from './notes-facets';

/** Props of {@link NotesView}. */
export interface NotesViewProps {
  /** Matching notes; null while they are being read. */
  items: DashboardNote[] | null;
  /** How many match (null while unknown): more than `items` holds until every note is read. */
  matching: number | null;
  total: number;
  /** False while the notes are still being read for the facets (the newest are shown meanwhile). */
  ready: boolean;
  facets: NoteFacets;
  sort: NoteSort;
  sortLabels: Record<NoteSort, string>;
  choices: FacetChoices;
  hasOwners: boolean;
  selected: ReadonlySet<string>;
  listHeight: number;
  undoable: number | null;
  onFacets: (facets: NoteFacets) => void;
  onSort: (sort: NoteSort) => void;
  onToggle: (id: string, selected: boolean) => void;
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tag: string) => void | Promise<void>;
  onDelete: () => void | Promise<void>;
  onExport: (format: ExportFormat) => void | Promise<void>;
  onUndo: () => void | Promise<void>;
  onOpen: (item: DashboardNote) => void;
}

/** Row height in CSS pixels; the row clips longer quotes. */
export const NOTE_ROW_HEIGHT = 78;

/** The view. */
export function NotesView(props: NotesViewProps) {
  const items = props.items;
  return (
    <section class="notes-view" aria-label="Notes">
      <NotesFacets
        facets={props.facets}
        sort={props.sort}
        sortLabels={props.sortLabels}
        choices={props.choices}
        hasOwners={props.hasOwners}
        onChange={props.onFacets}
        onSort={props.onSort}
      />
      <p class="result-count" role="status" aria-live="polite">
        {props.matching === null
          ? 'Reading your notes…'
          : props.matching === props.total
            ? `${formatNumber(props.total)} note${props.total === 1 ? '' : 's'}`
            : `${formatNumber(props.matching)} of ${formatNumber(props.total)} notes`}
      </p>
      {!props.ready && props.matching !== null && (
        <p class="muted" aria-busy="true">
          Showing the newest while the rest are read for the filters…
        </p>
      )}
      <BulkBar
        selected={props.selected.size}
        matching={props.ready ? (items?.length ?? 0) : 0}
        onSelectAll={props.onSelectAll}
        onClear={props.onClear}
        onTag={props.onTag}
        onDelete={props.onDelete}
        onExport={props.onExport}
        undoable={props.undoable}
        onUndo={props.onUndo}
      />
      {props.ready && items !== null && items.length === 0 && <p class="muted">No note matches these filters.</p>}
      {items !== null && (
        <VirtualList
          items={items}
          rowHeight={NOTE_ROW_HEIGHT}
          height={props.listHeight}
          label="Matching notes"
          getKey={(n) => n.annotation.id}
          renderRow={(n) => <DashboardNoteRow item={n} selected={props.selected.has(n.annotation.id)} onToggle={props.onToggle} onOpen={props.onOpen} />}
        />
      )}
    </section>
  );
}
