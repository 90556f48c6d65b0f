import { parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { L } from '../letters';
import { testNative } from '../native-regexp';

/** A fact-box label before the colon: a few words, a letter first, no sentence punctuation. */
const LABEL_RE = new RegExp(String.raw`^[${L}][${L}\d'’ \u00A0-]{1,48}:[ \u00A0]*$`, 'u');

/** Labels that ask when: "Opened:", "Built:", "Founded:", "First elected:", "Year:". */
const YEAR_LABEL_RE = /\b(?:opened|built|founded|established|since|year|elected|born|introduced|constructed|completed|closed|started)[ \u00A0]*:[ \u00A0]*$/i;

/**
 * A bare number that a fact box's label names, as the whole of its line (kind `count`, unit null):
 * "Objections received: 412", "Homes: 300"; a year where the label asks when ("Opened: 1874"). A number that ends a line without a label, or one
 * inside a sentence, is not counted (it would be a page number, a score or a reference).
 */
export const labelledCountRule: FigureRule = {
  name: 'labelled-count',
  source: String.raw`(?<![\p{L}\d.,£$€\/:\-])(?<n>\d{1,3}(?:,\d{3})+|\d+)[ \u00A0]*$`,
  interpret(m, ctx) {
    const label = ctx.paragraph.slice(0, m.index);
    if (!testNative(LABEL_RE, label)) return null;
    const value = parseNumber(m.groups!.n!);
    if (value === null) return null;
    // "Opened: 1874", "Built: 1962": a label that asks when names a year.
    const kind = testNative(YEAR_LABEL_RE, label) && /^(?:1[0-9]|20)\d\d$/.test(m.groups!.n!) ? 'year' : 'count';
    return { length: m.groups!.n!.length, kind, value, unit: null };
  },
};
