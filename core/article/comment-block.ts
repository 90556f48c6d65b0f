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

/**
 * Is `el`, whose lines by `<br>` are `lines` (see break-lines.ts), one reader's comment: a display name
 * set in its own element, then "wrote:", alone on the first line? (A story's "The chief executive
 * wrote:" sets no name apart.)
 */
export function isCommentByHandle(el: Element, lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const line = lines[0]!.replace(/\s+/g, ' ').trim();
  if (!HANDLE_LINE.test(line)) return false;
  const name = el.querySelector(NAME_TAGS)?.textContent?.replace(/\s+/g, ' ').trim();
  return !!name && line === `${name} wrote:`;
}

/** A display name and "wrote:" opening a comment on one line ("J.R., Fylham wrote: Sorry to see him go."). */
const HANDLE_OPENING = /^([^"“”!?:;]{1,40}?) wrote:\s/;

/**
 * Is `el`, whose text is `text`, one reader's comment written on one line: a display name set in its
 * own element that opens the text, then "wrote:" and the comment (old comment tables put it all in
 * one cell)? A story's "Mr Lund wrote: ..." sets no name apart.
 */
export function isCommentOnOneLine(el: Element, text: string): boolean {
  if (text.length > COMMENT_MAX) return false;
  const opening = HANDLE_OPENING.exec(text.replace(/\s+/g, ' ').trimStart());
  if (!opening) return false;
  const name = el.querySelector(NAME_TAGS)?.textContent?.replace(/\s+/g, ' ').trim();
  return !!name && name === opening[1];
}

/** A display name and "wrote:" with nothing after it: the comment is the next element. */
const HANDLE_ALONE = /^(.{1,40}) wrote:$/;

/**
 * Is `el`, whose text is `text`, a commenter's name set in its own element and "wrote:", alone
 * ("<dt><b>Deb in Dunmore</b> wrote:</dt><dd>...</dd>")? The comment itself follows it.
 */
export function isHandleAlone(el: Element, text: string): boolean {
  const alone = HANDLE_ALONE.exec(text.replace(/\s+/g, ' ').trim());
  if (!alone) return false;
  const name = el.querySelector(NAME_TAGS)?.textContent?.replace(/\s+/g, ' ').trim();
  return !!name && name === alone[1];
}
