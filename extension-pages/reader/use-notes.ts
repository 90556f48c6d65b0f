/** Live data for the Notes tab: one page of matching notes (growing as the list scrolls) and filter choices. */
import { useCallback, useState } from 'preact/hooks';
import type { NotesFilterOptions, NotesQuery } from '@/components/popup/notes-query';
import { listAnnotations, listSites, listTags } from '@/storage/annotation-queries';
import { listOfficials } from '@/storage/official-queries';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';

const PAGE = 200;

/** Notes matching `query`, newest first, with a `loadMore` the list calls near its end. */
export function useNotes(query: NotesQuery) {
  const [limit, setLimit] = useState(PAGE);
  const page = useLiveQuery(
    () =>
      listAnnotations(db, {
        text: query.text || undefined,
        tag: query.tag ?? undefined,
        site: query.site ?? undefined,
        officialId: query.officialId ?? undefined,
        author: query.author ?? undefined,
        limit,
      }),
    [query.text, query.tag, query.site, query.officialId, query.author, limit],
  );
  const options = useLiveQuery<NotesFilterOptions>(async () => {
    const [tags, sites, officials] = await Promise.all([listTags(db), listSites(db), listOfficials(db)]);
    return {
      tags: tags.map((t) => t.tag),
      sites,
      officials: officials.map((o) => ({ id: o.official.id, name: o.official.name })),
    };
  }, []);
  const loaded = page.value?.items.length ?? 0;
  const onRangeChange = useCallback(
    (_start: number, end: number) => {
      if (end >= loaded - 20 && loaded >= limit) setLimit((l) => l + PAGE);
    },
    [loaded, limit],
  );
  return {
    items: page.value?.items ?? [],
    total: page.value?.total ?? 0,
    options: options.value ?? { tags: [], sites: [], officials: [] },
    error: page.error ?? options.error,
    onRangeChange,
  };
}
