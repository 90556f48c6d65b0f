import { TextIndex } from '../anchoring/text-index';
import { highlightOffsets } from './highlight-offsets';
import type { HighlightAttrs } from './mark';

/**
 * Wraps the text of a DOM Range in highlight elements, one per non-whitespace text-node piece (no
 * element is ever inserted between table cells or list items). Only the range's common ancestor is
 * indexed, so this is cheap for a selection. Returns the elements in document order.
 */
export function highlightRange(range: Range, attrs: HighlightAttrs): HTMLElement[] {
  if (range.collapsed) return [];
  const common = range.commonAncestorContainer;
  const root = common.nodeType === 3 ? (common.parentNode ?? common) : common;
  const index = TextIndex.build(root);
  const { start, end } = index.offsetsFromRange(range);
  return highlightOffsets(index, [{ ...attrs, start, end }])[0] ?? [];
}
