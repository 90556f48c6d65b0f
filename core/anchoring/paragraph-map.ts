import type { Paragraph } from '../model/analysis';
import { collapse, collapsedOffset, rawRange, type CollapsedText } from './collapse';
import { TextIndex } from './text-index';

/**
 * Maps the extracted article's paragraphs back onto the live page, so automatic highlights land in
 * the article body only (not in navigation, related links or comments that repeat a name).
 */

/** Elements that hold a paragraph's text on their own. */
const BLOCKS = new Set('p li h1 h2 h3 h4 h5 h6 blockquote td th dd dt figcaption pre caption summary'.split(' '));
/** Generic containers, taken only when they hold text directly (text in a bare <div>). */
const CONTAINERS = new Set('div section article aside main header footer span font center'.split(' '));

/** A paragraph found on the page. Offsets `start`/`end` are in the text index of the root. */
export interface MappedParagraph {
  /** Position in the input paragraphs. */
  paragraphIndex: number;
  paragraph: Paragraph;
  element: Element;
  start: number;
  end: number;
}

/** The article-to-page map. */
export interface ParagraphMap {
  /** The text index of the root the map was built on (stale once the page is highlighted). */
  index: TextIndex;
  matched: MappedParagraph[];
  /** Positions (in the input) of paragraphs not found on the page: their highlights are skipped. */
  unmatched: number[];
  /** Index offsets for analysis offsets [start, end) inside one paragraph, or null if unmapped. */
  toIndexOffsets(start: number, end: number): { start: number; end: number } | null;
  /** A DOM Range for analysis offsets [start, end), or null if unmapped. */
  toRange(start: number, end: number): Range | null;
}

function hasDirectText(el: Element): boolean {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && /\S/.test((child as Text).data)) return true;
  }
  return false;
}

interface Extent {
  element: Element;
  start: number;
  end: number;
}

/**
 * The text extent, in the index, of every element under `root` that holds indexed text, in document
 * order. Each text node walks up only to its first ancestor already seen, and ends are carried up
 * once at the end, so the work is linear in the size of the tree however deep it nests (no
 * per-element DOM queries either: pages have thousands). Elements inside scripts hold no indexed
 * text, so they never appear; the extension's own UI sits in a closed shadow root no walk enters.
 */
function elementExtents(idx: TextIndex, root: Node): Extent[] {
  const byElement = new Map<Element, Extent>();
  const ordered: Extent[] = [];
  idx.nodes.forEach((node, i) => {
    const start = idx.starts[i] ?? 0;
    const end = start + node.length;
    const fresh: Extent[] = [];
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      const known = byElement.get(el);
      if (known) {
        known.end = Math.max(known.end, end);
        break;
      }
      const extent = { element: el, start, end };
      byElement.set(el, extent);
      fresh.push(extent);
    }
    // New ancestors of one text node come outermost first in document order.
    for (let k = fresh.length - 1; k >= 0; k--) ordered.push(fresh[k] as Extent);
  });
  // Reverse document order visits every element after all its descendants: carry the ends up.
  for (let k = ordered.length - 1; k >= 0; k--) {
    const extent = ordered[k] as Extent;
    const parent = extent.element.parentElement;
    const up = parent ? byElement.get(parent) : undefined;
    if (up && up.end < extent.end) up.end = extent.end;
  }
  return ordered;
}

/** A candidate element for a paragraph: its raw extent in the index and its collapsed extent. */
interface Candidate {
  element: Element;
  start: number;
  end: number;
  /** [cStart, cEnd) in the collapsed text of the whole index. */
  cStart: number;
  cEnd: number;
}

/**
 * Chosen extents, kept sorted and disjoint, so "does this candidate overlap one already chosen" is
 * a binary search rather than a scan of every earlier choice.
 */
class Taken {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first chosen extent ending after `at`. */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  free(c: Candidate): boolean {
    const i = this.firstEndingAfter(c.start);
    return i >= this.starts.length || (this.starts[i] as number) >= c.end;
  }

  add(c: Candidate): void {
    const i = this.firstEndingAfter(c.start);
    this.starts.splice(i, 0, c.start);
    this.ends.splice(i, 0, c.end);
  }
}

/** Index of the first candidate (sorted by start) starting at or after `at`. */
function firstAtOrAfter(list: readonly Candidate[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Candidate).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Chooses one candidate per paragraph. Paragraphs with a single candidate are placed first; the
 * others take the first free candidate between their placed neighbours (articles run in document
 * order, so a teaser repeating a paragraph in a sidebar above the article loses), else the first
 * free one after the previous paragraph, else the first free one. Candidates overlapping a chosen
 * one (an element nested in or around it) are not free, so no text is claimed twice.
 */
function assign(lists: readonly Candidate[][]): Array<Candidate | undefined> {
  const picks: Array<Candidate | undefined> = lists.map(() => undefined);
  const taken = new Taken();
  const take = (i: number, c: Candidate | undefined): void => {
    if (!c) return;
    picks[i] = c;
    taken.add(c);
  };
  lists.forEach((list, i) => {
    if (list.length === 1 && taken.free(list[0] as Candidate)) take(i, list[0]);
  });
  // The next paragraph placed in the first round, after each position (later rounds only fill
  // the current position, so this does not change as they go).
  const nextPlaced: Array<Candidate | undefined> = new Array(lists.length);
  for (let i = lists.length - 1, next: Candidate | undefined; i >= 0; i--) {
    nextPlaced[i] = next;
    next = picks[i] ?? next;
  }
  let lower = 0;
  lists.forEach((list, i) => {
    const placed = picks[i];
    if (placed) {
      lower = placed.end;
      return;
    }
    const upper = nextPlaced[i] ? (nextPlaced[i] as Candidate).start : Infinity;
    const from = firstAtOrAfter(list, lower);
    let pick: Candidate | undefined;
    let after: Candidate | undefined;
    for (let k = from; k < list.length && !pick; k++) {
      const c = list[k] as Candidate;
      if (!taken.free(c)) continue;
      if (c.end <= upper) pick = c;
      else after ??= c;
    }
    pick ??= after ?? list.slice(0, from).find((c) => taken.free(c));
    take(i, pick);
    if (pick) lower = pick.end;
  });
  return picks;
}

/**
 * Finds, for each paragraph, the first unused block element (after the previous match when
 * possible, as articles run in document order; an inline element such as <time> only when no block
 * matches) whose text, whitespace-collapsed, equals the
 * paragraph's (soft hyphens, zero-width characters and &nbsp; tolerated). See `assign` for ties.
 *
 * The page text is collapsed once; an element's collapsed text is a slice of it (found by binary
 * search and compared only when its length is one a paragraph has), so the cost is linear in the
 * page, not in the sum of every element's text (which grows with the nesting depth).
 */
export function mapParagraphs(root: Element, paragraphs: readonly Paragraph[], index?: TextIndex): ParagraphMap {
  const idx = index ?? TextIndex.build(root);
  const whole = collapse(idx.text);
  const keys = paragraphs.map((p) => collapse(p.text));
  const wanted = new Set(keys.map((k) => k.text).filter((t) => t.length > 0));
  const lengths = new Set([...wanted].map((t) => t.length));
  const byText = new Map<string, Candidate[]>();
  // Inline elements (a <time>, an <a>) are kept apart and used only when no block matches.
  const inlineByText = new Map<string, Candidate[]>();
  for (const { element, start, end } of elementExtents(idx, root)) {
    let cStart = collapsedOffset(whole, start);
    let cEnd = collapsedOffset(whole, end);
    // The slice of the whole collapsed text equals the element's own text collapsed, once its
    // edges are trimmed (the whole text keeps one space where the element's would be trimmed).
    if (whole.text.charCodeAt(cStart) === 32 && cStart < cEnd) cStart++;
    if (whole.text.charCodeAt(cEnd - 1) === 32 && cEnd > cStart) cEnd--;
    if (!lengths.has(cEnd - cStart)) continue;
    const text = whole.text.slice(cStart, cEnd);
    if (!wanted.has(text)) continue;
    const tag = element.localName;
    const block = BLOCKS.has(tag) || (CONTAINERS.has(tag) && hasDirectText(element));
    const target = block ? byText : inlineByText;
    const list = target.get(text) ?? [];
    list.push({ element, start, end, cStart, cEnd });
    target.set(text, list);
  }

  const lists = keys.map((k) => byText.get(k.text) ?? inlineByText.get(k.text) ?? []);
  const picks = assign(lists);
  const matched: MappedParagraph[] = [];
  const chosen: Candidate[] = [];
  const unmatched: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    const pick = picks[i];
    if (!pick) {
      unmatched.push(i);
      return;
    }
    matched.push({ paragraphIndex: i, paragraph, element: pick.element, start: pick.start, end: pick.end });
    chosen.push(pick);
  });

  const toIndexOffsets = (start: number, end: number): { start: number; end: number } | null => {
    // Binary search: the last matched paragraph starting at or before `start`.
    let lo = 0;
    let hi = matched.length - 1;
    let m = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((matched[mid] as MappedParagraph).paragraph.start <= start) {
        m = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const mp = matched[m];
    if (!mp || end > mp.paragraph.start + mp.paragraph.text.length) return null;
    const key = keys[mp.paragraphIndex] as CollapsedText;
    const cStart = collapsedOffset(key, start - mp.paragraph.start);
    const cEnd = collapsedOffset(key, end - mp.paragraph.start);
    const c = chosen[m] as Candidate;
    if (cEnd <= cStart || c.cStart + cEnd > c.cEnd) return null;
    return rawRange(whole, c.cStart + cStart, c.cStart + cEnd);
  };
  return {
    index: idx,
    matched,
    unmatched,
    toIndexOffsets,
    toRange: (start, end) => {
      const o = toIndexOffsets(start, end);
      return o ? idx.rangeFromOffsets(o.start, o.end) : null;
    },
  };
}
