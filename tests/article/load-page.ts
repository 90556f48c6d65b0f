/** Test helper: parses saved HTML into a happy-dom Document at a given URL (scripts and CSS never load). */
import { Window } from 'happy-dom';
import { extractArticle } from '@/core/article';

/** The window behind each page: a document DOMParser makes has no `defaultView`, so the window is kept here. */
const windows = new WeakMap<Document, Window>();

export function loadPage(html: string, url = 'https://example.org/article'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  windows.set(doc, window);
  return doc;
}

/**
 * Closes the happy-dom window behind a page once it has been read: an open window keeps its whole
 * tree alive, and a test over every fixture page would otherwise hold hundreds of them at once.
 */
export function closePage(doc: Document): Promise<void> {
  const window = windows.get(doc);
  windows.delete(doc);
  return window ? window.happyDOM.close() : Promise.resolve();
}

/** Extracts a saved page in a window of its own, closed before the result is returned. */
export async function extractPage(html: string, url: string, extractUrl: string | null = url): Promise<ReturnType<typeof extractArticle>> {
  const page = loadPage(html, url);
  try {
    return extractArticle(page, extractUrl);
  } finally {
    await closePage(page);
  }
}
