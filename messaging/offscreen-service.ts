/**
 * The offscreen document's side of `extractHtml` (Chrome only; see background/page-reader.ts). Kept out of the
 * entrypoint so tests can serve it too.
 */
import { extractArticleFromHtml, type ParseHtml } from '@/core/article/read-html';
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

/** Answers `extractHtml` with `parse` for senders `accept` lets in. Returns a function that stops serving. */
export function serveOffscreen(accept: (sender: OffscreenSender) => boolean, parse: ParseHtml): () => void {
  return offscreenMessaging.onMessage('extractHtml', ({ data, sender }) => {
    if (!accept(sender)) throw new Error('Only the extension may ask this page.');
    return extractArticleFromHtml(data.html, data.url, parse);
  });
}
