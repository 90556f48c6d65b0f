/**
 * A Preact hook over Dexie's `liveQuery`: re-runs the query whenever the tables it read change,
 * in this page or another (background writes included). dexie-react-hooks targets React.
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import { useConnection } from './use-connection';

/** The latest result (undefined until the first one), or the error the query threw. */
export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

const NOTHING: LiveResult<never> = { value: undefined, error: null };

/**
 * Subscribes to `querier` while mounted; `deps` re-subscribe it, as in `useEffect`, and so does the
 * database connection being reopened after another connection's upgrade (a live query that saw
 * the connection close has ended with an error). A `null` querier means there is nothing to read
 * (a tab not shown, no article): no subscription, and the value is undefined. That is not the same
 * as a querier returning a constant: each live query answers in a task of its own and re-renders
 * the page, and the popup starts with half a dozen idle ones, ahead of the one the reader asked for.
 */
export function useLiveQuery<T>(querier: (() => Promise<T> | T) | null, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>(NOTHING);
  const { generation } = useConnection();
  // Subscribed as soon as the component is in the DOM, not after the browser paints (useEffect's
  // time): the query's first read then starts a frame sooner, and the read itself is asynchronous,
  // so nothing waits for it before the paint.
  useLayoutEffect(() => {
    // Nothing to read: forget the last answer (no re-render when there was none).
    if (!querier) {
      setResult(NOTHING);
      return;
    }
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setResult({ value, error: null }),
      error: (error: unknown) => setResult((prev) => ({ value: prev.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs in `deps`, exactly as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  return result;
}
