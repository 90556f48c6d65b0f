/** Article extraction: from a page (`extractArticle`) or from plain text (`articleFromText`). */
export { extractArticle, isNotArticle, MIN_ARTICLE_CHARS, MIN_ARTICLE_PARAGRAPHS, type ExtractOptions } from './extract-article';
export { articleFromText, withParagraphs, type ArticleWithoutParagraphs } from './text-article';
export { cleanUrl, canonicalUrl } from './canonical-url';
export { stripFurniture } from './furniture';
export { blockTexts, joinParagraphs, collapseWhitespace } from './paragraphs';
export { stripSiteSuffix, findTitle } from './title';
export { findByline, findPublishedTime, findSiteName, cleanByline, normaliseDate } from './metadata';
export { findDomByline } from './byline';
