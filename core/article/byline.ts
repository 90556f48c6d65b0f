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
      const cleaned = bylineText(el);
      if (cleaned) return cleaned;
    }
  }
  return shortClassByline(doc);
}

function bylineText(el: Element): string | null {
  if (el.closest('[class*="comment"], [id*="comment"]')) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return null;
  const cleaned = cleanByline(text);
  return cleaned && /[A-Za-z]{2}/.test(cleaned) ? cleaned : null;
}

/** "Jo Bloggs", "Jo Bloggs and Ann Lee": capitalised words, two to five to a name. */
const NAME = String.raw`[A-Z][\p{L}'’.-]*(?:[ ][A-Z][\p{L}'’.-]*){1,4}`;
const NAMES_RE = new RegExp(`^${NAME}(?:(?:, | and )${NAME})*$`, 'u');

/** "gnt_ar_by", "by-date", "storyBy": a class with "by" as one of its words. */
const BY_WORD_RE = /(?:^|[-_])by(?:$|[-_])|[a-z]By(?:$|[-_A-Z])/;

/**
 * Bylines marked only by a short "by" in a class name (`<div class="gnt_ar_by"><a>Jo Bloggs</a> <span>Paper</span>`):
 * the name is the element's name-classed part or its first link, else its whole text.
 */
function shortClassByline(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[class*="by"], [class*="By"]')) {
    if (!Array.from(el.classList).some((c) => BY_WORD_RE.test(c))) continue;
    const part = el.querySelector('[class*="name"], a') ?? el;
    const cleaned = bylineText(part);
    // A short "by" also names sort menus ("sort-by"): only a name, or names, will do here.
    if (cleaned && NAMES_RE.test(cleaned)) return cleaned;
  }
  return null;
}
