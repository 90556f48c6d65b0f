import { browser } from 'wxt/browser';
import { isOwnBackground, serveOffscreen } from '@/messaging/offscreen-service';

// Chrome's offscreen document: parses pages' HTML for the background (see background/page-reader.ts).
serveOffscreen(
  (sender) => isOwnBackground(sender, browser.runtime.id),
  (html) => new DOMParser().parseFromString(html, 'text/html'),
);
