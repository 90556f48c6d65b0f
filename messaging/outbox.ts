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

/** Every save still waiting, oldest edit first. */
export async function pendingSaves(area: KeyValueArea): Promise<OutboxEntry[]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as OutboxEntry)
    .sort((a, b) => a.annotation.updatedAt.localeCompare(b.annotation.updatedAt));
}

/**
 * Saves every waiting entry with `save` and removes it from the outbox; an entry whose save fails
 * stays for the next attempt. Resolves to the number saved.
 */
export async function drainOutbox(area: KeyValueArea, save: (entry: OutboxEntry) => Promise<unknown>): Promise<number> {
  let saved = 0;
  for (const entry of await pendingSaves(area)) {
    try {
      await save(entry);
      await dequeue(area, entry.annotation.id);
      saved++;
    } catch {
      // Kept for the next drain; the content script already told the reader.
    }
  }
  return saved;
}
