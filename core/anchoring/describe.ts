import type { AnnotationTarget } from '../model/annotation';
import { codePointLength } from '../code-points';
import { TextIndex } from './text-index';

/** Characters of context kept either side of a quote, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Moves a slice start forward so it never begins with half of a surrogate pair. */
function safeStart(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) ? i + 1 : i;
}

/** Moves a slice end back so it never ends with half of a surrogate pair. */
function safeEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/**
 * Selectors for the text offsets [start, end) of an index: the quote with 32 characters of prefix and
 * suffix, and the position. Context is cut so it never splits an emoji's surrogate pair.
 */
export function describeOffsets(index: TextIndex, start: number, end: number): AnnotationTarget {
  const text = index.text;
  const prefixStart = safeStart(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = safeEnd(text, Math.min(text.length, end + CONTEXT_LENGTH));
  const codePointsBefore = codePointLength(text.slice(0, start));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
    codePoints: { start: codePointsBefore, end: codePointsBefore + codePointLength(text.slice(start, end)) },
  };
}

/**
 * Describes a reader's selection under `root` (document.body for user annotations). Leading and
 * trailing whitespace of the selection is dropped (selections often take a line break with them)
 * unless nothing else is selected. Pass `index` when one is already built for `root`.
 */
export function describeRange(root: Node, range: Range, index?: TextIndex): AnnotationTarget {
  const idx = index ?? TextIndex.build(root);
  let { start, end } = idx.offsetsFromRange(range);
  const selected = idx.text.slice(start, end);
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  if (lead + trail < selected.length) {
    start += lead;
    end -= trail;
  }
  return describeOffsets(idx, start, end);
}
