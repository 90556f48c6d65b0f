import { parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { L } from '../letters';

/** A fact-box label before the colon: a few words, a letter first, no sentence punctuation. */
const LABEL_RE = new RegExp(String.raw`^[${L}][${L}\d'’ \u00A0-]{1,48}:[ \u00A0]*$`, 'u');

/**
 * A bare number that a fact box's label names, as the whole of its line (kind `count`, unit null):
 * "Objections received: 412", "Homes: 300". A number that ends a line without a label, or one
 * inside a sentence, is not counted (it would be a page number, a score or a reference).
 */
export const labelledCountRule: FigureRule = {
  name: 'labelled-count',
  source: String.raw`(?<![\p{L}\d.,£$€\/:\-])(?<n>\d{1,3}(?:,\d{3})+|\d+)[ \u00A0]*$`,
  interpret(m, ctx) {
    if (!LABEL_RE.test(ctx.paragraph.slice(0, m.index))) return null;
    const value = parseNumber(m.groups!.n!);
    return value === null ? null : { length: m.groups!.n!.length, kind: 'count', value, unit: null };
  },
};
