/**
 * A snapshot of the text under a root element: every visible-content text node, walked once, with
 * the offset at which each starts in the concatenated text. Offsets count UTF-16 units.
 *
 * The index is a snapshot: once the DOM under the root changes (including when highlights split text
 * nodes) build a new one. Wrapping text in highlight elements does not change the text itself, so
 * offsets taken from an old index stay meaningful for a fresh one.
 */

/** Elements whose text is never page content (NodeFilter constants are inlined: no globals). */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** A boundary point in the DOM. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** Which text node an offset on the border of two nodes belongs to: the next one or the previous. */
export type Affinity = 'forward' | 'backward';

function ownerDoc(root: Node): Document {
  return root.ownerDocument ?? (root as Document);
}

/**
 * True for elements whose subtree holds no page text (scripts, styles, templates). No attribute
 * counts: a page could set it to hide its text from anchoring. The extension's own UI needs no
 * exception either: it lives in a closed shadow root, which a tree walk never enters.
 */
export function isSkippedElement(el: Element): boolean {
  // localName is lower case in HTML and SVG alike (an SVG <style> too), and costs no new string.
  return SKIPPED_TAGS.has(el.localName);
}

/** Collects the non-empty indexable text nodes under `root` in document order. */
function collectTextNodes(root: Node): Text[] {
  // No filter callback: a page has thousands of nodes, and a call into script for each cost more
  // than the walk. Skipped subtrees are stepped over by hand instead.
  const walker = ownerDoc(root).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const nodes: Text[] = [];
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === TEXT_NODE) {
      if ((n as Text).length > 0) nodes.push(n as Text);
    } else if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element)) {
      n = nextOutside(walker);
      continue;
    }
    n = walker.nextNode();
  }
  return nodes;
}

/** Moves the walker past the current node's subtree: to its next sibling, or an ancestor's. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The text of `root` as the index sees it (script and style left out). */
export function rootText(root: Node): string {
  return TextIndex.build(root).text;
}

/** Text nodes under a root with their start offsets; maps offsets to DOM points and back. */
export class TextIndex {
  /** Each node's place in `nodes`, built at the first point lookup (highlighting never needs it). */
  private position: Map<Text, number> | null = null;

  private constructor(
    readonly root: Node,
    readonly text: string,
    readonly nodes: readonly Text[],
    readonly starts: readonly number[],
  ) {}

  /** Walks the text nodes under `root` once. */
  static build(root: Node): TextIndex {
    const nodes = collectTextNodes(root);
    const starts: number[] = [];
    const parts: string[] = [];
    let offset = 0;
    for (const n of nodes) {
      starts.push(offset);
      parts.push(n.data);
      offset += n.length;
    }
    return new TextIndex(root, parts.join(''), nodes, starts);
  }

  /** Index of the node containing `offset` (the last node whose start is <= offset), or -1. */
  nodeIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The DOM point for a text offset. On the border of two nodes, 'forward' answers the start of the
   * next node (right for a range start) and 'backward' the end of the previous (right for an end).
   * Returns null when the index holds no text.
   */
  offsetToPoint(offset: number, affinity: Affinity = 'forward'): DomPoint | null {
    if (this.nodes.length === 0) return null;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let i = this.nodeIndexAt(clamped);
    if (i < 0) i = 0;
    if (affinity === 'backward' && i > 0 && this.starts[i] === clamped) i -= 1;
    const node = this.nodes[i] as Text;
    const within = Math.min(node.length, clamped - (this.starts[i] ?? 0));
    return { node, offset: within };
  }

  /** A live Range over text offsets [start, end). Returns null when the index holds no text. */
  rangeFromOffsets(start: number, end: number): Range | null {
    const s = this.offsetToPoint(start, 'forward');
    const e = this.offsetToPoint(Math.max(start, end), end > start ? 'backward' : 'forward');
    if (!s || !e) return null;
    const range = ownerDoc(this.root).createRange();
    range.setStart(s.node, s.offset);
    range.setEnd(e.node, e.offset);
    return range;
  }

  /** Text offsets of a Range's boundary points (points outside the indexed text are clamped). */
  offsetsFromRange(range: Range): { start: number; end: number } {
    const start = this.pointToOffset(range.startContainer, range.startOffset);
    const end = this.pointToOffset(range.endContainer, range.endOffset);
    return { start, end: Math.max(start, end) };
  }

  /** Text offset of a DOM boundary point. */
  pointToOffset(container: Node, offset: number): number {
    this.position ??= new Map(this.nodes.map((n, i) => [n, i]));
    const idx = this.position.get(container as Text);
    if (idx !== undefined) {
      return (this.starts[idx] ?? 0) + Math.max(0, Math.min(offset, (container as Text).length));
    }
    // Not an indexed text node: the offset is the start of the first indexed node at/after the point.
    const after = nodeAfterPoint(container, offset);
    if (!after) return this.text.length;
    const i = this.firstNodeAtOrAfter(after);
    return i < this.nodes.length ? (this.starts[i] ?? 0) : this.text.length;
  }

  /** Binary search: index of the first indexed text node that is `ref`, inside it, or after it. */
  private firstNodeAtOrAfter(ref: Node): number {
    let lo = 0;
    let hi = this.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = this.nodes[mid] as Text;
      const atOrAfter = t === ref || (ref.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) !== 0;
      if (atOrAfter) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * The first node that a boundary point precedes in document order: the child at `offset`, or for a
 * point at the end of a container (or inside a non-indexed text node) the node after the container.
 */
function nodeAfterPoint(container: Node, offset: number): Node | null {
  if (container.nodeType !== TEXT_NODE && offset < container.childNodes.length) {
    return container.childNodes[offset] ?? null;
  }
  if (container.nodeType === TEXT_NODE && offset === 0) return container;
  for (let n: Node | null = container; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}
