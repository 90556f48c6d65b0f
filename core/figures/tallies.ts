import { execNative } from '../native-regexp';
import { LABEL_WORDS } from './count-words';
import { countAt } from './counts';
import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule, FoundFigure, RuleResult, ScanContext } from './rule';
import { wordBefore } from './rule';

/** "N of the M <noun>": a share of a counted whole ("29 of the 51 seats", "19 of the jail's 64 posts"). */
const SHARE_LINK = /\s+of\s+(?:the|its|their|our|his|her|all)\s+(?:[a-z]+['’]s\s+)?/iy;
/** "N to M <noun>", "N or M <noun>": a range or tally whose noun follows the second number. */
const RANGE_LINK = /\s+(?:to|or)\s+/iy;
/** "between N and M <noun>". */
const AND_LINK = /\s+and\s+/iy;
/** Between a count and a bare number that completes its tally ("six votes to three", "eight in favour and four"). */
const TALLY_GAP = /^\s*(?:to|against|in\s+favou?r,?\s+(?:and|to|with))\s+$/i;
/** Before a bare number compared with an earlier count of the same sentence ("up from 870"). */
const COMPARISON_GAP =
  /^[^.;!?]*\b(?:(?:up|down|rising|falling|rose|fell|risen|fallen|increased|decreased|dropped|grew|grown)\s+from|compared\s+(?:with|to))\s+$/i;

const RANGE_LABEL = /([\p{L}]+)\s+\d+\s*(?:to|and|-|–)\s*$/u;

/** The label word of a range this number ends ("rooms 4 to 6" -> "rooms"), or "". */
function labelOfRange(text: string, index: number): string {
  const m = execNative(RANGE_LABEL, text.slice(Math.max(0, index - 40), index));
  return m ? m[1]!.toLowerCase() : '';
}

/** The unit of the count right after a linking phrase at `index`, or null. */
function unitAhead(ctx: ScanContext, link: RegExp, index: number): { unit: string; value: number } | null {
  link.lastIndex = index;
  if (!link.exec(ctx.paragraph)) return null;
  const count = countAt(ctx, link.lastIndex);
  return count && typeof count.value === 'number' ? { unit: count.unit!, value: count.value } : null;
}

/**
 * How far back a count may sit and still lend its noun ("1,150 patients were seen..., up from 870").
 * Bounded, so a long run of bare numbers costs the same per number instead of rescanning the run.
 */
const GAP_WINDOW = 160;

/** The last count with a unit that ends within `GAP_WINDOW` characters before `index`, if any. */
function lastCountNear(found: readonly FoundFigure[], index: number): (FoundFigure & { unit: string }) | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.end < index - GAP_WINDOW) return null; // found figures are in order and never overlap
    if (f.kind === 'count' && f.unit !== null) return f as FoundFigure & { unit: string };
  }
  return null;
}

/** The unit of an earlier count in the paragraph that this number completes, or null. */
function unitBehind(ctx: ScanContext, index: number): string | null {
  const last = lastCountNear(ctx.found, index);
  if (!last) return null;
  const gap = ctx.paragraph.slice(last.end, index);
  const adjacent = ctx.found[ctx.found.length - 1] === last && TALLY_GAP.test(gap);
  return adjacent || COMPARISON_GAP.test(gap) ? last.unit : null;
}

/**
 * Bare numbers that count something named next to them: the halves of a tally ("by six votes to
 * three" -> "three" votes; "by 29 to 22 votes" -> "29" votes), a share of a whole ("29 of the 51
 * seats" -> "29" seats), ranges ("between 200 and 300 homes", "two or three councillors") and
 * comparisons in the same sentence ("1,150 patients ..., up from 870" -> 870 patients).
 * The figure is the number alone; the unit is borrowed. Years and labels ("item 7") are left alone.
 */
export const tallyRule: FigureRule = {
  name: 'tally',
  source: String.raw`${NUMBER_START}(?<n>${NUMBER})(?![\p{L}\d%£$€\-]|[.,]\d)`,
  interpret(m, ctx): RuleResult | null {
    const text = m.groups!.n!;
    const value = parseNumber(text);
    if (value === null || value <= 0 || /^(?:19|20)\d\d$/.test(text)) return null;
    const before = wordBefore(ctx.paragraph, m.index);
    if (LABEL_WORDS.has(before) || LABEL_WORDS.has(labelOfRange(ctx.paragraph, m.index))) return null;
    const end = m.index + m[0].length;
    const share = unitAhead(ctx, SHARE_LINK, end);
    // "one of the two votes" reads as a phrase ("one of the best"), so a share starts at two.
    const ahead =
      (share && value > 1 && value <= share.value ? share : null) ??
      unitAhead(ctx, RANGE_LINK, end) ??
      (before === 'between' ? unitAhead(ctx, AND_LINK, end) : null);
    const unit = ahead?.unit ?? unitBehind(ctx, m.index);
    return unit ? { length: m[0].length, kind: 'count', value, unit } : null;
  },
};
