/**
 * An in-memory index over the notes (the popup's search index, the dashboard's facets), built once
 * and then kept current from the writes Dexie reports: each refresh is given the notes written
 * since the last one, so it reads only those.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { db } from '@/extension-pages/database';
import type { CouncilLensDb } from '@/storage/db';
import { mergeNoteWrites, watchNoteWrites, type NoteWrites } from '@/storage/note-writes';
import { useConnection } from './use-connection';

/** The index (undefined until first built) or the error that stopped a refresh. */
export interface NoteIndexState<T> {
  value: T | undefined;
  error: unknown;
}

/** Builds or updates an index: `previous` is null the first time, `writes` null when none were seen. */
export type RefreshIndex<T> = (db: CouncilLensDb, previous: T | null, writes: NoteWrites | null) => Promise<T>;

/**
 * The index while `wanted`. Refreshes never overlap: writes made while one runs are gathered and
 * handed to the next, so none is missed. A change of `trigger` (another table's stamp) refreshes too.
 */
export function useNoteIndex<T>(wanted: boolean, refresh: RefreshIndex<T>, trigger?: unknown): NoteIndexState<T> {
  const [state, setState] = useState<NoteIndexState<T>>({ value: undefined, error: null });
  const { generation } = useConnection();
  const kick = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!wanted) return;
    let stopped = false;
    let running = false;
    let again = false;
    let current: T | null = null;
    let pending: NoteWrites | null = null;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const writes = pending;
          pending = null;
          current = await refresh(db, current, writes);
          if (!stopped) setState({ value: current, error: null });
        } while ((again || pending) && !stopped);
      } catch (error) {
        if (!stopped) setState((s) => ({ value: s.value, error }));
      } finally {
        running = false;
      }
    };
    // Watching starts before the first read, so a write made while it runs is read after it.
    const unwatch = watchNoteWrites(db, (writes) => {
      pending = mergeNoteWrites(pending, writes);
      void run();
    });
    kick.current = () => void run();
    void run();
    return () => {
      stopped = true;
      kick.current = () => undefined;
      unwatch();
    };
    // `refresh` is a module function; the connection's generation reopens the index with the database.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, generation]);
  useEffect(() => kick.current(), [trigger]);
  return state;
}
