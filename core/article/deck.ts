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

/**
 * The element that follows a headline: its next sibling, or, in an old table layout where the headline
 * fills a cell of its own, the single cell of the next row.
 */
function afterHeadline(h1: Element): { el: Element; inTable: boolean } | null {
  if (h1.nextElementSibling) return { el: h1.nextElementSibling, inTable: false };
  const cell = h1.parentElement;
  if (cell?.tagName !== 'TD' || cell.childElementCount !== 1) return null;
  const row = cell.parentElement?.nextElementSibling;
  return row?.tagName === 'TR' && row.childElementCount === 1 ? { el: row.firstElementChild!, inTable: true } : null;
}

/**
 * The headline's deck, if the element after it is one: a heading (or a paragraph classed as one) short
 * enough, or in a table layout a short line in the next row that is not a sentence (a story's first
 * paragraph ends with a full stop; `<tr><td><i>Commissioners will have the final say</i></td></tr>`).
 */
export function deckAfter(h1: Element, lengths: ReadonlyMap<Element, TextMeasure>): Element | null {
  const after = afterHeadline(h1);
  if (!after || (lengths.get(after.el)?.length ?? 0) > DECK_MAX) return null;
  const { el } = after;
  if (after.inTable) return (lengths.get(el)?.length ?? 0) > 0 && !SENTENCE_END.test(el.textContent ?? '') ? el : null;
  if (/^H[2-4]$/.test(el.tagName) || (el.tagName === 'P' && SUBHEAD_CLASS_RE.test(el.getAttribute('class') ?? ''))) return el;
  // "<h1>...</h1><p><b><i>Band D households to pay £10.46 more</i></b></p>": a line set wholly in bold or italics, not a sentence.
  if (el.tagName === 'P' && wholeEmphasis(el) && !SENTENCE_END.test(el.textContent ?? '')) return el;
  // "<p class="storyintro">...</p><p class="storymeta">By ...": an intro set between the headline and a short
  // line (the byline) is the standfirst; one followed by the story's next paragraph is its lead.
  const next = el.nextElementSibling;
  const byline = !!next && (lengths.get(next)?.length ?? 0) <= BYLINE_MAX && !SENTENCE_END.test(next.textContent ?? '');
  return el.tagName === 'P' && INTRO_CLASS_RE.test(el.getAttribute('class') ?? '') && byline ? el : null;
}

/** Longest line read as a byline under a standfirst ("By Sue Reed, Planning Reporter  Posted Friday ..."). */
const BYLINE_MAX = 160;
/** A paragraph's one-word class ending in "intro" ("intro", "storyintro", "article-intro"). */
const INTRO_CLASS_RE = /(?:^|[\s-])[a-z]*intro(?:\s|$)/i;

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

/** Is all of the paragraph's text inside one bold or italic element? */
function wholeEmphasis(p: Element): boolean {
  const only = p.children.length === 1 ? p.firstElementChild! : null;
  return !!only && /^(?:B|STRONG|I|EM)$/.test(only.tagName) && (only.textContent ?? '').trim() === (p.textContent ?? '').trim();
}
