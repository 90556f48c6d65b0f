/**
 * A page's visible date line, for pages that give their publication time nowhere else (no meta tag,
 * no JSON-LD, no `<time>`): "Published 21st May 2026, 08:00 BST", "May 21, 2026 8:05 a.m. EDT".
 * A zone the line names is applied; a line with none is read as UTC, and one with no clock as midnight.
 */
import { MONTHS } from '../figures/dates';

/** The month a word names, whole or cut short ("Sept", "Oct"), or -1 ("Mayors" names none). */
const monthOf = (word: string): number => {
  const w = word.toLowerCase();
  return w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
};
/** Hours to add to a zone's local time to reach UTC. */
const ZONES: Record<string, number> = { utc: 0, gmt: 0, bst: -1, ist: -1, cet: -1, cest: -2, est: 5, edt: 4, cst: 6, cdt: 5, mst: 7, mdt: 6, pst: 8, pdt: 7 };
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const MONTH_DAY = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const CLOCK = /\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\b\.?)?(?:\s+([a-z]{3,4})\b)?/i;
/** Longer than this, an element is prose or a block, not a date line. */
const LINE_MAX = 80;

/** The instant a date line gives, as an ISO string, or null when it holds no whole date. */
export function dateFromLine(line: string): string | null {
  if (line.length > LINE_MAX) return null;
  const dm = DAY_MONTH.exec(line);
  const md = dm ? null : MONTH_DAY.exec(line);
  const [day, monthWord, year] = dm ? [dm[1]!, dm[2]!, dm[3]!] : md ? [md[2]!, md[1]!, md[3]!] : [];
  const month = monthWord ? monthOf(monthWord) : -1;
  if (month < 0 || !day || !year) return null;
  const clock = CLOCK.exec(line.replace(dm?.[0] ?? md?.[0] ?? '', ' '));
  let hours = clock ? (Number(clock[1]) % 12) + (clock[3]?.toLowerCase() === 'p' ? 12 : 0) : 0;
  if (clock && !clock[3]) hours = Number(clock[1]);
  const zone = clock?.[4] ? ZONES[clock[4].toLowerCase()] : 0;
  const ms = Date.UTC(Number(year), month, Number(day), hours + (zone ?? 0), clock ? Number(clock[2]) : 0);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The first short element whose class names a date that reads as one (see the module's comment). */
export function findDateLine(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class*="date"], [class*="published"], [class*="timestamp"]')).slice(0, 12)) {
    const found = dateFromLine((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (found) return found;
  }
  return null;
}
