/**
 * Whitespace-collapsed text with a map back to the raw text, so offsets in text as the extractor
 * printed it (runs of whitespace as one space, trimmed) can be turned into offsets in the DOM text.
 */

/** Soft hyphens and zero-width characters: invisible, and extractors differ on keeping them. */
const INVISIBLE = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
/** A run collapsing changes: two or more spaces or invisible characters, or one that is not a plain space. */
const CHANGED_RUN = new RegExp(`[\\s${INVISIBLE}]{2,}|[^\\S ]|[${INVISIBLE}]`, 'g');
const LEADING_RUN = new RegExp(`^[\\s${INVISIBLE}]+`);
const TRAILING_RUN = new RegExp(`[\\s${INVISIBLE}]+$`);
/** Whitespace that is not invisible (JavaScript's `\s` includes U+FEFF, which is). */
const SPACE = /[^\S\ufeff]/;

/**
 * Collapsed text and its map back to the raw text, as pieces that run in step with it: collapsed
 * unit `k` in the piece starting at `pieceStarts[j]` is raw unit `rawStarts[j] + k - pieceStarts[j]`.
 */
export interface CollapsedText {
  text: string;
  pieceStarts: readonly number[];
  rawStarts: readonly number[];
}

/**
 * Collapses whitespace runs to one space, trims, and drops soft hyphens and zero-width characters.
 * A collapsed space maps to the first whitespace unit of its run.
 *
 * Pages are megabytes of text, mostly printable characters with single spaces: that text is kept
 * as it is and mapped a piece at a time, and only the runs collapsing changes (found by one native
 * regular-expression scan) cut it, so nothing here runs per character.
 */
export function collapse(raw: string): CollapsedText {
  const parts: string[] = [];
  const pieceStarts: number[] = [];
  const rawStarts: number[] = [];
  let n = 0;
  const keep = (rawStart: number, length: number) => {
    if (length <= 0) return;
    const last = pieceStarts.length - 1;
    // A piece that goes on in step with the one before joins it.
    if (last < 0 || (rawStarts[last] as number) + n - (pieceStarts[last] as number) !== rawStart) {
      pieceStarts.push(n);
      rawStarts.push(rawStart);
    }
    n += length;
  };
  const start = LEADING_RUN.exec(raw)?.[0].length ?? 0;
  const end = start === raw.length ? start : raw.length - (TRAILING_RUN.exec(raw)?.[0].length ?? 0);
  let from = start;
  CHANGED_RUN.lastIndex = start;
  for (let m = CHANGED_RUN.exec(raw); m && m.index < end; m = CHANGED_RUN.exec(raw)) {
    parts.push(raw.slice(from, m.index));
    keep(from, m.index - from);
    // The run becomes one space mapped to its first whitespace unit; invisible characters alone
    // join the text on either side.
    const space = m[0].search(SPACE);
    if (space >= 0) {
      parts.push(' ');
      keep(m.index + space, 1);
    }
    from = m.index + m[0].length;
  }
  parts.push(raw.slice(from, end));
  keep(from, end - from);
  return { text: parts.join(''), pieceStarts, rawStarts };
}

/** The raw index of collapsed unit `k` (0 <= k < text length). */
function rawIndex(c: CollapsedText, k: number): number {
  let lo = 0;
  let hi = c.pieceStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((c.pieceStarts[mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return (c.rawStarts[lo] as number) + k - (c.pieceStarts[lo] as number);
}

/** Number of collapsed units whose raw index is below `rawOffset` (binary search over the pieces). */
export function collapsedOffset(c: CollapsedText, rawOffset: number): number {
  // The last piece starting below the offset; raw starts rise with the pieces.
  let lo = 0;
  let hi = c.rawStarts.length - 1;
  let j = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((c.rawStarts[mid] as number) < rawOffset) {
      j = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (j < 0) return 0;
  const pieceStart = c.pieceStarts[j] as number;
  const pieceEnd = c.pieceStarts[j + 1] ?? c.text.length;
  return pieceStart + Math.min(rawOffset - (c.rawStarts[j] as number), pieceEnd - pieceStart);
}

/**
 * Raw offsets of the collapsed range [start, end): from the first unit's raw index to just after
 * the last unit's, so collapsed whitespace at either edge is not pulled in. Null if empty.
 */
export function rawRange(c: CollapsedText, start: number, end: number): { start: number; end: number } | null {
  if (end <= start || start < 0 || end > c.text.length) return null;
  return { start: rawIndex(c, start), end: rawIndex(c, end - 1) + 1 };
}
