/**
 * Which pages count as "a listed news site", and the match patterns that register the content
 * script on them. Relative imports only (wxt.config.ts reaches this file).
 */

/**
 * Reduces what a reader types ("https://www.Example.co.uk:8080/news") to a bare host
 * ("example.co.uk"). A leading "www." is dropped because sites are matched with their subdomains.
 * Returns null when nothing host-like remains.
 */
export function normaliseSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  s = s.replace(/^\*\./, ''); // "*.example.com" as someone might type it
  s = s.split(/[/?#]/)[0] ?? '';
  s = s.replace(/^[^@]*@/, ''); // user info
  if (s.startsWith('[')) return null; // IPv6 literals are not supported in the site list
  s = s.replace(/:\d*$/, '').replace(/\.$/, '');
  s = s.replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) ? s : null;
}

/** True when `url` is an http(s) page on one of `sites` or a subdomain of one. Ports are ignored. */
export function isListedSite(url: string, sites: readonly string[]): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  // The host and each domain above it ("news.bbc.co.uk", "bbc.co.uk", "co.uk", "uk").
  const names: string[] = [];
  for (let name = host; ;) {
    names.push(name);
    const dot = name.indexOf('.');
    if (dot < 0) break;
    name = name.slice(dot + 1);
  }
  // Sites are stored as bare hosts (the options page normalises what the reader types), so an exact
  // comparison answers a listed page without normalising the whole list, which every page load
  // would pay for; an entry stored some other way is normalised only when none matched as it is.
  if (sites.some((site) => names.includes(site))) return true;
  return sites.some((site) => {
    const normal = normaliseSite(site);
    return normal !== null && normal !== site && names.includes(normal);
  });
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Hosts where a `*.` wildcard is invalid in a match pattern (IP addresses and single labels). */
function takesNoSubdomains(host: string): boolean {
  return IPV4.test(host) || !host.includes('.');
}

/**
 * Match patterns for the sites, for `scripting.registerContentScripts` and the manifest:
 * `*://*.host/*` and `*://host/*` for each host (only the latter for IP addresses and
 * "localhost"). Match patterns carry no port, so every port matches. Duplicates and entries that
 * are not hosts are dropped.
 */
export function matchPatterns(sites: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const site of sites) {
    const host = normaliseSite(site);
    if (!host) continue;
    if (!takesNoSubdomains(host)) patterns.add(`*://*.${host}/*`);
    patterns.add(`*://${host}/*`);
  }
  return [...patterns];
}
