import type { TextIndex } from '../anchoring/text-index';
import { createMark, type HighlightAttrs } from './mark';

/** A highlight over text offsets [start, end) of a text index. */
export interface HighlightSpan extends HighlightAttrs {
  start: number;
  end: number;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const WHITESPACE_ONLY = /^\s*$/;

/**
 * Only text in ordinary HTML elements is wrapped: an HTML element inside SVG or MathML would not
 * render, and a <title>/<option> cannot hold elements.
 */
function wrappable(text: Text): boolean {
  const parent = text.parentElement;
  if (!parent || parent.namespaceURI !== XHTML) return false;
  const tag = parent.localName;
  return tag !== 'option' && tag !== 'title' && tag !== 'textarea';
}

/**
 * Wraps many spans in ONE pass over the index's text nodes (mark.js rescans the page per keyword;
 * that froze pages with many terms). Only text nodes are split and wrapped, so lists and tables keep
 * their structure; whitespace-only pieces are never wrapped.
 *
 * Overlapping spans nest: where spans overlap, the one that starts first (or, starting together,
 * the longer one) is the outer element. Text already inside earlier highlights is wrapped inside
 * them, so a note added over an automatic highlight nests within it and both stay present.
 *
 * Returns the elements of each span, in the order of `spans`. The index is stale afterwards (text
 * nodes were split): build a new one before the next call; offsets stay valid for it.
 */
export function highlightOffsets(index: TextIndex, spans: readonly HighlightSpan[]): HTMLElement[][] {
  const run = highlightInSteps(index, spans);
  run.step(() => false);
  return run.result;
}

/** A highlighting pass that can stop between text nodes and carry on later (see `highlightInSteps`). */
export interface HighlightRun {
  /** The elements of each span, in the order of `spans`; complete once `step` returned true. */
  readonly result: HTMLElement[][];
  /**
   * Wraps text nodes in order until `stop()` says so (asked after each node that was wrapped) or
   * every span is done. Returns true when every span is done.
   */
  step(stop: () => boolean): boolean;
}

/**
 * `highlightOffsets` in steps, so a page with thousands of highlights is wrapped over several short
 * tasks instead of one long one. Only the text node being wrapped is split, and a step ends between
 * nodes, so the rest of the index stays valid from one step to the next, as long as the page does
 * not change in between.
 */
export function highlightInSteps(index: TextIndex, spans: readonly HighlightSpan[]): HighlightRun {
  const result: HTMLElement[][] = spans.map(() => []);
  const order = spans
    .map((s, i) => i)
    .filter((i) => (spans[i] as HighlightSpan).end > (spans[i] as HighlightSpan).start)
    .sort((a, b) => {
      const sa = spans[a] as HighlightSpan;
      const sb = spans[b] as HighlightSpan;
      return sa.start - sb.start || sb.end - sa.end || a - b;
    });
  let next = 0; // next span (in `order`) not yet active
  let active: number[] = []; // spans begun, kept in `order` order so nesting is consistent
  let n = 0;
  const done = () => n >= index.nodes.length || (next >= order.length && active.length === 0);

  const step = (stop: () => boolean): boolean => {
    for (; !done(); n++) {
      if (active.length === 0) {
        // Nothing open: jump straight to the node where the next span starts (pages are long,
        // highlights sparse).
        const at = index.nodeIndexAt((spans[order[next] as number] as HighlightSpan).start);
        if (at > n) n = at;
      }
      const node = index.nodes[n] as Text;
      const nodeStart = index.starts[n] ?? 0;
      const nodeEnd = nodeStart + node.length;
      while (next < order.length && (spans[order[next] as number] as HighlightSpan).start < nodeEnd) {
        active.push(order[next] as number);
        next++;
      }
      active = active.filter((i) => (spans[i] as HighlightSpan).end > nodeStart);
      if (active.length === 0 || !wrappable(node)) continue;
      // Between steps the page may have edited this node: its offsets no longer hold.
      if (nodeEnd !== (index.starts[n + 1] ?? index.text.length)) continue;
      wrapNode(node, nodeStart, active, spans, result);
      if (stop()) {
        n++;
        return done();
      }
    }
    return true;
  };
  return { result, step };
}

/** Splits one text node at every span boundary inside it and wraps the covered pieces. */
function wrapNode(node: Text, nodeStart: number, active: readonly number[], spans: readonly HighlightSpan[], result: HTMLElement[][]): void {
  const nodeEnd = nodeStart + node.length;
  const cuts = new Set<number>([nodeStart, nodeEnd]);
  for (const i of active) {
    const s = spans[i] as HighlightSpan;
    if (s.start > nodeStart && s.start < nodeEnd) cuts.add(s.start);
    if (s.end > nodeStart && s.end < nodeEnd) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const doc = node.ownerDocument;
  let current = node;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p] as number;
    const b = points[p + 1] as number;
    const piece = current;
    if (b < nodeEnd) current = current.splitText(b - a);
    const covering = active.filter((i) => {
      const s = spans[i] as HighlightSpan;
      return s.start <= a && s.end >= b;
    });
    if (covering.length === 0 || WHITESPACE_ONLY.test(piece.data)) continue;
    let outer: Node = piece;
    // Build from the innermost outwards, then put the outermost where the text was.
    const parent = piece.parentNode as Node;
    const anchor = piece.nextSibling;
    for (let k = covering.length - 1; k >= 0; k--) {
      const i = covering[k] as number;
      const mark = createMark(doc, spans[i] as HighlightSpan, (result[i] as HTMLElement[]).length === 0);
      mark.appendChild(outer);
      (result[i] as HTMLElement[]).push(mark);
      outer = mark;
    }
    parent.insertBefore(outer, anchor);
  }
}
