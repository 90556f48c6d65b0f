/**
 * Name normalisation for telling whether two mentions are the same official: "Cllr Mark Rogers",
 * "Mark Rogers MP" and "mark rogers" share one key; "Mr Roger's" yields the surname candidates
 * "roger" and "rogers" because news copy misspells possessives.
 */

/** Honorifics and job titles that precede a name in UK and US council news. */
const LEADING = new Set([
  'cllr',
  'coun',
  'councillor',
  'councilor',
  'councilmember',
  'councilman',
  'councilwoman',
  'council',
  'member',
  'alderman',
  'alderwoman',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'mayor',
  'metro',
  'vice',
  'deputy',
  'rev',
  'revd',
  'the',
  'rt',
  'hon',
  'right',
  'honourable',
  'honorable',
  'commissioner',
  'supervisor',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'judge',
  'chief',
  'executive',
]);

/** Post-nominals that follow a name ("Jane Smith MP", "John Brown OBE"). */
const TRAILING = new Set(['mp', 'msp', 'mla', 'ms', 'am', 'mep', 'obe', 'mbe', 'cbe', 'kc', 'qc', 'jp', 'dl']);

/** Lower-cased name tokens without titles, accents, punctuation or possessive endings. */
export function nameTokens(name: string): string[] {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b|s'(?=\s|$)/g, (m) => (m === "'s" ? '' : 's'))
    .replace(/[^a-z0-9'\- ]+/g, ' ')
    .replace(/'/g, '');
  const tokens = cleaned.split(/\s+/).filter((t) => t.length > 0 && t !== '-');
  while (tokens.length > 1 && LEADING.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && TRAILING.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens;
}

/** The comparison key of a name: its tokens joined by single spaces ("" when there are none). */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** The id given to an official that matches nothing: a slug of the normalised name. */
export function nameSlug(name: string): string {
  const slug = nameTokens(name)
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'unnamed-official';
}

/**
 * Surname spellings to try for a single-token name. "Roger's" has already lost its "'s" in
 * `nameTokens`; the form with the "s" back is tried too, since the writer may have meant "Rogers'".
 */
export function surnameVariants(name: string): string[] {
  const tokens = nameTokens(name);
  const last = tokens[tokens.length - 1];
  if (!last) return [];
  const possessive = /['\u2019]s\b/i.test(name);
  return possessive ? [last, `${last}s`] : [last];
}
