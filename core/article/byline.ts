/**
 * Byline found in the page markup, for pages without author metadata: `rel=author` links,
 * schema.org microdata, then elements whose class names a byline or author.
 */
import { cleanByline } from './metadata';

// prettier-ignore
const SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class*="byline"] [class*="name"], [class*="byline"] [class*="author"]',
  '[class*="author-name"], [class*="author__name"], [class*="authorName"]',
  '[class*="byline"]',
  '[class~="writer"], [class*="reporter-name"], [class~="reporter"]',
  '.author, [class*="author"]',
];

/** First plausible byline in the page (short, no digits-only text), cleaned of "By" and dates. */
export function findDomByline(doc: Document): string | null {
  for (const selector of SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      if (el.closest('[class*="comment"], [id*="comment"]')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || text.length > 120) continue;
      const cleaned = cleanByline(text);
      if (cleaned && /[A-Za-z]{2}/.test(cleaned)) return cleaned;
    }
  }
  return null;
}
