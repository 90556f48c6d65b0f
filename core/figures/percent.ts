import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule } from './rule';

/**
 * Percentages: "4.99%", "6 percent", "6 per cent", "five per cent", "5pc", and changes in percentage
 * points ("2.5 percentage points", unit "percentage-point").
 */
export const percentRule: FigureRule = {
  name: 'percent',
  source: String.raw`${NUMBER_START}(?<n>${NUMBER})(?:\s?(?:%|per[\s\-]?cent(?![\p{L}])|pc(?![\p{L}\d]))|[\s\-]?(?<pp>percentage[\s\-]points?)(?![\p{L}]))`,
  interpret(m) {
    const value = parseNumber(m.groups!.n!);
    if (value === null) return null;
    const unit = m.groups!.pp ? 'percentage-point' : '%';
    return { length: m[0].length, kind: 'percent', value, unit };
  },
};
