/**
 * An article built from plain text (pasted by the user, or read from a file by the `analyze` command).
 */
import type { ArticleText, Paragraph } from '../model/analysis';
import { cleanUrl } from './canonical-url';
import { joinParagraphs } from './paragraphs';

/**
 * Splits `text` into paragraphs on blank lines; when the text has no blank line at all, every line
 * break ends a paragraph (text copied from a web page often comes that way). Whitespace inside a
 * paragraph is collapsed. Metadata other than the URL is unknown and left null.
 */
export function articleFromText(text: string, url: string | null = null): ArticleText {
  const normalised = text.replace(/\r\n?/g, '\n');
  const hasBlankLine = /\n[ \t\u00a0]*\n/.test(normalised);
  const pieces = hasBlankLine ? normalised.split(/\n[ \t\u00a0]*\n+/) : normalised.split('\n');
  const { text: joined, paragraphs } = joinParagraphs(pieces);
  return {
    url: url ? cleanUrl(url) : null,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    text: joined,
    paragraphs,
  };
}

/** An extracted article without its paragraph list, which its text already holds (see `withParagraphs`). */
export type ArticleWithoutParagraphs = Omit<ArticleText, 'paragraphs'>;

/**
 * The paragraph list of an extracted article, rebuilt from its text: extraction joins collapsed,
 * non-empty paragraphs with "\n\n" (paragraphs.ts), so splitting on it gives them back exactly,
 * with no need to collapse them again (on a long page that would be most of the cost).
 * Lets the background send the text alone back to the page.
 */
export function withParagraphs<T extends ArticleWithoutParagraphs>(article: T): T & Pick<ArticleText, 'paragraphs'> {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const text of article.text ? article.text.split('\n\n') : []) {
    paragraphs.push({ text, start });
    start += text.length + 2;
  }
  return { ...article, paragraphs };
}
