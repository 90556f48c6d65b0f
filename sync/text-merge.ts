/**
 * Merging a note's text when it changed on both sides since the last sync, without Yjs history:
 * each side's change is reduced to one replaced range of the common base, and both are applied.
 * Yjs merges concurrent edits of the shared `Y.Text` itself; this is for the one place where the
 * bridge sees two plain strings (the local note and the shared text) and their last common text.
 */

/** One contiguous change: `base.slice(start, end)` replaced by `insert`. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** The smallest single-range edit turning `from` into `to`, or null when they are equal. */
export function diffText(from: string, to: string): TextEdit | null {
  if (from === to) return null;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  // Never split a surrogate pair: widen the edit by one unit on either side if it would.
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLowSurrogate(from.charCodeAt(from.length - tail))) tail--;
  return { start, end: from.length - tail, insert: to.slice(start, to.length - tail) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Applies an edit to the text it was made against. */
export function applyEdit(text: string, edit: TextEdit | null): string {
  return edit ? text.slice(0, edit.start) + edit.insert + text.slice(edit.end) : text;
}

/**
 * Both sides' changes of `base` in one text. Disjoint edits both apply; overlapping ones keep the
 * shared side's result and add the local insertion right after it, so no typed text is lost.
 */
export function mergeText(base: string, local: string, shared: string): string {
  const mine = diffText(base, local);
  const theirs = diffText(base, shared);
  if (!mine) return shared;
  if (!theirs) return local;
  if (mine.start === theirs.start && mine.end === theirs.end && mine.insert === theirs.insert) return shared;
  if (mine.end <= theirs.start) {
    return applyEdit(applyEdit(base, theirs), mine);
  }
  if (theirs.end <= mine.start) {
    const shift = theirs.insert.length - (theirs.end - theirs.start);
    return applyEdit(applyEdit(base, theirs), { start: mine.start + shift, end: mine.end + shift, insert: mine.insert });
  }
  // Overlap: the shared result, then what the reader typed here in place of what they removed.
  const afterTheirs = theirs.start + theirs.insert.length;
  const merged = applyEdit(base, theirs);
  return merged.slice(0, afterTheirs) + mine.insert + merged.slice(afterTheirs);
}
