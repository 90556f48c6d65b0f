/** Live data for the Notes tab: one page of matching notes (growing as the list scrolls) and filter choices. */
import { useCallback, useState } from 'preact/hooks';
import type { NotesFilterOptions, NotesQuery } from '@/components/popup/notes-query';
import { listAnnotations, listSites, listTags } from '@/storage/annotation-queries';
import { officialChoices } from '@/storage/dashboard-official-choices';
import { db } from '@/extension-pages/database';
import { useDebounced } from '@/extension-pages/hooks/use-debounced';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';

// A first page a little taller than the list, so the popup draws quickly; more is read on scroll.
const PAGE = 60;

/** How long typing must pause before the search runs. */
const SEARCH_PAUSE_MS = 150;

const NO_OPTIONS: NotesFilterOptions = { tags: [], sites: [], officials: [] };

/**
 * Notes matching `query`, newest first, with a `loadMore` the list calls near its end. Nothing is
 * read while `enabled` is false (the Notes tab is not shown), so opening the popup on another tab
 * does not pay for it.
 */
export function useNotes(query: NotesQuery, enabled = true) {
  const [limit, setLimit] = useState(PAGE);
  // A search reads every note: one per pause in typing, not one per keystroke.
  const text = useDebounced(query.text, SEARCH_PAUSE_MS);
  const page = useLiveQuery(
    () =>
      !enabled
        ? null
        : listAnnotations(db, {
            text: text || undefined,
            tag: query.tag ?? undefined,
            site: query.site ?? undefined,
            officialId: query.officialId ?? undefined,
            author: query.author ?? undefined,
            limit,
          }),
    [text, query.tag, query.site, query.officialId, query.author, limit, enabled],
  );
  // The filter menus' choices are read after the first page of notes is shown: at thousands of
  // notes their index scans would otherwise share the database with it and delay the list.
  const optionsWanted = enabled && page.value !== undefined;
  const options = useLiveQuery<NotesFilterOptions>(async () => {
    if (!optionsWanted) return NO_OPTIONS;
    const [tags, sites, officials] = await Promise.all([listTags(db), listSites(db), officialChoices(db)]);
    return { tags: tags.map((t) => t.tag), sites, officials };
  }, [optionsWanted]);
  const loaded = page.value?.items.length ?? 0;
  const onRangeChange = useCallback(
    (_start: number, end: number) => {
      if (end >= loaded - 20 && loaded >= limit) setLimit((l) => l + PAGE);
    },
    [loaded, limit],
  );
  return {
    items: page.value ? page.value.items : [],
    total: page.value ? page.value.total : 0,
    options: options.value ?? { tags: [], sites: [], officials: [] },
    error: page.error ?? options.error,
    onRangeChange,
  };
}
