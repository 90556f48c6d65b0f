/**
 * The one message between the background and Chrome's offscreen document, where pages' HTML is
 * parsed and read (a Chrome service worker has no DOM parser). Kept apart from the background
 * protocol: only the background sends it, and only the offscreen document answers it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleText, NotAnArticle } from '@/core/model/analysis';

export interface OffscreenProtocol {
  /** Extracts the article of a page from its serialised HTML (see core/article/read-html.ts). */
  extractHtml(req: { html: string; url: string }): ArticleText | NotAnArticle;
}

export const offscreenMessaging = defineExtensionMessaging<OffscreenProtocol>();

/** The offscreen document's page, as built by WXT from entrypoints/offscreen/. */
export const OFFSCREEN_PATH = '/offscreen.html';
