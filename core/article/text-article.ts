/**
 * An article built from plain text (pasted by the user, or read from a file by the `analyze` command).
 */
import type { ArticleText, Paragraph } from '../model/analysis';
import { cleanUrl } from './canonical-url';
import { joinParagraphs } from './paragraphs';
import { readTextPreamble } from './text-preamble';

/**
 * Splits `text` into paragraphs on blank lines; when the text has no blank line at all, every line
 * break ends a paragraph (text copied from a web page often comes that way). Whitespace inside a
 * paragraph is collapsed. A saved article's opening metadata fields ("date 2017-02-19 ...") give
 * its publication time (and its URL when `url` is not given) and are not part of its text, nor is
 * a sign-up form's flattened text (text-preamble.ts). Other metadata is unknown and left null.
 */
export function articleFromText(text: string, url: string | null = null): ArticleText {
  const preamble = readTextPreamble(text);
  const normalised = preamble.text.replace(/\r\n?/g, '\n');
  const hasBlankLine = /\n[ \t\u00a0]*\n/.test(normalised);
  const address = url || preamble.url;
  const pieces = hasBlankLine ? normalised.split(/\n[ \t\u00a0]*\n+/) : normalised.split('\n');
  const { text: joined, paragraphs } = joinParagraphs(pieces);
  return {
    url: address ? cleanUrl(address) : null,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: preamble.publishedTime,
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
