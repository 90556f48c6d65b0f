/**
 * Extracts the article from a page: the page's own facts first (read-only), then the body text
 * from Readability run on the page with its furniture stripped: a copy of it, unless the caller owns
 * the document and says so.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleText, NotAnArticle } from '../model/analysis';
import { copyDocument } from './copy-document';
import { flattenDeepNesting } from './flatten';
import { joinSplitBody } from './split-body';
import { findLede, withLede } from './lede';
import { stripImageCaptions } from './image-captions';
import { stripFurniture } from './furniture';
import { cleanByline } from './metadata';
import { readPageFacts } from './page-facts';
import { blockTexts, joinParagraphs } from './paragraphs';
import { agreedHeadline, findTitle, siteNameFromTitle } from './title';
import { dropRepeatedHeadline } from './repeated-headline';

/** Below this much paragraph text a page is a teaser list, a form or an error page, not a story. */
export const MIN_ARTICLE_CHARS = 500;
export const MIN_ARTICLE_PARAGRAPHS = 3;
/** A "real" paragraph for the sanity check: a sentence or more, not a headline or a link. */
const PROSE_PARAGRAPH_CHARS = 80;

export { isNotArticle } from '../model/analysis';

function notArticle(reason: string): NotAnArticle {
  return { kind: 'not-article', reason };
}

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /**
   * The caller owns `doc` (it parsed it for this, as `extractArticleFromHtml` does) and has no
   * further use for it: extraction then strips and reshapes it in place instead of copying it first.
   */
  owned?: boolean;
}

/**
 * Extracts title, byline, site name, publication time, canonical URL, language and body paragraphs.
 * Works on a copy (`doc.cloneNode(true)`, see copy-document.ts), so a live page is never touched,
 * unless `options.owned`. Returns `NotAnArticle` with a reason a reader can understand for home
 * pages, search pages and login walls; never throws.
 */
export function extractArticle(doc: Document, url: string | null, options: ExtractOptions = {}): ArticleText | NotAnArticle {
  try {
    return extract(doc, url, options.owned === true);
  } catch (error) {
    return notArticle(`The page could not be read as an article (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function extract(doc: Document, url: string | null, owned: boolean): ArticleText | NotAnArticle {
  const facts = readPageFacts(doc, url);
  // The document the destructive steps work on: the caller's own, or a copy of a live page.
  const work = owned ? doc : copyDocument(doc);
  stripFurniture(work);
  if (work.body) {
    flattenDeepNesting(work.body);
    joinSplitBody(work.body);
  }
  const lede = findLede(work);
  const readerable = isProbablyReaderable(work, { minContentLength: 120, minScore: 20 });
  const parsed = new Readability<Element>(work, { serializer: (node) => node as Element, charThreshold: 300 }).parse();
  if (!parsed?.content) return notArticle('No article body was found on this page.');

  stripImageCaptions(parsed.content);
  const siteName = facts.siteName ?? (parsed.siteName?.trim() || null) ?? siteNameFromTitle(facts.documentTitle, url);
  const byline = facts.bylineFromReadability ? cleanByline(parsed.byline) : facts.byline;
  const title = findTitle(
    [agreedHeadline(facts.pageHeadline, facts.documentTitle, siteName, byline), facts.metaTitle, parsed.title, facts.documentTitle],
    siteName,
    byline,
  );
  const texts = dropRepeatedHeadline(withLede(blockTexts(parsed.content), lede), title);
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

  return {
    url: facts.url,
    title,
    byline,
    siteName,
    publishedTime: facts.publishedTime,
    lang: facts.htmlLang || parsed.lang?.trim() || facts.metaLang || null,
    text,
    paragraphs,
  };
}
