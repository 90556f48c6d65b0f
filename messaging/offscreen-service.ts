/**
 * The offscreen document's side of `readHtml` (Chrome only; see background/page-reader.ts). Kept out of the
 * entrypoint so tests can serve it too.
 */
import type { ParseHtml } from '@/core/article/read-html';
import { readPage } from '@/core/read-page';
import { offscreenMessaging } from '@/messaging/offscreen-protocol';

/** What the browser says about a message's sender (the part this check reads). */
export interface OffscreenSender {
  id?: string;
  tab?: unknown;
}

/** True for the extension's own background: its id, and no tab (a content script's message has one). */
export function isOwnBackground(sender: OffscreenSender, extensionId: string): boolean {
  return sender.id === extensionId && !sender.tab;
}

/** Answers `readHtml` with `parse` for senders `accept` lets in. Returns a function that stops serving. */
export function serveOffscreen(accept: (sender: OffscreenSender) => boolean, parse: ParseHtml): () => void {
  return offscreenMessaging.onMessage('readHtml', ({ data, sender }) => {
    if (!accept(sender)) throw new Error('Only the extension may ask this page.');
    return readPage(data.html, data.url, parse, { watchlist: data.watchlist });
  });
}
