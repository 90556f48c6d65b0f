/**
 * Turns a failed IndexedDB/Dexie operation into a sentence a reader can act on. Dexie wraps the
 * browser's DOMException in its own errors (an `AbortError` whose `inner` is the
 * `QuotaExceededError`), so the whole `inner` chain is searched for a name we recognise.
 */

const MESSAGES: Record<string, string> = {
  QuotaExceededError: "Your browser's storage is full: Council Lens could not save this. Free some disk space or forget old articles, then try again.",
  DatabaseClosedError: 'The Council Lens database was closed (the browser may be shutting down or updating the extension). Try again in a moment.',
  InvalidStateError: 'The Council Lens database is not available right now (private browsing can block storage). Try again in a normal window.',
  MissingAPIError: 'This browser does not allow Council Lens to store data (IndexedDB is unavailable, for example in private browsing).',
  OpenFailedError: 'Council Lens could not open its database. Restart the browser and try again.',
  VersionError: 'Your Council Lens data was saved by a newer version of the extension. Update Council Lens to use it.',
  UpgradeError: 'Council Lens could not upgrade its database to the new version. Your data has not been changed.',
  ConstraintError: 'Council Lens could not save this because a record with the same id already exists.',
  DataCloneError: 'Council Lens could not save this because it contains data that cannot be stored.',
  DataError: 'Council Lens could not save this because part of it is not valid to store.',
  TimeoutError: 'The Council Lens database took too long to answer. Try again.',
  ReadOnlyError: 'Council Lens tried to change data in a read-only operation. This is a bug; please report it.',
};

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** The error and the errors it wraps, outermost first (bounded, in case of a cycle). */
function chain(e: unknown): NamedError[] {
  const out: NamedError[] = [];
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && out.length < 5) {
    out.push(cur as NamedError);
    cur = (cur as NamedError).inner;
  }
  return out;
}

/**
 * A clear human message for a failed storage operation, e.g. "Your browser's storage is full: ...".
 * Unknown errors keep their own message after a generic lead-in so nothing is hidden.
 */
export function describeStorageError(e: unknown): string {
  const errors = chain(e);
  for (const err of errors) {
    const name = typeof err.name === 'string' ? err.name : '';
    const known = MESSAGES[name];
    if (known) return known;
    // Some browsers report a full disk only in the message of a generic error.
    if (typeof err.message === 'string' && /quota/i.test(err.message)) return MESSAGES.QuotaExceededError!;
  }
  const detail = errors.map((err) => (typeof err.message === 'string' ? err.message : '')).find((m) => m.length > 0) ?? (typeof e === 'string' ? e : '');
  return detail ? `Council Lens could not read or save its data: ${detail}` : 'Council Lens could not read or save its data.';
}

/** True for errors after which reopening the database may let the same operation succeed. */
export function isReopenable(e: unknown): boolean {
  return chain(e).some((err) => err.name === 'DatabaseClosedError' || err.name === 'InvalidStateError');
}
