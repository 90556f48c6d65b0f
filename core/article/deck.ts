/**
 * A story's deck (standfirst) set apart from its body by layout alone: a heading straight after the
 * headline, or a short line straight before the container that holds the story. Either way it
 * restates the story, so it is furniture, like a standfirst with a class that says so.
 */
import { SENTENCE_END } from './furniture-lines';
import type { TextMeasure } from './text-measure';

/** Longest deck read as one: a standfirst is a sentence or two. */
export const DECK_MAX = 250;
/** Blocks a deck is set in. */
const DECK_TAGS = new Set(['P', 'H2', 'H3', 'H4']);
/** Containers a story's paragraphs are set in. */
const STORY_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE']);
/** Shortest text of a story container: the story itself, not a box inside it. */
const STORY_MIN = 1000;
/** Fewest paragraphs straight inside a story container. */
const STORY_PARAGRAPHS = 3;

/** A paragraph's class that names a sub-headline ("subhead", "sub-head"): a crosshead when among the prose, a deck under the headline. */
const SUBHEAD_CLASS_RE = /(?:^|\s)sub-?head(?:\s|$)/i;

/** Is the element after this headline a heading (or a paragraph classed as one) short enough to be its deck? */
export function isDeckAfter(h1: Element, lengths: ReadonlyMap<Element, TextMeasure>): boolean {
  const next = h1.nextElementSibling;
  if (!next || (lengths.get(next)?.length ?? 0) > DECK_MAX) return false;
  return /^H[2-4]$/.test(next.tagName) || (next.tagName === 'P' && SUBHEAD_CLASS_RE.test(next.getAttribute('class') ?? ''));
}

/**
 * Is this a short line, not a sentence, set straight before the container that holds the story, with
 * no paragraph of text before it in its own parent (`<p class="subhead"><b>Kranz wins ...</b></p>
 * <div id="storytext">`)? A crosshead stands among the paragraphs it heads, never before them all.
 */
export function isDeckBeforeBody(el: Element, lengths: ReadonlyMap<Element, TextMeasure>): boolean {
  const length = lengths.get(el)?.length ?? 0;
  if (length === 0 || length > DECK_MAX || !DECK_TAGS.has(el.tagName)) return false;
  const next = el.nextElementSibling;
  if (!next || !STORY_TAGS.has(next.tagName) || (lengths.get(next)?.length ?? 0) < STORY_MIN) return false;
  if (SENTENCE_END.test(el.textContent ?? '')) return false;
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling)
    if (prev.tagName === 'P' && (lengths.get(prev)?.length ?? 0) > 0) return false;
  let paragraphs = 0;
  for (const child of Array.from(next.children)) if (child.tagName === 'P' && ++paragraphs >= STORY_PARAGRAPHS) return true;
  return false;
}
