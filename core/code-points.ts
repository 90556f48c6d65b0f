/**
 * UTF-16 units versus Unicode code points. The extension stores positions in UTF-16 units (what
 * JavaScript string indices count); the W3C model counts code points, so an emoji is 2 units but 1 point.
 */

/** The number of code points in `text` (a lone surrogate counts as one, as `[...text]` does). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code-point offset matching UTF-16 offset `offset` in `text` (clamped to the text). */
export function utf16ToCodePointOffset(text: string, offset: number): number {
  return codePointLength(text.slice(0, Math.max(0, Math.min(offset, text.length))));
}

/** The UTF-16 offset matching code-point offset `offset` in `text` (clamped to the text). */
export function codePointToUtf16Offset(text: string, offset: number): number {
  let units = 0;
  let points = 0;
  while (points < offset && units < text.length) {
    const c = text.charCodeAt(units);
    const d = text.charCodeAt(units + 1);
    units += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    points++;
  }
  return units;
}
