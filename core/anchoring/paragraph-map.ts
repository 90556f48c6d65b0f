import type { Paragraph } from '../model/analysis';
import { collapse, collapsedOffset, rawRange, type CollapsedText } from './collapse';
import { TextIndex } from './text-index';

/**
 * Maps the extracted article's paragraphs back onto the live page, so automatic highlights land in
 * the article body only (not in navigation, related links or comments that repeat a name).
 */

/** Elements that hold a paragraph's text on their own. */
const BLOCKS = new Set(
  'p li h1 h2 h3 h4 h5 h6 blockquote td th dd dt figcaption pre caption summary'.split(' '),
);
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
 * order, from one walk up from each text node (no per-element DOM queries: pages have thousands).
 * Elements inside scripts or the extension's UI hold no indexed text, so they never appear.
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
      if (known) known.end = end;
      else {
        const extent = { element: el, start, end };
        byElement.set(el, extent);
        fresh.push(extent);
      }
    }
    // New ancestors of one text node come outermost first in document order.
    for (let k = fresh.length - 1; k >= 0; k--) ordered.push(fresh[k] as Extent);
  });
  return ordered;
}

interface Candidate {
  element: Element;
  start: number;
  end: number;
  collapsed: CollapsedText;
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
  const used: Array<[number, number]> = [];
  const free = (c: Candidate): boolean => used.every(([s, e]) => c.end <= s || c.start >= e);
  const take = (i: number, c: Candidate | undefined): void => {
    if (!c) return;
    picks[i] = c;
    used.push([c.start, c.end]);
  };
  lists.forEach((list, i) => {
    if (list.length === 1 && free(list[0] as Candidate)) take(i, list[0]);
  });
  let lower = 0;
  lists.forEach((list, i) => {
    const placed = picks[i];
    if (placed) {
      lower = placed.end;
      return;
    }
    const nextPlaced = picks.slice(i + 1).find((p) => p !== undefined);
    const upper = nextPlaced ? nextPlaced.start : Infinity;
    const pick =
      list.find((c) => c.start >= lower && c.end <= upper && free(c)) ??
      list.find((c) => c.start >= lower && free(c)) ??
      list.find(free);
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
 */
export function mapParagraphs(root: Element, paragraphs: readonly Paragraph[], index?: TextIndex): ParagraphMap {
  const idx = index ?? TextIndex.build(root);
  const keys = paragraphs.map((p) => collapse(p.text));
  const wanted = new Set(keys.map((k) => k.text).filter((t) => t.length > 0));
  const byText = new Map<string, Candidate[]>();
  const minLength = Math.min(...[...wanted].map((t) => t.length));
  // Inline elements (a <time>, an <a>) are kept apart and used only when no block matches.
  const inlineByText = new Map<string, Candidate[]>();
  for (const { element, start, end } of elementExtents(idx, root)) {
    if (end - start < minLength) continue;
    const tag = element.localName;
    const block = BLOCKS.has(tag) || (CONTAINERS.has(tag) && hasDirectText(element));
    const collapsed = collapse(idx.text.slice(start, end));
    if (!wanted.has(collapsed.text)) continue;
    const target = block ? byText : inlineByText;
    const list = target.get(collapsed.text) ?? [];
    list.push({ element, start, end, collapsed });
    target.set(collapsed.text, list);
  }

  const lists = keys.map((k) => byText.get(k.text) ?? inlineByText.get(k.text) ?? []);
  const picks = assign(lists);
  const matched: MappedParagraph[] = [];
  const elementText: CollapsedText[] = [];
  const unmatched: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    const pick = picks[i];
    if (!pick) {
      unmatched.push(i);
      return;
    }
    matched.push({ paragraphIndex: i, paragraph, element: pick.element, start: pick.start, end: pick.end });
    elementText.push(pick.collapsed);
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
    const raw = rawRange(elementText[m] as CollapsedText, cStart, cEnd);
    return raw ? { start: mp.start + raw.start, end: mp.start + raw.end } : null;
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
