import { useEffect, useState } from 'preact/hooks';

/**
 * False until the page has drawn and the browser first has nothing else to do, then true. Lets a
 * page start reads the reader will probably want next (the Notes tab's first page) without
 * delaying what it shows first.
 */
export function useIdle(timeoutMs = 200): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    // Older engines without requestIdleCallback get a plain task after the first frame.
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }, [timeoutMs]);
  return idle;
}
