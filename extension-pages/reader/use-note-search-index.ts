/** The popup's note search index as a Preact hook: built once, then kept current from the writes Dexie reports. */
import { useEffect, useState } from 'preact/hooks';
import { db } from '@/extension-pages/database';
import { useConnection } from '@/extension-pages/hooks/use-connection';
import { refreshNoteSearchIndex, type NoteSearchIndex } from '@/storage/note-search-index';
import { mergeNoteWrites, watchNoteWrites, type NoteWrites } from '@/storage/note-writes';

/** The index (undefined until first built) or the error that stopped it. */
export interface SearchIndexState {
  index: NoteSearchIndex | undefined;
  error: unknown;
}

/**
 * Builds the index while `wanted` and keeps it current: writes made while a refresh runs are
 * gathered and read by the next one, so no write is missed and refreshes never overlap.
 */
export function useNoteSearchIndex(wanted: boolean): SearchIndexState {
  const [state, setState] = useState<SearchIndexState>({ index: undefined, error: null });
  const { generation } = useConnection();
  useEffect(() => {
    if (!wanted) return;
    let stopped = false;
    let running = false;
    let current: NoteSearchIndex | null = null;
    let pending: NoteWrites | null = null;
    const refresh = async () => {
      if (running) return;
      running = true;
      try {
        do {
          const writes = pending;
          pending = null;
          current = await refreshNoteSearchIndex(db, current, writes);
          if (!stopped) setState({ index: current, error: null });
        } while (pending && !stopped);
      } catch (error) {
        if (!stopped) setState((s) => ({ index: s.index, error }));
      } finally {
        running = false;
      }
    };
    // Watching starts before the first read, so a write made while it runs is read after it.
    const unwatch = watchNoteWrites(db, (writes) => {
      pending = mergeNoteWrites(pending, writes);
      void refresh();
    });
    void refresh();
    return () => {
      stopped = true;
      unwatch();
    };
  }, [wanted, generation]);
  return state;
}
