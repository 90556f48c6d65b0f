/**
 * Extraction from a page's serialised HTML instead of its live DOM, so it can run in the extension's
 * own process (the background page, or Chrome's offscreen document) rather than on the page's main
 * thread: the page pays only for `outerHTML`, a native serialisation, and the extension parses and
 * reads its private copy.
 *
 * The copy is inert: a document made by `DOMParser` has no browsing context, so none of the page's
 * scripts run and nothing it links to loads. Nothing from it is ever adopted into a live document.
 */
import type { ArticleText, NotAnArticle } from '../model/analysis';
import { LIMITS } from '../import/limits';
import { extractArticle } from './extract-article';

/** Parses HTML into an inert document (`new DOMParser().parseFromString(html, 'text/html')`). */
export type ParseHtml = (html: string) => Document;

/**
 * Extracts the article of a page from its serialised HTML (`document.documentElement.outerHTML`) and
 * address. Same result as `extractArticle` on the live page: the serialisation keeps what extraction
 * reads (elements, attributes, inline styles, JSON-LD and meta tags, the `hidden` attribute) and the
 * address is given, so nothing depends on the document's own base URL. Never throws.
 */
export function extractArticleFromHtml(html: string, url: string | null, parse: ParseHtml): ArticleText | NotAnArticle {
  if (html.length > LIMITS.pageHtml) {
    return { kind: 'not-article', reason: `This page is too large to read (${Math.round(html.length / 1e6)} MB of HTML).` };
  }
  let doc: Document;
  try {
    doc = parse(html);
  } catch (error) {
    return { kind: 'not-article', reason: `The page could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  // The document was parsed here for this and nobody else holds it, so extraction may use it up.
  return extractArticle(doc, url, { owned: true });
}
