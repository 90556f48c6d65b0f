/** Test helper: parses saved HTML into a happy-dom Document at a given URL (scripts and CSS never load). */
import { Window } from 'happy-dom';

export function loadPage(html: string, url = 'https://example.org/article'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * Closes the happy-dom window behind a page once it has been read: an open window keeps its whole
 * tree alive, and a test over every fixture page would otherwise hold hundreds of them at once.
 */
export function closePage(doc: Document): void {
  const view = doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null;
  void view?.happyDOM?.close();
}
