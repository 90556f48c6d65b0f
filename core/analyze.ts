import { articleFromText, extractArticle, isNotArticle, type ExtractOptions } from './article';
import { detectPeople } from './entities';
import { detectFigures } from './figures';
import type { Analysis, ArticleText, NotAnArticle, WatchlistEntry } from './model/analysis';

/** Options shared by the analyse functions. */
export interface AnalyzeOptions {
  /** The reader's watchlist; matching people are marked as officials with their entry id. */
  watchlist?: WatchlistEntry[];
}

/**
 * Runs detection over an article already extracted: people (officials and others) and figures.
 * Dates without a year take their year from the article's published date.
 */
export function analyzeArticle(article: ArticleText, options: AnalyzeOptions = {}): Analysis {
  const { officials, people } = detectPeople(article, { watchlist: options.watchlist ?? [], byline: article.byline });
  const figures = detectFigures(article, { referenceDate: article.publishedTime, url: article.url });
  return { ...article, officials, people, figures };
}

/**
 * Extracts the article from a page and analyses it, or says why the page is not an article.
 * `doc` is left as it was unless `options.owned` (see `extractArticle`).
 */
export function analyzeDocument(doc: Document, url: string | null, options: AnalyzeOptions & ExtractOptions = {}): Analysis | NotAnArticle {
  const article = extractArticle(doc, url, options);
  if (isNotArticle(article)) return article;
  return analyzeArticle(article, options);
}

/** Analyses plain text (paragraphs separated by blank lines), such as a pasted article or a .txt file. */
export function analyzeText(text: string, options: AnalyzeOptions & { url?: string | null } = {}): Analysis {
  return analyzeArticle(articleFromText(text, options.url ?? null), options);
}
