/** A value that follows another once it has stopped changing for a moment (search boxes). */
import { useEffect, useState } from 'preact/hooks';

/**
 * `value`, updated `ms` after its last change: a query per pause in typing, not per keystroke
 * (each search reads every note). The first value is returned at once.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
