import { plainSource } from './anchored';
import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule } from './rule';

/**
 * Unit spellings and the unit they normalise to, longest first (the expression tries them in
 * order, so "miles per hour" wins over "miles" and "square feet" over "feet").
 */
// prettier-ignore
const UNITS: [string, string][] = [
  [String.raw`miles?\s+(?:per|an)\s+hour|mph`, 'mph'],
  [String.raw`km\/h|kph|kmh|kilomet(?:re|er)s?\s+(?:per|an)\s+hour`, 'km/h'],
  [String.raw`square[\s\-](?:metres?|meters?)|sq\.?\s?m(?![\p{L}])|sqm|m²|m2`, 'square metre'],
  [String.raw`square[\s\-](?:feet|foot)|sq\.?\s?ft|sqft|ft²`, 'square foot'],
  [String.raw`kilowatt[\s\-]hours?|kwh`, 'kWh'],
  [String.raw`megawatts?|mw`, 'MW'],
  [String.raw`miles?`, 'mile'],
  [String.raw`kilomet(?:re|er)s?|km`, 'kilometre'],
  [String.raw`met(?:re|er)s?|m(?=\s+(?:high|tall|long|wide|deep)(?![\p{L}]))`, 'metre'],
  [String.raw`feet|foot|ft`, 'foot'],
  [String.raw`inch(?:es)?`, 'inch'],
  [String.raw`tonnes?|tons?`, 'tonne'],
  [String.raw`kilograms?|kilos?|kg`, 'kilogram'],
  [String.raw`hectares?|ha`, 'hectare'],
  [String.raw`acres?`, 'acre'],
  [String.raw`lit(?:re|er)s?`, 'litre'],
  [String.raw`gallons?`, 'gallon'],
];

/** Each spelling as an anchored test on the lower-cased unit text, built on first use. */
let unitTests: { re: RegExp; unit: string }[] | null = null;

/** The normalised unit of a spelling ("mph", "sq ft" -> "square foot"). */
function unitOf(spelling: string): string | null {
  const lower = spelling.toLowerCase();
  if (lower === 'm') return 'metre'; // only matched before "high", "long"...
  unitTests ??= UNITS.map(([source, unit]) => ({ re: new RegExp(`^(?:${plainSource(source)})$`), unit }));
  return unitTests.find((t) => t.re.test(lower))?.unit ?? null;
}

/** Units written out as one, of which a part is counted ("half a mile", "a mile and a half"), as an alternation. */
export const PART_UNITS = 'mile|kilometre|kilometer|metre|meter|tonne|acre|hectare|litre|liter|gallon';
/** "half a mile", "half an acre", "three-quarters of a mile", "a quarter of an acre": a part of one unit, written out. */
const HALF = String.raw`(?<![\p{L}\d])(?<part>half|(?:a|one|three)[\s-]quarters?\s+of)\s+an?\s+(?<hu>${PART_UNITS})`;
/** "a mile and a half", "an acre and a half": one unit and a half (though "a mile" alone is no figure). */
const ONE_AND_HALF = String.raw`(?<![\p{L}\d])an?\s+(?<ah>${PART_UNITS})\s+and\s+a\s+half`;
/** The value of a part written out before "a mile". */
const partValue = (part: string): number => (part === 'half' ? 0.5 : part.startsWith('three') ? 0.75 : 0.25);

/**
 * Measures (kind `measure`, value the number, unit from a closed list): "a 12-tonne lorry"
 * ("12-tonne"), "3.5 miles", "40mph", "a 20mph limit", "2.4 hectares", "500 sq ft", "a 6ft fence",
 * "a 6-acre park", "three miles", "2.6 million tonnes", "half a mile" (0.5 mile), "three-quarters of a mile",
 * "a mile and a half" (1.5 mile). Bare "m" is metres only before "high", "long"... ("a 5m wall"
 * is read as money or millions elsewhere), and "in" is never inches.
 */
export const measureRule: FigureRule = {
  name: 'measure',
  source: String.raw`(?:${NUMBER_START}(?<n>${NUMBER}(?:[\s-](?:thousand|million|billion)(?![\p{L}]))?)(?:\s?|-)(?<u>${UNITS.map(([s]) => s).join('|')})|${HALF}|${ONE_AND_HALF})(?![\p{L}\d²])`,
  interpret(m) {
    const g = m.groups!;
    const value = g.ah ? 1.5 : g.hu ? partValue(g.part!.toLowerCase()) : parseNumber(g.n!);
    const unit = unitOf(g.ah ?? g.hu ?? g.u!);
    if (value === null || unit === null) return null;
    // "Ten Mile Road", "Six Mile Creek": a unit written as a capitalised word is part of a place's name.
    if (g.u && /^\p{Lu}\p{Ll}/u.test(g.u)) return null;
    return { length: m[0].length, kind: 'measure', value, unit };
  },
};
