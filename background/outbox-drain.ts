/**
 * Saving what content scripts left in the outbox (the worker stopped mid-save, or the reader left
 * the page at once). The outbox lives in `storage.local`, which every content script can write, so
 * each entry goes through the same checks as a message, as if sent by the page it names: valid
 * shape, a note on that page's own article, no other article's note taken over. An entry refused
 * is dropped; one that fails for another reason (storage full) waits for the next drain.
 */
import { drainOutbox, type KeyValueArea } from '@/messaging/outbox';
import type { CouncilLensDb } from '@/storage/db';
import { runChecked } from './boundary';
import { RefusedMessage } from './caller';
import type { BackgroundHandlers } from './handlers';

/** Drains the outbox through the message checks; resolves to the number saved (0 on failure). */
export function drainOutboxChecked(db: CouncilLensDb, handlers: BackgroundHandlers, area: KeyValueArea): Promise<number> {
  return drainOutbox(
    area,
    (entry) => {
      const page = (entry as { article?: { url?: unknown } } | null)?.article?.url;
      if (typeof page !== 'string') throw new RefusedMessage('an outbox entry names no page.');
      return runChecked(db, handlers, 'saveAnnotation', entry, { kind: 'page', tabId: -1, url: page });
    },
    (error) => error instanceof RefusedMessage,
  ).catch(() => 0);
}
