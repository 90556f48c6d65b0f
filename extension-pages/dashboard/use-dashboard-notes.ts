/**
 * The dashboard's notes, in two steps so the first render does not wait for all of them:
 * 1. the newest page and the count, off the `createdAt` index (a few milliseconds), drawn at once;
 * 2. after that paint, the whole index (every note, article and mention, read in batches), which
 *    the facets then filter in memory on every change, with no database trip.
 * On a change to notes the index is updated, not rebuilt: only the notes written are read again
 * (storage/dashboard-index-live.ts, extension-pages/hooks/use-note-index.ts). A site,
 * tag or official chosen before the index is ready is answered meanwhile off the database's
 * indexes (newest first, first page), as the popup does.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { NO_FACETS, type DashboardNote, type FacetChoices, type NoteFacets, type NoteSort, type OwnerOf } from '@/core/model/reading-room';
import { listAnnotations, listSites, listTags } from '@/storage/annotation-queries';
import { officialChoices } from '@/storage/dashboard-official-choices';
import { filterNotes } from '@/storage/dashboard-filter';
import { refreshDashboardIndex, sourcesStamp } from '@/storage/dashboard-index-live';
import { dashboardFirstPage } from '@/storage/dashboard-notes';
import { db } from '../database';
import { useLiveQuery } from '../hooks/use-live-query';
import { useNoteIndex } from '../hooks/use-note-index';

const NO_CHOICES: FacetChoices = { sites: [], tags: [], officials: [], figureKinds: [] };

/** Rows shown before the index is read: more than a tall window holds. */
const FIRST_PAGE = 60;

/** Waits for the next paint and then for a quiet moment, so the index is read off the render path. */
function afterPaint(run: () => void): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(idle);
  };
}

/** What the notes view shows. */
export interface DashboardNotes {
  /** Matching notes; before the index is read, the newest page (unfiltered) or null when facets are set. */
  items: DashboardNote[] | null;
  /** How many notes match, or null while unknown. */
  matching: number | null;
  total: number;
  /** True once every note is indexed (facets and select-all work on all of them). */
  ready: boolean;
  choices: FacetChoices;
  error: unknown;
}

/** The notes view's data for `facets` and `sort`. */
export function useDashboardNotes(facets: NoteFacets, sort: NoteSort, ownerOf?: OwnerOf): DashboardNotes {
  const [indexing, setIndexing] = useState(false);
  // The first page stays live after the index arrives (it is cheap), so nothing blanks while the index is read.
  const first = useLiveQuery(() => dashboardFirstPage(db, FIRST_PAGE), []);
  useEffect(() => (first.value && !indexing ? afterPaint(() => setIndexing(true)) : undefined), [first.value, indexing]);
  // Notes written since the last read are read again; a change to articles, officials or mentions
  // (their stamp, a cheap live query) rebuilds the index.
  const sources = useLiveQuery(indexing ? () => sourcesStamp(db) : null, [indexing]);
  const live = useNoteIndex(indexing, refreshDashboardIndex, sources.value);
  const index = { value: live.value?.index, error: live.error ?? sources.error };
  const items = useMemo(() => (index.value ? filterNotes(index.value, facets, sort, ownerOf) : null), [index.value, facets, sort, ownerOf]);
  // Menus for the indexed facets, from index keys (cheap), until the index brings counts for all.
  const haveIndex = !!index.value;
  const painted = !!first.value;
  const quickChoices = useLiveQuery<FacetChoices>(
    haveIndex || !painted
      ? null
      : async () => {
          const [sites, tags, officials] = await Promise.all([listSites(db), listTags(db), officialChoices(db)]);
          return {
            sites: sites.map((value) => ({ value, count: null })),
            tags: tags.map((t) => ({ value: t.tag, count: t.count })),
            officials: officials.map((o) => ({ ...o, count: null })),
            figureKinds: [],
          };
        },
    [haveIndex, painted],
  );
  const unfiltered = facets === NO_FACETS || JSON.stringify(facets) === JSON.stringify(NO_FACETS);
  // Only the facets with an index of their own can be answered before the whole index is read.
  const indexed =
    !index.value && !unfiltered && sort === 'newest' && !facets.text.trim() && !facets.from && !facets.to && !facets.figureKind && facets.owner === 'all';
  const early = useLiveQuery(
    indexed
      ? () =>
          listAnnotations(db, { tag: facets.tag ?? undefined, site: facets.site ?? undefined, officialId: facets.officialId ?? undefined, limit: FIRST_PAGE })
      : null,
    [indexed, facets.tag, facets.site, facets.officialId],
  );
  if (index.value && items) {
    return { items, matching: items.length, total: index.value.notes.length, ready: true, choices: index.value.choices, error: index.error };
  }
  if (indexed && early.value) {
    const found = early.value;
    return {
      items: found.items.map(({ annotation, article }) => ({ annotation, article, date: article?.publishedTime ?? annotation.createdAt })),
      matching: found.total,
      total: first.value?.total ?? 0,
      ready: false,
      choices: quickChoices.value ?? NO_CHOICES,
      error: early.error,
    };
  }
  const page = first.value ?? null;
  return {
    items: page && unfiltered && sort === 'newest' ? page.items : null,
    matching: page && unfiltered ? page.total : null,
    total: page?.total ?? 0,
    ready: false,
    choices: quickChoices.value ?? NO_CHOICES,
    error: first.error ?? index.error,
  };
}
