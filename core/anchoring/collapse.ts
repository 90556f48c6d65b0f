/**
 * Whitespace-collapsed text with a map back to the raw text, so offsets in text as the extractor
 * printed it (runs of whitespace as one space, trimmed) can be turned into offsets in the DOM text.
 */

/** Soft hyphens and zero-width characters: invisible, and extractors differ on keeping them. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The characters JavaScript's `\s` matches, &nbsp; included (char codes: this runs per character). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Collapsed text and, for each of its UTF-16 units, the index of that unit in the raw text. */
export interface CollapsedText {
  text: string;
  toRaw: Int32Array;
}

/**
 * Collapses whitespace runs to one space, trims, and drops soft hyphens and zero-width characters.
 * A collapsed space maps to the first whitespace unit of its run.
 */
export function collapse(raw: string): CollapsedText {
  // Pages are megabytes of text, mostly printable ASCII with single spaces: such text is kept
  // verbatim and copied with one slice per stretch; only other runs (several spaces, line breaks,
  // &nbsp;, invisible characters, the edges) cut the text into pieces.
  const out: string[] = [];
  const toRaw = new Int32Array(raw.length);
  let n = 0;
  let from = 0; // start of the stretch copied verbatim
  let run = -1; // start of the current run of whitespace and invisible characters, or -1
  let space = -1; // its first whitespace unit, or -1
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) {
      const invisible = isInvisible(c);
      if (invisible || isSpace(c)) {
        if (run < 0) {
          run = i;
          space = -1;
        }
        if (!invisible && space < 0) space = i;
        continue;
      }
    }
    if (run >= 0) {
      if (n > 0 && i === run + 1 && raw.charCodeAt(run) === 0x20) toRaw[n++] = run;
      else {
        // The run becomes one space (none at the start) mapped to its first whitespace unit;
        // invisible characters alone join the text on either side.
        if (run > from) out.push(raw.slice(from, run));
        if (n > 0 && space >= 0) {
          out.push(' ');
          toRaw[n++] = space;
        }
        from = i;
      }
      run = -1;
    }
    toRaw[n++] = i;
  }
  const end = run >= 0 ? run : raw.length;
  if (end > from) out.push(raw.slice(from, end));
  return { text: out.join(''), toRaw: toRaw.subarray(0, n) };
}

/** Number of collapsed units whose raw index is below `rawOffset` (binary search). */
export function collapsedOffset(c: CollapsedText, rawOffset: number): number {
  let lo = 0;
  let hi = c.toRaw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((c.toRaw[mid] as number) < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Raw offsets of the collapsed range [start, end): from the first unit's raw index to just after
 * the last unit's, so collapsed whitespace at either edge is not pulled in. Null if empty.
 */
export function rawRange(c: CollapsedText, start: number, end: number): { start: number; end: number } | null {
  if (end <= start || start < 0 || end > c.toRaw.length) return null;
  return { start: c.toRaw[start] as number, end: (c.toRaw[end - 1] as number) + 1 };
}
