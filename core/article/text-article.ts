/**
 * An article built from plain text (pasted by the user, or read from a file by the `analyze` command).
 */
import type { ArticleText } from '../model/analysis';
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
