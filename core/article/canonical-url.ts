/**
 * Canonical URL of an article: the page's own `<link rel=canonical>` or `og:url`, made absolute and
 * stripped of tracking parameters, so the same story read from a newsletter, a tweet or the home page
 * is stored once.
 */
import { sameSite } from './registrable-domain';

/** Query parameters that only say how the reader arrived; they never select different content. */
// prettier-ignore
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  'ocid', 'cmpid', 'smid', 'smtyp', 'cid_source', '_ga', '_gl', 'icid', 'ito', 'ns_mchannel',
  'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'wt.mc_id', 'cmp', 'mkt_tok', 'spm',
  'ref_src', 'ref_url', 'rss', 'taid', 'xtor', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', '__twitter_impression',
  // Publishers' own: "ref=rss", WordPress "share=email", AMP "amp=1", Gannett "gnt-cfr", ACM "cs".
  'ref', 'share', 'amp', 'gnt-cfr', 'cs',
  // "outputType=amp": the AMP rendering of the same story; "nb=1" rides with Jetpack's "share=facebook";
  // "ref=mr&lp=3": a story's place in a "most read" list ("lp", list position) rides with its "ref".
  'outputtype', 'nb', 'lp',
  // Facebook's share links: "fb_action_ids", "fb_source", "action_object_map" and kin.
  'action_object_map', 'action_type_map', 'action_ref_map',
  // Hearst's promotion slots ("ipid=promo-link-block1").
  'ipid',
]);
/** Prefixes of tracking parameter families (Google Analytics, HubSpot, Piwik/Matomo, Adobe...). */
const TRACKING_PREFIXES = ['utm_', 'hsa_', '_hs', 'pk_', 'mtm_', 'matomo_', 'itm_', 'at_', 'int_', 'fb_'];

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
 *
 * The canonical URL becomes the article's id, so a page must not be able to name another site's
 * article: a declared canonical counts only when it is on the page's own site (same registrable
 * domain, see registrable-domain.ts); otherwise the page's own address is used. Without a page URL
 * (a saved file given to the `analyze` command) there is no site to compare with and the
 * declaration is taken as it stands.
 */
export function canonicalUrl(doc: Document, pageUrl: string | null): string | null {
  const base = pageUrl ?? (doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : null);
  const own = resolveHttp(pageUrl, null);
  const declared = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of declared) {
    const resolved = resolveHttp(candidate, base);
    if (resolved && (!own || sameSite(resolved, own))) return cleanUrl(resolved);
  }
  const fallback = own ?? resolveHttp(pageUrl, base);
  return fallback ? cleanUrl(fallback) : null;
}
