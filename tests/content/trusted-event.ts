/**
 * happy-dom marks no event as trusted (it has no `isTrusted`); a browser marks the reader's own
 * input trusted and every event a page script dispatches untrusted. Tests make a reader's event
 * with `trusted(...)` and a page's with the plain constructor.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
