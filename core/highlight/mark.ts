/**
 * The highlight element. A custom element name (never registered: it needs no behaviour) so page
 * CSS written for <mark> or <span> cannot restyle it, and our CSS cannot leak onto page elements.
 *
 * Pages are hostile: they can read every attribute, and they can forge elements that look like
 * ours. So a mark carries only what the page could know anyway (its category, for the CSS, a
 * note's colour, which the page can see, and an opaque number that only groups the elements of one
 * highlight) and never a note id, a note or a title; which elements are
 * ours, and what each stands for, is kept here by reference (a WeakMap a page script cannot
 * reach: content scripts run in their own JavaScript world) and never read back from attributes.
 */
import type { HighlightCategory } from '../model/highlight-categories';

export const MARK_TAG = 'council-lens-mark';
/** Attribute holding the highlight category (read by the highlight CSS only). */
export const KIND_ATTRIBUTE = 'data-council-lens';
/** Attribute holding an opaque number, the same on every element of one highlight, new each time. */
export const ID_ATTRIBUTE = 'data-council-lens-id';

/** Highlight categories: automatic officials, other people and figures, and the reader's own notes. */
export type HighlightKind = HighlightCategory;

/** What every element of one highlight carries. */
export interface HighlightAttrs {
  kind: HighlightKind;
  /** Private: remembered by reference (see `markOf`), never written into the page. */
  id: string;
  className?: string;
  /** Extra data-* attributes, keys in camelCase as for `element.dataset` (e.g. `{ color: 'blue' }`). */
  dataset?: Record<string, string>;
  /** Give the first element of the highlight tabindex=0 so keyboard users can reach it. */
  focusable?: boolean;
}

/** What a mark stands for, as the extension made it. */
export interface MarkInfo {
  kind: HighlightKind;
  id: string;
}

/** Every mark this script made, and what it stands for. Weak: removed marks are collected. */
const made = new WeakMap<Node, MarkInfo>();
/** The opaque number of each highlight (one attrs object per highlight), counted per page. */
const opaque = new WeakMap<HighlightAttrs, string>();
let counter = 0;

/** Turns a dataset key (camelCase) into its data-* attribute name. */
function dataAttributeName(key: string): string {
  return 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Creates one highlight element for `attrs` in `doc` (attributes set as text, never parsed). */
export function createMark(doc: Document, attrs: HighlightAttrs, first: boolean): HTMLElement {
  const el = doc.createElement(MARK_TAG);
  el.setAttribute(KIND_ATTRIBUTE, attrs.kind);
  let number = opaque.get(attrs);
  if (number === undefined) opaque.set(attrs, (number = String(++counter)));
  el.setAttribute(ID_ATTRIBUTE, number);
  if (attrs.className) el.setAttribute('class', attrs.className);
  for (const [key, value] of Object.entries(attrs.dataset ?? {})) {
    el.setAttribute(dataAttributeName(key), value);
  }
  if (attrs.focusable && first) el.setAttribute('tabindex', '0');
  made.set(el, { kind: attrs.kind, id: attrs.id });
  return el;
}

/** True when `node` is a highlight element this script made (never one a page forged). */
export function isMark(node: Node | null | undefined): node is HTMLElement {
  return !!node && made.has(node);
}

/** What a mark this script made stands for; undefined for any other node, forged marks included. */
export function markOf(node: Node | null | undefined): MarkInfo | undefined {
  return node ? made.get(node) : undefined;
}

/**
 * The innermost mark this script made at or above `node`, optionally of the given kinds; its
 * element and what it stands for. Walks parents by reference: page attributes are never consulted.
 */
export function ownMarkAt(node: Node | null | undefined, kinds?: readonly HighlightKind[]): { element: HTMLElement; info: MarkInfo } | null {
  for (let n: Node | null | undefined = node; n; n = n.parentNode) {
    const info = made.get(n);
    if (info && (!kinds || kinds.includes(info.kind))) return { element: n as HTMLElement, info };
  }
  return null;
}
