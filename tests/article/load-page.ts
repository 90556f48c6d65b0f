/** Test helper: parses saved HTML into a happy-dom Document at a given URL (scripts and CSS never load). */
import { Window } from 'happy-dom';

export function loadPage(html: string, url = 'https://example.org/article'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
