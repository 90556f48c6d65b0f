/**
 * The highlight element. A custom element name (never registered: it needs no behaviour) so page
 * CSS written for <mark> or <span> cannot restyle it, and our CSS cannot leak onto page elements.
 */
export const MARK_TAG = 'council-lens-mark';
/** Attribute holding the highlight category. */
export const KIND_ATTRIBUTE = 'data-council-lens';
/** Attribute holding the id of the highlighted thing (annotation, person or figure key). */
export const ID_ATTRIBUTE = 'data-council-lens-id';

/** Highlight categories: automatic officials and figures, and the reader's own notes. */
export type HighlightKind = 'official' | 'figure' | 'note';

/** What every element of one highlight carries. */
export interface HighlightAttrs {
  kind: HighlightKind;
  id: string;
  className?: string;
  title?: string;
  /** Extra data-* attributes, keys in camelCase as for `element.dataset` (e.g. `{ color: 'blue' }`). */
  dataset?: Record<string, string>;
  /** Give the first element of the highlight tabindex=0 so keyboard users can reach it. */
  focusable?: boolean;
}

/** Turns a dataset key (camelCase) into its data-* attribute name. */
function dataAttributeName(key: string): string {
  return 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Creates one highlight element for `attrs` in `doc` (attributes set as text, never parsed). */
export function createMark(doc: Document, attrs: HighlightAttrs, first: boolean): HTMLElement {
  const el = doc.createElement(MARK_TAG);
  el.setAttribute(KIND_ATTRIBUTE, attrs.kind);
  el.setAttribute(ID_ATTRIBUTE, attrs.id);
  if (attrs.className) el.setAttribute('class', attrs.className);
  if (attrs.title) el.setAttribute('title', attrs.title);
  for (const [key, value] of Object.entries(attrs.dataset ?? {})) {
    el.setAttribute(dataAttributeName(key), value);
  }
  if (attrs.focusable && first) el.setAttribute('tabindex', '0');
  return el;
}

/** True when `node` is one of our highlight elements. */
export function isMark(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === 1 && (node as Element).localName === MARK_TAG;
}
