/**
 * A page's serialised HTML read and analysed in one step, where the extension parses it (Firefox's
 * background page, or Chrome's offscreen document, which outlives the service worker and so keeps
 * the detectors compiled from one page to the next).
 */
import { type AnalyzeOptions, analyzeArticle } from './analyze';
import { extractArticleFromHtml, type ParseHtml } from './article/read-html';
import type { ArticleWithoutParagraphs } from './article/text-article';
import { type Figure, isNotArticle, type NotAnArticle, type Person } from './model/analysis';
import { hashText } from './text-hash';

/**
 * What detection found in an article. `textHash` is the text's `hashText`, computed where the page
 * is read so the page does not walk the text again.
 */
export interface ArticleFindings {
  officials: Person[];
  people: Person[];
  figures: Figure[];
  textHash: string;
}

/** An article as a page gets it back: text and metadata (no paragraph list: the text holds it), and the findings. */
export type PageReading = (ArticleWithoutParagraphs & ArticleFindings) | NotAnArticle;

/** Extracts the article from a page's HTML (see `extractArticleFromHtml`) and analyses it. Never throws on a bad page. */
export function readPage(html: string, url: string, parse: ParseHtml, options: AnalyzeOptions = {}): PageReading {
  const article = extractArticleFromHtml(html, url, parse);
  if (isNotArticle(article)) return article;
  const { paragraphs: _, ...rest } = analyzeArticle(article, options);
  return { ...rest, textHash: hashText(article.text) };
}
