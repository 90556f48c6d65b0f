/**
 * Where a page's HTML becomes an analysed article: in this context when it has a DOM parser
 * (Firefox's background page, tests), else in Chrome's offscreen document (a service worker has
 * none), created on first use and kept for the next pages. The document outlives the worker, which
 * Chrome stops after half a minute idle, so its detectors stay compiled from one page to the next:
 * the cold cost of a first analysis is paid once per browser session, not after every pause.
 */
import { browser } from 'wxt/browser';
import type { AnalyzeOptions } from '@/core/analyze';
import { type PageReading, readPage } from '@/core/read-page';
import { OFFSCREEN_PATH, offscreenMessaging } from '@/messaging/offscreen-protocol';

/** Reads and analyses the article of a page from its serialised HTML and address. */
export type PageReader = (html: string, url: string, options?: AnalyzeOptions) => Promise<PageReading>;

const parseHere = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Reads pages in this context with its own `DOMParser`. */
export const readPageHere: PageReader = async (html, url, options) => readPage(html, url, parseHere, options);

/** The reader for this context: here when it can parse HTML, else through the offscreen document. */
export function createPageReader(): PageReader {
  return typeof DOMParser === 'function' ? readPageHere : readPageOffscreen;
}

let opening: Promise<void> | null = null;

/** Opens the offscreen document unless one is open (only one may exist; two pages may ask at once). */
async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('This browser cannot read pages in the background (no offscreen documents).');
  // hasDocument arrived in Chrome 116; before it, creating a second document fails, which is as good.
  if (typeof offscreen.hasDocument === 'function' && (await offscreen.hasDocument())) return;
  opening ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [offscreen.Reason.DOM_PARSER],
      justification: "Reads the article from the page's HTML off the page's main thread.",
    })
    .catch((error: unknown) => {
      if (!/single offscreen document/i.test(String(error))) throw error;
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}

/** Reads pages in Chrome's offscreen document, opening it first if needed. */
export const readPageOffscreen: PageReader = async (html, url, options) => {
  const request = { html, url, watchlist: options?.watchlist ?? [] };
  await ensureOffscreen();
  try {
    return await offscreenMessaging.sendMessage('readHtml', request);
  } catch (error) {
    // A document just created may not have its listener yet: once more, after a moment.
    if (!/receiving end does not exist|could not establish connection/i.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return offscreenMessaging.sendMessage('readHtml', request);
  }
};
