/**
 * Whether a position lies inside quoted speech. Council stories quote people at length, often
 * over several paragraphs that each open with a quotation mark, so parity is counted per paragraph.
 * Many British papers quote with single marks ('We will appeal,' she said), which are also
 * apostrophes: a single mark opens a quote only after a space or the start of a line and before a
 * letter, and the quote ends at the next single mark with no letter straight after it, or
 * at the end of the paragraph.
 */
import { L } from '../letters';
import { testNative, warmRegExp } from '../native-regexp';

/** Answers "is this offset inside quotation marks?" for one article text. */
export interface QuoteIndex {
  inside(pos: number, paraStart: number): boolean;
}

const SINGLE_OR_BREAK_RE = /['‘’]|\n/g;
const LETTER_OR_DIGIT_RE = new RegExp(String.raw`[${L}0-9]`, 'u');
const LETTER_RE = new RegExp(`[${L}]`, 'u');

/** Spans [start, end) quoted with single marks, in order. */
function singleQuoteSpans(text: string): number[] {
  const spans: number[] = [];
  let open = -1;
  for (const m of text.matchAll(warmRegExp(SINGLE_OR_BREAK_RE, text))) {
    const i = m.index;
    if (m[0] === '\n') {
      if (open >= 0) spans.push(open, i);
      open = -1;
      continue;
    }
    const before = text[i - 1] ?? '\n';
    const after = text[i + 1] ?? '';
    if (open < 0) {
      // Before a letter only: "the '80s" abbreviates a decade.
      if (m[0] !== '’' && /[\s(—–-]/.test(before) && testNative(LETTER_RE, after)) open = i;
    } else if (m[0] !== '‘' && !testNative(LETTER_OR_DIGIT_RE, after)) {
      spans.push(open, i + 1);
      open = -1;
    }
  }
  if (open >= 0) spans.push(open, text.length);
  return spans;
}

/** Index every quotation mark once; queries are binary searches. */
export function indexQuotes(text: string): QuoteIndex {
  const marks: number[] = [];
  for (const m of text.matchAll(/["“”]/g)) marks.push(m.index);
  const spans = singleQuoteSpans(text);
  /** How many entries of a sorted list are below `pos`. */
  const countBefore = (list: number[], pos: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    // Inside a single-quoted span when an odd number of its bounds lie at or before the position.
    inside: (pos, paraStart) => (countBefore(marks, pos) - countBefore(marks, paraStart)) % 2 === 1 || countBefore(spans, pos + 1) % 2 === 1,
  };
}
