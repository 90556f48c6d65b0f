/**
 * The outbox: a note is written to `storage.local` (reachable from the content script without the
 * service worker) before it is sent to the background, and removed once the database has it. If the
 * worker is stopped mid-save or the reader leaves the page at once, the background finds the note
 * there on its next start or page request and saves it then. Nothing typed is lost.
 */
import type { Annotation } from '@/core/model/annotation';
import type { ArticleSubmission } from './protocol';

const PREFIX = 'council-lens-outbox:';

/** A save that has not reached the database yet. */
export interface OutboxEntry {
  annotation: Annotation;
  article: ArticleSubmission;
}

/** The part of `browser.storage.local` the outbox uses (a fake in tests). */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Puts a save in the outbox; resolves once it is on disk. */
export function enqueue(area: KeyValueArea, entry: OutboxEntry): Promise<void> {
  return area.set({ [PREFIX + entry.annotation.id]: entry });
}

/** Takes a save out of the outbox after the database confirmed it. */
export function dequeue(area: KeyValueArea, annotationId: string): Promise<void> {
  return area.remove(PREFIX + annotationId);
}

/** The `updatedAt` of an entry read back from storage, which anything may have written. */
function editTime(value: unknown): string {
  const updatedAt = (value as { annotation?: { updatedAt?: unknown } } | null)?.annotation?.updatedAt;
  return typeof updatedAt === 'string' ? updatedAt : '';
}

/**
 * Every save still waiting, oldest edit first. Entries are returned as stored, unchecked: storage
 * is reachable from every content script, so the caller validates each one before saving it.
 */
export async function pendingSaves(area: KeyValueArea): Promise<OutboxEntry[]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as OutboxEntry)
    .sort((a, b) => editTime(a).localeCompare(editTime(b)));
}

/**
 * Removes the entry for `annotationId` only if it still holds the edit of `updatedAt`: a newer edit
 * queued meanwhile under the same key must stay until it is saved itself.
 */
export async function dequeueIfUnchanged(area: KeyValueArea, annotationId: string, updatedAt: string): Promise<void> {
  const key = PREFIX + annotationId;
  const current = (await area.get(key))[key];
  if (current !== undefined && editTime(current) === updatedAt) await area.remove(key);
}

/**
 * Saves every waiting entry with `save` and removes it from the outbox; an entry whose save fails
 * stays for the next attempt, unless `discard(error)` says it can never succeed (refused as
 * malformed or not the page's own). Resolves to the number saved.
 */
export async function drainOutbox(
  area: KeyValueArea,
  save: (entry: OutboxEntry) => Promise<unknown>,
  discard: (error: unknown) => boolean = () => false,
): Promise<number> {
  let saved = 0;
  const waiting = Object.entries(await area.get(null))
    .filter(([key]) => key.startsWith(PREFIX))
    .sort(([, a], [, b]) => editTime(a).localeCompare(editTime(b)));
  for (const [key, value] of waiting) {
    const id = key.slice(PREFIX.length);
    try {
      await save(value as OutboxEntry);
      await dequeueIfUnchanged(area, id, editTime(value));
      saved++;
    } catch (error) {
      // Kept for the next drain (the content script already told the reader), unless hopeless.
      if (discard(error)) await dequeueIfUnchanged(area, id, editTime(value));
    }
  }
  return saved;
}
