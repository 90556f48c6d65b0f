/** Holds the message of the last failed action so the page can show it (role=alert), never drop it. */
import { useCallback, useState } from 'preact/hooks';

/** `guard(fn)` runs `fn` and records anything it throws or rejects with. */
export function useError() {
  const [error, setError] = useState<unknown>(null);
  const guard = useCallback(
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
      async (...args: A): Promise<void> => {
        try {
          setError(null);
          await fn(...args);
        } catch (e) {
          console.error('[council-lens]', e);
          setError(e);
        }
      },
    [],
  );
  return { error, setError, guard };
}
