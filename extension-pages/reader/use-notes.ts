/** Live data for the Notes tab: one page of matching notes (growing as the list scrolls) and filter choices. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { NotesFilterOptions, NotesQuery } from '@/components/popup/notes-query';
import { listAnnotations, listSites, listTags } from '@/storage/annotation-queries';
import { officialChoices } from '@/storage/dashboard-official-choices';
import { db } from '@/extension-pages/database';
import { useDebounced } from '@/extension-pages/hooks/use-debounced';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';
import { useNoteIndex } from '@/extension-pages/hooks/use-note-index';
import { refreshNoteSearchIndex } from '@/storage/note-search-index';

// A first page a little taller than the list, so the popup draws quickly; more is read on scroll.
const PAGE = 60;

/** How long typing must pause before the search runs. */
const SEARCH_PAUSE_MS = 150;

/**
 * Notes matching `query`, newest first, with a `loadMore` the list calls near its end. Nothing is
 * read while `enabled` is false (the Notes tab is not shown), so opening the popup on another tab
 * does not pay for it. While `primed` (the reader is reaching for the tab) only the first page is
 * read, so that it is ready when the tab opens; the filter choices and the search index wait.
 */
export function useNotes(query: NotesQuery, enabled = true, primed = false) {
  const [limit, setLimit] = useState(PAGE);
  // A search runs once per pause in typing, not once per keystroke.
  const text = useDebounced(query.text, SEARCH_PAUSE_MS);
  const [indexWanted, setIndexWanted] = useState(false);
  const index = useNoteIndex(enabled && (indexWanted || !!text), refreshNoteSearchIndex);
  // The unfiltered list does not depend on the index, so it is not read again when the index changes.
  const searchWith = text ? index.value : undefined;
  // A search typed while the index is being built waits for it (the list stays as it was) rather
  // than reading every note a second time beside it; if the index failed, the database answers.
  const waiting = !!text && !searchWith && !index.error;
  const page = useLiveQuery(
    !(enabled || primed) || waiting
      ? null
      : () =>
          listAnnotations(
            db,
            {
              text: text || undefined,
              tag: query.tag ?? undefined,
              site: query.site ?? undefined,
              officialId: query.officialId ?? undefined,
              author: query.author ?? undefined,
              limit,
            },
            searchWith,
          ),
    [text, query.tag, query.site, query.officialId, query.author, limit, enabled || primed, searchWith, waiting],
  );
  // The filter menus' choices are read after the first page of notes is shown: at thousands of
  // notes their index scans would otherwise share the database with it and delay the list.
  const optionsWanted = enabled && !!page.value;
  // So is the search index (unless a search asks for it first): built while the reader looks at the list.
  useEffect(() => {
    if (optionsWanted) setIndexWanted(true);
  }, [optionsWanted]);
  const options = useLiveQuery<NotesFilterOptions>(
    optionsWanted
      ? async () => {
          const [tags, sites, officials] = await Promise.all([listTags(db), listSites(db), officialChoices(db)]);
          return { tags: tags.map((t) => t.tag), sites, officials };
        }
      : null,
    [optionsWanted],
  );
  // While a search waits for the index, the last list shown stays.
  const shown = useRef(page.value);
  if (page.value) shown.current = page.value;
  const current = enabled ? shown.current : page.value;
  const loaded = current?.items.length ?? 0;
  const onRangeChange = useCallback(
    (_start: number, end: number) => {
      if (end >= loaded - 20 && loaded >= limit) setLimit((l) => l + PAGE);
    },
    [loaded, limit],
  );
  return {
    items: current ? current.items : [],
    total: current ? current.total : 0,
    options: options.value ?? { tags: [], sites: [], officials: [] },
    error: page.error ?? options.error,
    onRangeChange,
  };
}
