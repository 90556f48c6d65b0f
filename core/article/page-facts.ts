/**
 * What a page says about itself (its meta tags, JSON-LD, `<title>`, `lang` and byline markup), read
 * before extraction changes anything: furniture stripping removes scripts, so JSON-LD with them, and
 * Readability reshapes the body. Reading these first lets extraction work on the document itself
 * when the caller owns it, instead of on a copy.
 */
import { findDomByline } from './byline';
import { canonicalUrl } from './canonical-url';
import { findByline, findPublishedTime, findSiteName, metaContent } from './metadata';

/** The page's own facts, and which of them wait for Readability's reading. */
export interface PageFacts {
  url: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** og:title or twitter:title. */
  metaTitle: string | null;
  /** The first `<h1>`'s text: the page's own headline, where it has one. */
  pageHeadline: string | null;
  /** The `<title>` text. */
  documentTitle: string;
  /** The byline from JSON-LD, meta tags or byline markup; null when none (see `bylineFromReadability`). */
  byline: string | null;
  /** The page marks no byline, so Readability's guess is the one to use. */
  bylineFromReadability: boolean;
  /** `<html lang>`, and the content-language meta tag (Readability's reading of the language sits between them). */
  htmlLang: string | null;
  metaLang: string | null;
}

/** Reads `doc`'s own facts without changing it. */
export function readPageFacts(doc: Document, url: string | null): PageFacts {
  let bylineFromReadability = false;
  const byline = findByline(doc, () => {
    const marked = findDomByline(doc);
    bylineFromReadability = marked === null;
    return marked;
  });
  return {
    url: canonicalUrl(doc, url),
    siteName: findSiteName(doc),
    publishedTime: findPublishedTime(doc),
    metaTitle: metaContent(doc, ['og:title', 'twitter:title']),
    pageHeadline: doc.querySelector('h1')?.textContent?.trim() || null,
    documentTitle: doc.title,
    byline,
    bylineFromReadability,
    // An XHTML page (an older CMS's templates) may declare it only as `xml:lang`.
    htmlLang: (doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang'))?.trim() || null,
    metaLang: doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute('content')?.trim() || null,
  };
}
