/**
 * The one-site match pattern the side panel asks for when the reader analyses a page on a site
 * that is not in their list (the side panel gets no `activeTab` grant, so it must ask).
 */

/**
 * `scheme://host/*` for an http(s) page, the narrowest pattern `permissions.request` accepts for
 * it (match patterns carry no port), or null for anything else (the browser's own pages, files).
 */
export function originPatternOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (!parsed.hostname || parsed.hostname.startsWith('[')) return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}
