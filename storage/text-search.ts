/** Accent- and case-insensitive "every word appears" matching for the popup's search box. */

const ASCII_RE = /^[ -~\t\n\r]*$/;

/** Lower-cases and strips accents so "Café" finds "cafe". */
export function foldText(s: string): string {
  // Most notes are plain ASCII, which has no accents to strip: normalising 10,000 of them is the dearer step.
  if (ASCII_RE.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The search words of a query, folded; empty when the query is blank. */
export function searchTerms(query: string | undefined): string[] {
  return query
    ? foldText(query)
        .split(/\s+/)
        .filter((t) => t.length > 0)
    : [];
}

/** True when every term occurs somewhere in the haystack (already folded). */
export function matchesAll(foldedHaystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => foldedHaystack.includes(t));
}

/** True when `phrase` occurs in `text` as whole words, ignoring case and accents. */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = foldText(phrase).trim();
  if (!p) return false;
  const t = foldText(text);
  let at = t.indexOf(p);
  while (at >= 0) {
    const before = t[at - 1];
    const after = t[at + p.length];
    if (!(before && /[a-z0-9]/.test(before)) && !(after && /[a-z0-9]/.test(after))) return true;
    at = t.indexOf(p, at + 1);
  }
  return false;
}
