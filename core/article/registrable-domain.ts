/**
 * The registrable domain ("eTLD+1") of a host: the part a single owner controls, so that
 * `www.thornbury-post.co.uk` and `amp.thornbury-post.co.uk` are one site and `co.uk` is nobody's.
 *
 * This is NOT the full Public Suffix List (about 10,000 rules, too big to ship in every page): it
 * is a compact list of the multi-part public suffixes common on news and council sites (the UK,
 * Australia, New Zealand and other Commonwealth second levels, US state domains, and hosting
 * platforms where every subdomain belongs to someone else). A suffix missing from it makes two
 * owners look like one site; it never splits one site in two. Add suffixes here as they turn up.
 */

/** Second-level labels that are public under these country codes (`co.uk`, `com.au`, ...). */
const PUBLIC_SECOND_LEVELS: Record<string, readonly string[]> = {
  uk: ['co', 'org', 'gov', 'ac', 'ltd', 'plc', 'me', 'net', 'nhs', 'police', 'sch', 'mod', 'nic'],
  au: ['com', 'net', 'org', 'gov', 'edu', 'asn', 'id'],
  nz: ['co', 'org', 'govt', 'ac', 'net', 'school', 'geek', 'gen', 'kiwi', 'maori', 'iwi', 'health', 'parliament'],
  za: ['co', 'org', 'gov', 'ac', 'net', 'web'],
  in: ['co', 'org', 'gov', 'ac', 'net', 'nic', 'edu', 'firm', 'gen', 'ind'],
  jp: ['co', 'ne', 'or', 'go', 'ac', 'ad', 'ed', 'gr', 'lg'],
  br: ['com', 'net', 'org', 'gov', 'edu'],
  cn: ['com', 'net', 'org', 'gov', 'edu'],
  hk: ['com', 'net', 'org', 'gov', 'edu', 'idv'],
  sg: ['com', 'net', 'org', 'gov', 'edu', 'per'],
  my: ['com', 'net', 'org', 'gov', 'edu', 'name'],
  ng: ['com', 'net', 'org', 'gov', 'edu', 'name'],
  ke: ['co', 'or', 'ne', 'go', 'ac', 'sc'],
  il: ['co', 'org', 'gov', 'ac', 'net', 'muni'],
  ie: ['gov'],
  ca: ['gc'],
  // US state domains (`wa.us`): councils and local papers live under `ci.<city>.<state>.us` etc.
  us: [
    'ak',
    'al',
    'ar',
    'az',
    'ca',
    'co',
    'ct',
    'dc',
    'de',
    'fl',
    'ga',
    'hi',
    'ia',
    'id',
    'il',
    'in',
    'ks',
    'ky',
    'la',
    'ma',
    'md',
    'me',
    'mi',
    'mn',
    'mo',
    'ms',
    'mt',
    'nc',
    'nd',
    'ne',
    'nh',
    'nj',
    'nm',
    'nv',
    'ny',
    'oh',
    'ok',
    'or',
    'pa',
    'ri',
    'sc',
    'sd',
    'tn',
    'tx',
    'ut',
    'va',
    'vt',
    'wa',
    'wi',
    'wv',
    'wy',
  ],
};

/** Hosting platforms: each subdomain is a different owner (`alice.github.io` is not `bob.github.io`). */
// prettier-ignore
const PLATFORM_SUFFIXES = new Set([
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com', 'tumblr.com',
  'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev', 'herokuapp.com', 'web.app', 'firebaseapp.com',
  'glitch.me', 'neocities.org', 'wixsite.com', 'squarespace.com', 'weebly.com', 'azurewebsites.net',
  'cloudfront.net', 'appspot.com', 'fly.dev', 'onrender.com', 'ngrok.io', 'ngrok-free.app',
]);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** How many labels, counted from the right, form the public suffix of `labels`. */
function suffixLength(labels: readonly string[]): number {
  const n = labels.length;
  if (n >= 2 && PLATFORM_SUFFIXES.has(`${labels[n - 2]}.${labels[n - 1]}`)) return 2;
  const second = PUBLIC_SECOND_LEVELS[labels[n - 1] ?? ''];
  if (n >= 2 && second?.includes(labels[n - 2] ?? '')) return 2;
  return 1;
}

/**
 * The registrable domain of `host` (lower-cased, trailing dot dropped). An IP address, `localhost`
 * or a single label is its own site; a host that is itself a public suffix (`co.uk`) gives null.
 */
export function registrableDomain(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  if (h.startsWith('[') || IPV4.test(h) || !h.includes('.')) return h;
  const labels = h.split('.');
  const keep = suffixLength(labels) + 1;
  if (labels.length < keep) return null;
  return labels.slice(-keep).join('.');
}

/** True when two absolute URLs are on the same site (same registrable domain; scheme and port aside). */
export function sameSite(a: string, b: string): boolean {
  try {
    const da = registrableDomain(new URL(a).hostname);
    return da !== null && da === registrableDomain(new URL(b).hostname);
  } catch {
    return false;
  }
}
