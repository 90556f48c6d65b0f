/**
 * An inert copy of the page for destructive processing (furniture stripping, Readability), so the
 * live page the reader sees is never modified.
 */

/**
 * `doc.cloneNode(true)`, checked for a happy-dom defect: in a cloned document, descendant selectors
 * that match no ancestor (`p.matches('li p')`, used by Readability) throw. When the probe throws, the
 * root element is imported into a fresh `createHTMLDocument` instead, which is equally inert (no
 * browsing context: no scripts run, no images load).
 */
export function copyDocument(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  try {
    clone.documentElement?.matches('template html');
    return clone;
  } catch {
    const fresh = doc.implementation.createHTMLDocument('');
    fresh.documentElement?.remove();
    fresh.appendChild(fresh.importNode(doc.documentElement, true));
    return fresh;
  }
}
