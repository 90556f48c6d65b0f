/**
 * Finds which officials a piece of text (a quote or a note) names: by full name, alias, surname or a
 * surface form seen in the article. Whole words only, case-insensitive, so "Hall" does not match
 * "Hallam" and "Cllr Hall's" still matches "Hall".
 */
import type { OfficialRecord } from '../model/records';

/** An official with the compiled pattern that finds their names in text. */
export interface OfficialMatcher {
  official: OfficialRecord;
  test(text: string): boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The last word of a name, ignoring post-nominals such as "MP" and "OBE" that follow it. */
export function surnameOf(name: string): string | null {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(MP|MSP|MS|AM|OBE|MBE|CBE|KC|QC|JP)$/.test(w));
  if (words.length < 2) return null;
  const last = (words[words.length - 1] ?? '').replace(/[.,]+$/, '');
  // Initials alone are too ambiguous to count as a surname.
  return last.length >= 2 ? last : null;
}

/** Compiles a matcher for `official`, adding any extra surface forms (e.g. from mentions). */
export function officialMatcher(official: OfficialRecord, extraForms: readonly string[] = []): OfficialMatcher {
  const names = new Set<string>();
  for (const n of [official.name, ...official.aliases, ...extraForms]) {
    const t = n.trim().replace(/['’]s$/u, '');
    if (t.length >= 2) names.add(t);
  }
  const surname = surnameOf(official.name);
  if (surname) names.add(surname);
  if (names.size === 0) return { official, test: () => false };
  // Longest first so the alternation prefers full names; whitespace in names matches any whitespace.
  const alternation = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'))
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'iu');
  return { official, test: (text) => re.test(text) };
}

/** The officials in `matchers` that `text` names, in the order given. */
export function officialsNamedIn(text: string, matchers: readonly OfficialMatcher[]): OfficialRecord[] {
  return matchers.filter((m) => m.test(text)).map((m) => m.official);
}
