/**
 * Picture captions left in Readability's result: a block that holds an image and a short text
 * ending in a photo credit (`<div><img><em>Swimmers at the baths. Picture: Calderbrook Times</em></div>`),
 * with no caption class for the furniture pass to know it by. Removed after Readability has chosen
 * the story's container, so the choice is not changed by it.
 */

/** "... Picture: Calderbrook Times", "Photo: Jo Bloggs", "(Image: Liam Bradshaw)", "Reporter photo by Dwayne Sisk". */
const CREDIT_END = /\b(?:(?:picture|photo|photograph|image|credit)s?\s*:|(?:photo|picture|photograph)\s+by)\s*[^.:()]{2,60}\)?\.?$/i;

/** Ancestors climbed from a picture whose own block has no text: an old layout's table puts the caption a row below (td, tr, tbody, table). */
const CLIMB_MAX = 4;

/** The picture's caption block: its parent, or the nearest ancestor with text when the parent has none. */
function captionBlock(img: Element, content: Element): Element | null {
  let block = img.parentElement;
  for (let i = 0; block && block !== content && i < CLIMB_MAX && !(block.textContent ?? '').trim(); i++) block = block.parentElement;
  return block === content ? null : block;
}

/** Longest caption text taken: longer text next to a picture is story. */
const CAPTION_MAX = 300;

/** Removes picture captions from `content` (Readability's result); returns how many. */
export function stripImageCaptions(content: Element): number {
  let removed = 0;
  for (const img of Array.from(content.getElementsByTagName('img'))) {
    const block = captionBlock(img, content);
    if (!block || block.getElementsByTagName('p').length > 0) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > CAPTION_MAX || !CREDIT_END.test(text)) continue;
    block.remove();
    removed++;
  }
  return removed;
}
