import { browser } from 'wxt/browser';
import { extractArticleFromHtml } from '@/core/article/read-html';
import { offscreenMessaging } from '@/messaging/offscreen-protocol';

// Chrome's offscreen document: parses pages' HTML for the background (see background/page-reader.ts).
// Only the extension's own background may ask; a content script's message has a tab and is refused.
offscreenMessaging.onMessage('extractHtml', ({ data, sender }) => {
  if (sender.id !== browser.runtime.id || sender.tab) throw new Error('Only the extension may ask this page.');
  return extractArticleFromHtml(data.html, data.url, (html) => new DOMParser().parseFromString(html, 'text/html'));
});
