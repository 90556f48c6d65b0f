/**
 * The article headline without the site name (or author) that pages append to `<title>`
 * ("... | Daily Post", "... - Site Name", "... | Columnist Name").
 */
import { collapseWhitespace } from './paragraphs';
import { registrableDomain } from './registrable-domain';

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ', ' / '];

function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function sameName(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a === b || a.includes(b) || b.includes(a));
}

/**
 * Removes a trailing (or leading) segment naming the site or the author from `title`. Without a known
 * name it strips only a short last segment after " | " (pipes almost always mark a suffix, dashes
 * often belong to the headline).
 */
export function stripSiteSuffix(title: string, siteName: string | null, byline: string | null = null): string {
  const result = collapseWhitespace(title);
  const names = [siteName, byline]
    .filter((n): n is string => !!n)
    .map(loose)
    .filter(Boolean);
  for (const sep of SEPARATORS) {
    const at = result.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = result.slice(0, at).trim();
    const tail = loose(result.slice(at + sep.length));
    if (names.some((n) => sameName(tail, n))) return head;
    const shortPipeTail = sep === ' | ' && names.length === 0 && result.slice(at + 3).split(' ').length <= 4 && head.split(' ').length >= 3;
    if (shortPipeTail) return head;
    const first = result.indexOf(sep);
    if (names.some((n) => loose(result.slice(0, first)) === n)) return result.slice(first + sep.length).trim();
  }
  return result;
}

/**
 * A site name written only as the title's last segment ("... – Fairhaven Patriot" on
 * fairhavenpatriot.com): taken when it spells the site's domain name, so a headline's own dash
 * ("Budget – what it means") is never mistaken for one.
 */
export function siteNameFromTitle(title: string, url: string | null): string | null {
  let label: string | undefined;
  try {
    label = url ? registrableDomain(new URL(url).hostname)?.split('.')[0] : undefined;
  } catch {
    return null;
  }
  if (!label || label.length < 4) return null;
  const text = collapseWhitespace(title);
  for (const sep of SEPARATORS) {
    const at = text.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = text.slice(at + sep.length).trim();
    const t = loose(tail);
    if (t.length >= 4 && (t === label || (t.length >= 6 && label.includes(t)))) return tail;
  }
  return null;
}

/**
 * The headline: the first of the `candidates` present (in the extractor: the page's own headline
 * where its `<h1>` and `<title>` agree, then og:title / twitter:title, which rarely carry the site
 * name, then Readability's title, then `<title>`), with the site or author suffix removed.
 */
export function findTitle(candidates: readonly (string | null | undefined)[], siteName: string | null, byline: string | null = null): string | null {
  for (const candidate of candidates) {
    const text = candidate ? collapseWhitespace(candidate) : '';
    if (text) return stripSiteSuffix(text, siteName, byline);
  }
  return null;
}

/**
 * The page's `<h1>` when the `<title>` says the same (its site suffix removed): two of the page's own
 * sources agree, so a shorter social headline in og:title ("..., inquest hears") gives way to them.
 * Null when they differ or either is missing.
 */
export function agreedHeadline(h1: string | null, documentTitle: string | null, siteName: string | null, byline: string | null = null): string | null {
  if (!h1 || !documentTitle) return null;
  const headline = collapseWhitespace(h1);
  return headline && stripSiteSuffix(documentTitle, siteName, byline) === headline ? headline : null;
}
