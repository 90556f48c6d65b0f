/**
 * Matching detected people against the reader's watchlist: exact names and aliases first, then a
 * surname (with matching initial) when the article calls the person by title or office.
 */
import type { WatchlistEntry } from '@/core/model/analysis';
import { isInitial } from './not-names';
import { lookupTitle } from './titles';

/** A watchlist entry prepared for matching. */
export interface PreparedEntry {
  entry: WatchlistEntry;
  /** Lower-case names and aliases, titles removed. */
  names: string[];
  /** Original-case name words of the entry's main name, title removed. */
  words: string[];
  surname: string;
  first: string | null;
}

/** Remove leading titles from a watchlist name ("Cllr John Smith" -> "John Smith"). */
export function stripTitles(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  while (words.length > 1 && lookupTitle([words[0]!])) words.shift();
  return words.join(' ');
}

/** Normalise watchlist entries once per article. */
export function prepareWatchlist(entries: readonly WatchlistEntry[] | undefined): PreparedEntry[] {
  return (entries ?? [])
    .filter((e) => e.name.trim())
    .map((entry) => {
      const main = stripTitles(entry.name);
      const words = main.split(' ');
      return {
        entry,
        names: [main, ...(entry.aliases ?? []).map(stripTitles)].map((n) => n.toLowerCase()).filter(Boolean),
        words,
        surname: words[words.length - 1]!,
        first: words.length > 1 ? words[0]! : null,
      };
    });
}

/** True when `name` (as written in the article) is a watchlist name or alias. */
export function isWatchlistName(name: string, prepared: readonly PreparedEntry[]): boolean {
  const n = name.replace(/\s+/g, ' ').toLowerCase();
  return prepared.some((p) => p.names.includes(n));
}

/**
 * The watchlist entry for a detected person: an exact name or alias, else a unique surname match
 * (given name or initial compatible) when `titled` says the article used a title or office.
 */
export function matchEntry(name: string, first: string | null, surname: string, titled: boolean, prepared: readonly PreparedEntry[]): PreparedEntry | null {
  const n = name.toLowerCase();
  const exact = prepared.filter((p) => p.names.includes(n));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1 || !titled) return null;
  const s = surname.toLowerCase();
  const bySurname = prepared.filter((p) => {
    if (p.surname.toLowerCase() !== s) return false;
    if (!first || !p.first) return true;
    const a = first.replace(/\.$/, '').toLowerCase();
    const b = p.first.toLowerCase();
    return isInitial(first) ? a[0] === b[0] : a === b;
  });
  return bySurname.length === 1 ? bySurname[0]! : null;
}
