/**
 * Who sent a message, as the browser (not the message) says: `runtime.MessageSender` is filled in
 * by the browser, so a content script cannot forge its tab or its page's URL.
 */

/** The fields of `runtime.MessageSender` the background looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** An extension page (popup, options) or the content script of one page. */
export type Caller = { kind: 'extension' } | { kind: 'page'; tabId: number; url: string };

/** A message the background will not act on: malformed, or not allowed for its sender. */
export class RefusedMessage extends Error {
  constructor(reason: string) {
    super(`Council Lens refused a request: ${reason}`);
    this.name = 'RefusedMessage';
  }
}

const PAGE_SCHEMES = /^(https?|file):/i;

/**
 * Classifies a sender. `extension` needs the extension's own id and a URL in its own origin, and,
 * when the page sits in a tab (options opened in a tab, a popup opened as a page), a tab showing
 * the extension too: a content script's sender always carries the web page's URL. `page` needs a
 * tab, the top frame (the content script never runs in sub-frames) and a web or file URL.
 * Anything else is refused.
 */
export function identifyCaller(sender: SenderInfo | undefined, ownId: string, ownOrigin: string): Caller {
  if (!sender) throw new RefusedMessage('the sender is unknown.');
  if (sender.id !== undefined && sender.id !== ownId) throw new RefusedMessage('the message came from another extension.');
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) {
    if (!sender.tab || (sender.tab.url ?? url).startsWith(ownOrigin)) return { kind: 'extension' };
    throw new RefusedMessage('an extension frame inside a web page may not write.');
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new RefusedMessage('the message came from no tab.');
  if ((sender.frameId ?? 0) !== 0) throw new RefusedMessage('the message came from a frame inside the page.');
  if (!PAGE_SCHEMES.test(url)) throw new RefusedMessage('the message came from a page without a web address.');
  return { kind: 'page', tabId, url };
}
