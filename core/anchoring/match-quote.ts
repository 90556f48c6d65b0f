import search from 'approx-string-match';

/**
 * Finding a stored quote in changed page text, after Hypothesis's `match-quote`: exact occurrences
 * first, then approximate matches (Myers' bit-parallel algorithm via approx-string-match), each
 * scored by quote similarity, prefix and suffix similarity and closeness to the old position.
 */

/** What is known about where the quote was. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** The old start offset. */
  hint?: number;
}

/** A placement of the quote in the text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Weighted score in [0, 1]. */
  score: number;
  /** 'quote' for an exact occurrence, 'fuzzy' for an approximate one. */
  method: 'quote' | 'fuzzy';
}

/** Hypothesis's weights: the quote matters most, then its context, then its old position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/**
 * A fuzzy placement below this score is an orphan. Hypothesis has no such floor; without it a
 * deleted quote lands on any text within half-quote-length edits, which happens often in prose.
 */
export const MIN_FUZZY_SCORE = 0.65;
/** Longest pattern searched whole; longer quotes are matched by their ends. */
export const MAX_PATTERN = 256;
/** Length of each end piece of a long quote. */
export const PIECE = 64;
/** Largest stretch of text searched approximately: beyond it, a window around the old position. */
export const MAX_FUZZY_TEXT = 1_000_000;
/** Most exact occurrences scored (the closest to the old position are kept). */
const MAX_CANDIDATES = 1000;

/** Similarity in [0, 1] of `pattern` to its best approximate occurrence in `text`. */
export function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const m = search(text, pattern, pattern.length)[0];
  return m ? 1 - m.errors / pattern.length : 0;
}

/** Context score: an empty stored context carries no evidence either way. */
function contextScore(actual: string, stored: string): number {
  return stored.length === 0 ? 0.5 : similarity(actual, stored);
}

function score(text: string, start: number, end: number, quoteScore: number, ctx: QuoteContext): number {
  const prefix = ctx.prefix ?? '';
  const suffix = ctx.suffix ?? '';
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const hint = ctx.hint ?? start;
  // Clamped: a stored position far past the end (a page that got shorter, an imported selector)
  // must only take away this term's small weight, never push a good match below the orphan floor.
  const posScore = text.length > 0 ? Math.max(0, 1 - Math.abs(start - hint) / text.length) : 1;
  return (
    (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * contextScore(before, prefix) + WEIGHTS.suffix * contextScore(after, suffix) + WEIGHTS.position * posScore) /
    WEIGHT_SUM
  );
}

/** Offsets of every exact occurrence, the closest to `hint` first when there are too many. */
function exactOccurrences(text: string, quote: string, hint: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  if (found.length <= MAX_CANDIDATES) return found;
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, MAX_CANDIDATES);
}

function best(matches: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const m of matches) if (!top || m.score > top.score) top = m;
  return top;
}

/** Approximate candidates [start, end, quoteScore] for a quote up to MAX_PATTERN long. */
function fuzzyShort(text: string, quote: string, offset: number): Array<[number, number, number]> {
  const maxErrors = Math.min(MAX_PATTERN, Math.floor(quote.length / 2));
  return search(text, quote, maxErrors)
    .slice(0, MAX_CANDIDATES)
    .map((m) => [m.start + offset, m.end + offset, 1 - m.errors / quote.length]);
}

/**
 * Approximate candidates for a long quote: its first and last PIECE characters are searched
 * separately (keeping the pattern short bounds the work) and paired when the span between them is
 * within half the quote length of the original. The middle is judged by the span's length only.
 */
function fuzzyLong(text: string, quote: string, offset: number): Array<[number, number, number]> {
  const maxErrors = PIECE / 2;
  const heads = search(text, quote.slice(0, PIECE), maxErrors).slice(0, 50);
  const tails = search(text, quote.slice(-PIECE), maxErrors).slice(0, 50);
  const out: Array<[number, number, number]> = [];
  for (const h of heads) {
    for (const t of tails) {
      const span = t.end - h.start;
      if (span < quote.length / 2 || span > quote.length * 1.5) continue;
      const pieceScore = 1 - (h.errors + t.errors) / (2 * PIECE);
      const lengthScore = 1 - Math.abs(span - quote.length) / quote.length;
      out.push([h.start + offset, t.end + offset, Math.min(pieceScore, lengthScore)]);
    }
  }
  return out;
}

/**
 * Best placement of `quote` in `text`, or null when it cannot be placed (an orphan). Exact
 * occurrences always win over approximate ones; among them, context and position decide.
 */
export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const hint = ctx.hint ?? 0;
  const exact = exactOccurrences(text, quote, hint).map((start) => ({
    start,
    end: start + quote.length,
    score: score(text, start, start + quote.length, 1, ctx),
    method: 'quote' as const,
  }));
  if (exact.length > 0) return best(exact);

  // Bound the approximate search on huge pages to a window around the old position.
  let offset = 0;
  let haystack = text;
  if (text.length > MAX_FUZZY_TEXT) {
    offset = Math.max(0, Math.min(text.length - MAX_FUZZY_TEXT, hint - MAX_FUZZY_TEXT / 2));
    haystack = text.slice(offset, offset + MAX_FUZZY_TEXT);
  }
  const candidates = quote.length > MAX_PATTERN ? fuzzyLong(haystack, quote, offset) : fuzzyShort(haystack, quote, offset);
  const fuzzy = candidates
    .filter(([, , q]) => q >= 0.5)
    .map(([start, end, q]) => ({ start, end, score: score(text, start, end, q, ctx), method: 'fuzzy' as const }));
  const top = best(fuzzy);
  return top && top.score >= MIN_FUZZY_SCORE ? top : null;
}
