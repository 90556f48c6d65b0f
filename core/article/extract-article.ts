/**
 * Extracts the article from a page: metadata from the live document (read-only), body text from
 * Readability run on a furniture-stripped clone.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleText, NotAnArticle } from '../model/analysis';
import { findDomByline } from './byline';
import { canonicalUrl } from './canonical-url';
import { copyDocument } from './copy-document';
import { flattenDeepNesting } from './flatten';
import { stripImageCaptions } from './image-captions';
import { stripFurniture } from './furniture';
import { findByline, findPublishedTime, findSiteName } from './metadata';
import { blockTexts, joinParagraphs } from './paragraphs';
import { findTitle, siteNameFromTitle } from './title';

/** Below this much paragraph text a page is a teaser list, a form or an error page, not a story. */
export const MIN_ARTICLE_CHARS = 500;
export const MIN_ARTICLE_PARAGRAPHS = 3;
/** A "real" paragraph for the sanity check: a sentence or more, not a headline or a link. */
const PROSE_PARAGRAPH_CHARS = 80;

export { isNotArticle } from '../model/analysis';

function notArticle(reason: string): NotAnArticle {
  return { kind: 'not-article', reason };
}

function pageLang(doc: Document, readabilityLang: string | null | undefined): string | null {
  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    readabilityLang?.trim() ||
    doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute('content')?.trim();
  return lang || null;
}

/**
 * Extracts title, byline, site name, publication time, canonical URL, language and body paragraphs.
 * Works on a copy (`doc.cloneNode(true)`, see copy-document.ts) so the live page is never touched. Returns `NotAnArticle` with a
 * reason a reader can understand for home pages, search pages and login walls; never throws.
 */
export function extractArticle(doc: Document, url: string | null): ArticleText | NotAnArticle {
  try {
    return extract(doc, url);
  } catch (error) {
    return notArticle(`The page could not be read as an article (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function extract(doc: Document, url: string | null): ArticleText | NotAnArticle {
  const clone = copyDocument(doc);
  stripFurniture(clone);
  if (clone.body) flattenDeepNesting(clone.body);
  const readerable = isProbablyReaderable(clone, { minContentLength: 120, minScore: 20 });
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 300 }).parse();
  if (!parsed?.content) return notArticle('No article body was found on this page.');

  stripImageCaptions(parsed.content);
  const texts = blockTexts(parsed.content);
  const { text, paragraphs } = joinParagraphs(texts);
  const prose = paragraphs.filter((p) => p.text.length >= PROSE_PARAGRAPH_CHARS);
  const proseChars = prose.reduce((sum, p) => sum + p.text.length, 0);
  if (prose.length < MIN_ARTICLE_PARAGRAPHS || proseChars < MIN_ARTICLE_CHARS) {
    return notArticle(
      `This page has too little running text to be an article (${prose.length} paragraphs, ${proseChars} characters); it looks like an index, search or sign-in page.`,
    );
  }
  // Readability's quick test misses stories written in one-sentence paragraphs; accept those when
  // the extracted body is clearly prose.
  if (!readerable && (prose.length < 5 || proseChars < 1000)) {
    return notArticle('This page does not look like an article: its text is mostly links, headlines or forms.');
  }

  const siteName = findSiteName(doc) ?? (parsed.siteName?.trim() || null) ?? siteNameFromTitle(doc.title, url);
  const byline = findByline(doc, () => findDomByline(doc) ?? parsed.byline);
  return {
    url: canonicalUrl(doc, url),
    title: findTitle(doc, parsed.title, siteName, byline),
    byline,
    siteName,
    publishedTime: findPublishedTime(doc),
    lang: pageLang(doc, parsed.lang),
    text,
    paragraphs,
  };
}
