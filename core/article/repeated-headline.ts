/**
 * A headline set in a table cell or box of the story's own layout (`<td class="headline">`), which
 * Readability keeps as the body's first block where it drops an `<h1>` that repeats the title.
 */
import { DECK_MAX } from './deck';
import { SENTENCE_END } from './furniture-lines';

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The body's blocks without a first one that repeats the title, nor the line straight after it when
 * that is no sentence (the deck: "Former freeholder says the process was anything but").
 */
export function dropRepeatedHeadline(texts: readonly string[], title: string | null): string[] {
  if (!title || texts.length < 2 || normal(texts[0]!) !== normal(title)) return [...texts];
  const next = texts[1]!.trim();
  const deck = next.length <= DECK_MAX && !SENTENCE_END.test(next);
  return texts.slice(deck ? 2 : 1);
}
