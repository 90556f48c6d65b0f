/**
 * The article id of an imported annotation's source: its URL without the fragment and without
 * tracking parameters, so that an annotation imported from another tool lands on the same article
 * the extension would remember for that page.
 */

/** Query parameters that only track the visit (campaigns, ad clicks, share links). */
const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid|ocid|cmpid|icid|s_cid|ito|at_medium|at_campaign|at_custom\d*|ref_src|ref_url|__twitter_impression|_hsenc|_hsmi|mkt_tok|vero_id|oly_enc_id|oly_anon_id|wt_mc|wt\.mc_id|sr_share|smid)$/i;

/** The cleaned URL, or null when `raw` is not an absolute http(s) URL. */
export function cleanSourceUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  // URLSearchParams leaves a bare "?" when every parameter went.
  if (![...url.searchParams.keys()].length) url.search = '';
  return url.href;
}
