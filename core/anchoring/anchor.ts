import type { AnnotationTarget } from '../model/annotation';
import { matchQuote } from './match-quote';
import { TextIndex } from './text-index';

/** How an annotation was placed: by its stored position, an exact quote search, or a fuzzy one. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A placed annotation. */
export interface Anchored {
  range: Range;
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Places an annotation target on the page under `root` (Hypothesis's order): the stored position
 * if the text there still equals the quote; else the quote found exactly (best prefix/suffix and
 * nearest the old position); else a bounded fuzzy search. Returns null for an orphan. Pass `index`
 * when anchoring many annotations against an unchanged page.
 */
export function anchor(root: Node, target: AnnotationTarget, index?: TextIndex): Anchored | null {
  const idx = index ?? TextIndex.build(root);
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (exact.length === 0) return null;

  let placed: { start: number; end: number; method: AnchorMethod } | null = null;
  if (start >= 0 && end <= idx.text.length && end > start && idx.text.slice(start, end) === exact) {
    placed = { start, end, method: 'position' };
  } else {
    const m = matchQuote(idx.text, exact, { prefix, suffix, hint: start });
    if (m) placed = { start: m.start, end: m.end, method: m.method };
  }
  if (!placed) return null;
  const range = idx.rangeFromOffsets(placed.start, placed.end);
  return range ? { range, ...placed } : null;
}
