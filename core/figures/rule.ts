import { execNative } from '../native-regexp';
import type { FigureKind } from '../model/analysis';
import type { Dollar } from './dollar-currency';
import { L } from '../letters';

/** What a rule makes of a match: the figure's length (it may keep less than it matched) and value. */
export interface RuleResult {
  length: number;
  kind: FigureKind;
  value: number | string | null;
  unit: string | null;
}

/** A figure already found in the paragraph (offsets within the paragraph). */
export interface FoundFigure {
  start: number;
  end: number;
  kind: FigureKind;
  unit: string | null;
}

/**
 * Context a rule may look at: the paragraph being scanned, the figures found before this point (a
 * bare number in "by six votes to three" takes its unit from the count before it) and the
 * article's reference date.
 */
export interface ScanContext {
  paragraph: string;
  /** The paragraph lower-cased, same length: rule expressions run on it (see `anchored.ts`). */
  lower: string;
  found: readonly FoundFigure[];
  /** Published date of the article ({year, month, day}), used to give dates without a year one. */
  reference: { year: number; month: number; day: number } | null;
  /** The article writes money in dollars and never in pounds ("$", no "£" or "sterling"): its "pounds" weigh. */
  poundsWeigh: boolean;
  /** The currency of the article's "$" and "dollars" (see dollar-currency.ts). */
  dollar: Dollar;
}

/** What a scan knows of the whole article: the {@link ScanContext} fields that are the same for every paragraph. */
export type ArticleFacts = Pick<ScanContext, 'reference' | 'poundsWeigh' | 'dollar'>;

/**
 * One kind of figure: a regular-expression source and a function that turns a match at a given
 * position into a figure, or rejects it. The source is matched, anchored, against the lower-cased
 * paragraph without the `u` or `i` flags: write literals in lower case; `\p{L}` and `\p{Ll}` are
 * allowed (rewritten to letter ranges); named groups and `m[0]` come back in the original case.
 */
export interface FigureRule {
  name: string;
  source: string;
  interpret(match: RegExpExecArray, ctx: ScanContext): RuleResult | null;
}

/** At most `window` characters of `text` before `index`: look-behind stays bounded, so rules stay linear. */
export function textBefore(text: string, index: number, window: number): string {
  return text.slice(Math.max(0, index - window), index);
}

const WORD_BEFORE = new RegExp(String.raw`([${L}\d]+)\.?\s*$`, 'u');

/** The word right before `index` in `text`, lower-cased ("" at the start). */
export function wordBefore(text: string, index: number): string {
  const m = execNative(WORD_BEFORE, text.slice(Math.max(0, index - 40), index));
  return m ? m[1]!.toLowerCase() : '';
}
