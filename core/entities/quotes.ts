/**
 * Whether a position lies inside quoted speech. Council stories quote people at length, often
 * over several paragraphs that each open with a quotation mark, so parity is counted per paragraph.
 */

/** Answers "is this offset inside quotation marks?" for one article text. */
export interface QuoteIndex {
  inside(pos: number, paraStart: number): boolean;
}

/** Index every double quotation mark once; queries are binary searches. */
export function indexQuotes(text: string): QuoteIndex {
  const marks: number[] = [];
  for (const m of text.matchAll(/["“”]/g)) marks.push(m.index);
  const countBefore = (pos: number): number => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    inside: (pos, paraStart) => (countBefore(pos) - countBefore(paraStart)) % 2 === 1,
  };
}
