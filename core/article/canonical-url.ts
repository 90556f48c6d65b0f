/**
 * Canonical URL of an article: the page's own `<link rel=canonical>` or `og:url`, made absolute and
 * stripped of tracking parameters, so the same story read from a newsletter, a tweet or the home page
 * is stored once.
 */

/** Query parameters that only say how the reader arrived; they never select different content. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  'ocid', 'cmpid', 'smid', 'smtyp', 'cid_source', '_ga', '_gl', 'icid', 'ito', 'ns_mchannel',
  'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'wt.mc_id', 'cmp', 'mkt_tok', 'spm',
  'ref_src', 'ref_url', 'rss', 'taid', 'xtor', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', '__twitter_impression',
]);
/** Prefixes of tracking parameter families (Google Analytics, HubSpot, Piwik/Matomo, Adobe...). */
const TRACKING_PREFIXES = ['utm_', 'hsa_', '_hs', 'pk_', 'mtm_', 'matomo_', 'itm_', 'at_'];

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * Removes tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ocid, ...) and the `#fragment`
 * from a URL; other parameters keep their order. Returns the input unchanged if it is not a URL.
 */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  parsed.search = '';
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  parsed.hash = '';
  return parsed.toString();
}

/** Resolves `href` against `base`; null when either is unusable or the result is not http(s). */
function resolveHttp(href: string | null | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const resolved = base ? new URL(value, base) : new URL(value);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The article's canonical URL: `link[rel=canonical]`, then `og:url`, resolved against `pageUrl`,
 * then `pageUrl` itself; always cleaned of tracking parameters. Null when nothing usable exists.
 */
export function canonicalUrl(doc: Document, pageUrl: string | null): string | null {
  const base = pageUrl ?? (doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : null);
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content'),
    pageUrl,
  ];
  for (const candidate of candidates) {
    const resolved = resolveHttp(candidate, base);
    if (resolved) return cleanUrl(resolved);
  }
  return null;
}
