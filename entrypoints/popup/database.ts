/**
 * The extension's database as the popup and options page open it. Both pages run in the
 * extension's own origin, so they share the background's IndexedDB and see its writes live.
 */
import { openDb } from '@/storage/db';

/** One connection per page. */
export const db = openDb();
