/**
 * Picture captions left in Readability's result: a block that holds an image and a short text
 * ending in a photo credit (`<div><img><em>Swimmers at the baths. Picture: Calderbrook Times</em></div>`),
 * with no caption class for the furniture pass to know it by. Removed after Readability has chosen
 * the story's container, so the choice is not changed by it.
 */

/** "... Picture: Calderbrook Times", "Photo: Jo Bloggs", "(Image: Liam Bradshaw)". */
const CREDIT_END = /\b(?:picture|photo|photograph|image|credit)s?\s*:\s*[^.:()]{2,60}\)?\.?$/i;

/** Longest caption text taken: longer text next to a picture is story. */
const CAPTION_MAX = 300;

/** Removes picture captions from `content` (Readability's result); returns how many. */
export function stripImageCaptions(content: Element): number {
  let removed = 0;
  for (const img of Array.from(content.getElementsByTagName('img'))) {
    const block = img.parentElement;
    if (!block || block === content || block.getElementsByTagName('p').length > 0) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > CAPTION_MAX || !CREDIT_END.test(text)) continue;
    block.remove();
    removed++;
  }
  return removed;
}
