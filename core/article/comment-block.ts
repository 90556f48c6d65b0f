/**
 * A reader's comment under the story, told by its first line: a display name and "wrote:" with the
 * comment itself after a line break ("<b>Sceptical ratepayer</b> wrote:<br>Wait till the roof bill
 * comes in."). Handles with digits or in lower case are site lines already (furniture-lines.ts);
 * this reads names of ordinary words, which only the line break sets apart from a story's sentence.
 */

/** Longest comment read: a comment is a few sentences, and a longer block is the story's own. */
export const COMMENT_MAX = 1500;

/** "Bryn o Ffordd Las wrote:": one to five words, no sentence's punctuation, then "wrote:" ending the line. */
const HANDLE_LINE = /^[^\s.!?:;,"“”]+(?:\s+[^\s.!?:;,"“”]+){0,4}\s+wrote:$/;

/** Where a comments system sets the commenter's name apart: bold, a link, a citation, a span. */
const NAME_TAGS = 'b, strong, a, cite, span';

/** The commenter's name as the element sets it apart (the first bold, link, citation or span), spaces folded. */
const nameSetApart = (el: Element): string | undefined => el.querySelector(NAME_TAGS)?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Is `el`, whose lines by `<br>` are `lines` (see break-lines.ts), one reader's comment: a display name
 * set in its own element, then "wrote:", alone on the first line? (A story's "The chief executive
 * wrote:" sets no name apart.)
 */
export function isCommentByHandle(el: Element, lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const line = lines[0]!.replace(/\s+/g, ' ').trim();
  if (!HANDLE_LINE.test(line)) return false;
  const name = nameSetApart(el);
  return !!name && line === `${name} wrote:`;
}

/**
 * A display name and "wrote:" opening an element's text: with the comment after it on the same line
 * ("J.R., Fylham wrote: Sorry to see him go.") or alone ("Deb in Dunmore wrote:", the comment in the
 * next element).
 */
const HANDLE_OPENING = /^([^"“”!?:;]{1,40}?) wrote:(?:\s|$)/;

/**
 * How `el`, whose text is `text`, opens as a reader's comment: `'line'` when a display name set in its
 * own element and "wrote:" are followed by the comment (old comment tables put it all in one cell),
 * `'alone'` when they are all the element holds (`<dt><b>Deb in Dunmore</b> wrote:</dt><dd>...</dd>`),
 * else null. A story's "Mr Lund wrote: ..." sets no name apart.
 */
export function commentOpening(el: Element, text: string): 'line' | 'alone' | null {
  if (text.length > COMMENT_MAX) return null;
  const folded = text.replace(/\s+/g, ' ').trim();
  const opening = HANDLE_OPENING.exec(folded);
  if (!opening || nameSetApart(el) !== opening[1]) return null;
  return opening[0].length >= folded.length ? 'alone' : 'line';
}
