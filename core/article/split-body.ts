/**
 * Some sites split a story's body into sibling blocks with different classes: the free paragraphs
 * and the subscribers' rest ("subscriber-preview" then "subscriber-only"), or a lede block and the
 * rest. Readability scores each block apart, takes the largest and joins a sibling only when its
 * own score, or a class shared with the largest, earns it, so the story lost its first paragraphs.
 * Adjacent blocks that each hold nothing but the story's paragraphs are unwrapped into their parent
 * before Readability runs, so it reads one body. Works on the page's copy, in one walk of the tree.
 */
import { measureText } from './text-measure';

/** Children that carry a story's running text. */
const PROSE_CHILDREN = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL']);
/** A paragraph long enough to be a story's own (a caption or a label is shorter). */
const STORY_PARAGRAPH = 80;
/** Nearly all of a block's text must be in its own paragraphs: a block of teasers or widgets is not. */
const PROSE_SHARE = 0.8;
/** Little of it may be links: a list of tags or headlines is not the story. */
const LINKED_SHARE = 0.25;
const PICTURES = new Set(['IMG', 'PICTURE', 'FIGURE', 'VIDEO']);

/** Unwraps adjacent blocks of two or more story paragraphs each under `body`; returns how many blocks were unwrapped. */
export function joinSplitBody(body: Element): number {
  const lengths = measureText(body);
  const length = (el: Element): number => lengths.get(el)?.length ?? 0;
  const isParagraphBlock = (el: Element): boolean => {
    let prose = 0;
    let story = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      // A picture with its caption, a credit line under a story: not the story's own paragraphs.
      if (PICTURES.has(c.tagName)) return false;
      if (!PROSE_CHILDREN.has(c.tagName)) continue;
      const n = length(c);
      prose += n;
      if (c.tagName === 'P' && n >= STORY_PARAGRAPH) story++;
    }
    const measure = lengths.get(el);
    return story >= 2 && prose >= PROSE_SHARE * length(el) && !!measure && measure.linked < LINKED_SHARE * measure.length;
  };
  const blocks = new Set(Array.from(body.querySelectorAll('div, section')).filter(isParagraphBlock));
  const joined = [...blocks].filter((el) => {
    const next = el.nextElementSibling;
    const prev = el.previousElementSibling;
    return (!!next && blocks.has(next)) || (!!prev && blocks.has(prev));
  });
  for (const el of joined) el.replaceWith(...Array.from(el.childNodes));
  return joined.length;
}
