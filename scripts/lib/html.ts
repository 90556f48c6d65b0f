import { Window } from 'happy-dom';

/**
 * Parses an HTML string into a Document in Node with happy-dom. Scripts, stylesheets and frames are
 * never loaded: pages are untrusted input. Call `close()` when done so the process can exit.
 */
export function parseHtml(html: string, url: string | null): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
