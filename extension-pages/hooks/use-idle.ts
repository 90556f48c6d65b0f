import { useEffect, useState } from 'preact/hooks';

/**
 * False until `ready` (what the page shows first has been read) and the browser then first has
 * nothing else to do, then true. Lets a page start reads the reader will probably want next (the
 * Notes tab's first page) without delaying what it shows first.
 */
export function useIdle(ready = true, timeoutMs = 200): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    // Older engines without requestIdleCallback get a plain task after the first frame.
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }, [ready, idle, timeoutMs]);
  return idle;
}
