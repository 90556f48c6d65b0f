/**
 * The dashboard's notes: the index is read live from the database (again whenever notes, articles
 * or mentions change), and the facets filter it in memory on every change, with no database trip.
 */
import { useMemo } from 'preact/hooks';
import type { DashboardNote, FacetChoices, NoteFacets, NoteSort, OwnerOf } from '@/core/model/reading-room';
import { filterNotes } from '@/storage/dashboard-filter';
import { loadDashboardIndex } from '@/storage/dashboard-notes';
import { db } from '../database';
import { useLiveQuery } from '../hooks/use-live-query';

const NO_CHOICES: FacetChoices = { sites: [], tags: [], officials: [], figureKinds: [] };

/** Matching notes (null until first read), the total, facet choices, and any read error. */
export function useDashboardNotes(facets: NoteFacets, sort: NoteSort, ownerOf?: OwnerOf) {
  const index = useLiveQuery(() => loadDashboardIndex(db), []);
  const items = useMemo<DashboardNote[] | null>(
    () => (index.value ? filterNotes(index.value, facets, sort, ownerOf) : null),
    [index.value, facets, sort, ownerOf],
  );
  return {
    items,
    total: index.value?.notes.length ?? 0,
    choices: index.value?.choices ?? NO_CHOICES,
    error: index.error,
  };
}
