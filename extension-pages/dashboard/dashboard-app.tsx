/**
 * The dashboard: every note with facets, bulk actions and export; officials and their timelines;
 * the figures the reader's articles share. Wires storage (live queries) to the components in
 * components/dashboard; every failure ends up in the alert at the top.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorAlert } from '@/components/common/error-alert';
import { Tabs } from '@/components/common/tabs';
import { FiguresView } from '@/components/dashboard/figures-view';
import { NotesView } from '@/components/dashboard/notes-view';
import { OfficialPage } from '@/components/dashboard/official-page';
import { OfficialsList } from '@/components/dashboard/officials-list';
import { NO_FACETS, type DashboardNote, type NoteFacets, type NoteSort, type OwnerOf } from '@/core/model/reading-room';
import type { DeletedNote } from '@/storage/annotations';
import { deleteAnnotations, restoreAnnotations, tagAnnotations } from '@/storage/dashboard-bulk';
import { SORT_LABELS } from '@/storage/dashboard-filter';
import { figureSeries } from '@/storage/figure-series';
import { officialTimeline } from '@/storage/official-timeline';
import { listOfficials } from '@/storage/official-queries';
import { db } from '../database';
import { useConnection } from '../hooks/use-connection';
import { useError } from '../hooks/use-error';
import { useLiveQuery } from '../hooks/use-live-query';
import { annotationUrl, openInTab } from '../open-annotation';
import { exportSelection } from './export-selection';
import { useDashboardNotes } from './use-dashboard-notes';
import { useDashboardRoute, type DashboardView } from './use-dashboard-route';

const TABS: { id: DashboardView; label: string }[] = [
  { id: 'notes', label: 'Notes' },
  { id: 'officials', label: 'Officials' },
  { id: 'figures', label: 'Figures' },
];

/**
 * Whose each note is, once team sync exists: the hook point for the mine/team facet. Sync is
 * being built separately; until it supplies an `OwnerOf` here, the facet is not shown.
 */
const OWNER_OF: OwnerOf | undefined = undefined;

/** The list's height: the window less the header and toolbars, at least 300 px. */
function useListHeight(): number {
  const [height, setHeight] = useState(() => Math.max(300, innerHeight - 290));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(300, innerHeight - 290));
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The dashboard's root component. */
export function DashboardApp() {
  const [route, go] = useDashboardRoute();
  const [facets, setFacets] = useState<NoteFacets>(NO_FACETS);
  const [sort, setSort] = useState<NoteSort>('newest');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [deleted, setDeleted] = useState<DeletedNote[] | null>(null);
  const [officialSearch, setOfficialSearch] = useState('');
  const { error, setError, guard } = useError();
  const connection = useConnection();
  const listHeight = useListHeight();
  const notes = useDashboardNotes(facets, sort, OWNER_OF);
  const officials = useLiveQuery(route.view === 'officials' ? () => listOfficials(db, { text: officialSearch || undefined }) : null, [
    route.view,
    officialSearch,
  ]);
  const timelineOf = route.official;
  const timeline = useLiveQuery(timelineOf ? () => officialTimeline(db, timelineOf) : null, [timelineOf]);
  const series = useLiveQuery(route.view === 'figures' ? () => figureSeries(db) : null, [route.view]);

  // Only notes that still match are selected: an action never reaches a note the reader cannot see.
  const selected = useMemo(() => {
    if (!notes.items || picked.size === 0) return new Set<string>();
    return new Set(notes.items.filter((n) => picked.has(n.annotation.id)).map((n) => n.annotation.id));
  }, [notes.items, picked]);

  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const openNote = guard((n: DashboardNote) => openInTab(annotationUrl(n.annotation)));
  const openOfficial = (id: string) => go({ view: 'officials', official: id });

  return (
    <main class="dashboard">
      <header class="dashboard-header">
        <h1>Council Lens</h1>
        <button type="button" class="link" onClick={guard(() => browser.runtime.openOptionsPage())}>
          Watchlist, settings and import
        </button>
      </header>
      <ErrorAlert error={error ?? connection.notice ?? notes.error ?? officials.error ?? timeline.error ?? series.error} onDismiss={() => setError(null)} />
      <Tabs tabs={TABS} selected={route.view} onSelect={(id) => go({ view: id as DashboardView, official: null })} label="Dashboard views">
        {(id) =>
          id === 'notes' ? (
            <NotesView
              items={notes.items}
              matching={notes.matching}
              total={notes.total}
              ready={notes.ready}
              facets={facets}
              sort={sort}
              sortLabels={SORT_LABELS}
              choices={notes.choices}
              hasOwners={OWNER_OF !== undefined}
              selected={selected}
              listHeight={listHeight}
              undoable={deleted?.length ?? null}
              onFacets={setFacets}
              onSort={setSort}
              onToggle={toggle}
              onSelectAll={() => setPicked(new Set(notes.items?.map((n) => n.annotation.id)))}
              onClear={() => setPicked(new Set())}
              onTag={guard(async (tag: string) => {
                await tagAnnotations(db, [...selected], tag, new Date());
              })}
              onDelete={guard(async () => {
                const removed = await deleteAnnotations(db, [...selected], new Date());
                setDeleted(removed);
                setPicked(new Set());
              })}
              onUndo={guard(async () => {
                if (!deleted) return;
                await restoreAnnotations(db, deleted, new Date());
                setPicked(new Set(deleted.map((d) => d.annotation.id)));
                setDeleted(null);
              })}
              onExport={guard((format) => exportSelection([...selected], format))}
              onOpen={openNote}
            />
          ) : id === 'officials' ? (
            route.official ? (
              timeline.value ? (
                <OfficialPage
                  timeline={timeline.value}
                  onBack={() => go({ view: 'officials', official: null })}
                  onOpenOfficial={openOfficial}
                  onOpenNote={openNote}
                />
              ) : (
                <p aria-busy={timeline.value === undefined}>{timeline.value === null ? 'This official is no longer saved.' : 'Reading…'}</p>
              )
            ) : (
              <OfficialsList
                officials={officials.value ?? null}
                search={officialSearch}
                onSearch={setOfficialSearch}
                onOpen={openOfficial}
                listHeight={listHeight}
              />
            )
          ) : (
            <FiguresView series={series.value ?? null} />
          )
        }
      </Tabs>
    </main>
  );
}
