import { TextIndex } from './text-index';

/**
 * The root that user-annotation selectors are measured against: the page's body (or, on a page
 * without one, its document element). Automatic highlights use the paragraph map instead.
 */
export function annotationRoot(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}

/** A fresh text index of the annotation root of `doc`. */
export function pageTextIndex(doc: Document): TextIndex {
  return TextIndex.build(annotationRoot(doc));
}
