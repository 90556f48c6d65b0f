/**
 * The one message between the background and Chrome's offscreen document, where pages' HTML is
 * parsed, read and analysed (a Chrome service worker has no DOM parser, and the document outlives
 * the worker, so the detectors stay compiled between pages). Kept apart from the background
 * protocol: only the background sends it, and only the offscreen document answers it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { WatchlistEntry } from '@/core/model/analysis';
import type { PageReading } from '@/core/read-page';

export interface OffscreenProtocol {
  /** Reads and analyses a page from its serialised HTML (see core/read-page.ts), with the reader's watchlist. */
  readHtml(req: { html: string; url: string; watchlist: WatchlistEntry[] }): PageReading;
}

export const offscreenMessaging = defineExtensionMessaging<OffscreenProtocol>();

/** The offscreen document's page, as built by WXT from entrypoints/offscreen/. */
export const OFFSCREEN_PATH = '/offscreen.html';
