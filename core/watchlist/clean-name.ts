/**
 * Splits a councillor's name as published ("Cllr Dr Jane Smith MBE") into the bare name the watchlist
 * stores ("Jane Smith") and the written forms kept as aliases, so articles that use the title still match.
 */

/** Titles that lists put before a name. Longest first so "Councillor" is not read as "Coun". */
// prettier-ignore
const PREFIXES = [
  'councillor', 'councilmember', 'council member', 'cllr', 'coun', 'cr',
  'the rt hon', 'rt hon', 'the hon', 'hon',
  'alderman', 'mayor', 'deputy mayor', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'rev', 'revd', 'reverend',
].sort((a, b) => b.length - a.length);

/** Honours and letters that lists put after a name. */
const SUFFIXES = ['mbe', 'obe', 'cbe', 'bem', 'jp', 'dl', 'mp', 'kc', 'qc', 'frsa', 'phd'];

const PREFIX_RE = new RegExp(`^(?:${PREFIXES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\.?\\s+`, 'i');
const SUFFIX_RE = new RegExp(`(?:,?\\s+(?:${SUFFIXES.join('|')})\\.?)+$`, 'i');

/** Result of cleaning a name. */
export interface CleanedName {
  name: string;
  /** The original form when it differed from `name` (e.g. "Cllr Jane Smith"). */
  aliases: string[];
}

/**
 * Removes leading titles and trailing honours; collapses whitespace. If stripping would leave
 * nothing (a person listed only as "Mayor"), the original is kept as the name.
 */
export function cleanName(raw: string, honorific?: string | null): CleanedName {
  const original = raw.replace(/\s+/g, ' ').trim();
  let name = original;
  for (let guard = 0; guard < 4; guard++) {
    const next = name.replace(PREFIX_RE, '').replace(SUFFIX_RE, '').trim();
    if (next === name) break;
    name = next;
  }
  if (!name) name = original;
  const aliases: string[] = [];
  if (original !== name) aliases.push(original);
  const prefix = honorific?.trim();
  if (prefix) {
    const withPrefix = `${prefix} ${name}`;
    if (!aliases.includes(withPrefix)) aliases.push(withPrefix);
  }
  return { name, aliases };
}
