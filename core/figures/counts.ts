import { testNative, warmRegExp } from '../native-regexp';
import { PARTY_PLURALS } from '../entities/not-names';
import { matchAt } from './anchored';
import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule, RuleResult, ScanContext } from './rule';
import { wordBefore } from './rule';
import {
  NOT_PLURAL_NOUNS,
  TIME_UNITS,
  IRREGULAR_PLURALS,
  STOP_WORDS,
  OF_HEADS,
  LABEL_WORDS,
  YEAR_CONTEXT,
  YEAR_NOUNS,
  ADJECTIVES,
  ADJECTIVE_ENDING,
  NOUN_MODIFIER_PLURALS,
  OF_COMPOUNDS,
  COMPOUND_ADJECTIVES,
  PARTICIPLE_ADJECTIVES,
} from './count-words';
import { L, LL } from '../letters';

const WORD = String.raw`[\p{L}][\p{L}'’\-]*`;

const LOWER_START = new RegExp(`^[${LL}]`, 'u');
const ALL_LOWER = new RegExp(`^[${LL}]+$`, 'u');

/** Strips a possessive apostrophe ("councils'", "residents’"). */
const bare = (w: string): string => w.replace(/['’]s?$/, '');

/** "grandchildren", "firemen", "townspeople": a compound of an irregular plural. */
const IRREGULAR_COMPOUND = /^[a-z]{3,}(?:children|people|women|men)$/;
const MEN_SINGULARS = new Set(['specimen', 'abdomen', 'regimen', 'stamen', 'acumen', 'cyclamen', 'albumen']);
/** "18 PCSOs", "two MPs": an acronym made plural. */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** True for a lower-case plural noun that can be counted ("homes", "PCSOs", "grandchildren"). */
export function isPluralNoun(word: string): boolean {
  const w = bare(word).toLowerCase();
  // "great-grandchildren", "step-children": a hyphenated compound is plural when its last part is.
  const last = w.slice(w.lastIndexOf('-') + 1);
  if (IRREGULAR_PLURALS.has(w) || IRREGULAR_PLURALS.has(last) || (testNative(IRREGULAR_COMPOUND, last) && !MEN_SINGULARS.has(last))) return true;
  if (testNative(ACRONYM_PLURAL, word)) return true;
  // "the 15 Conservatives": a party's members, counted though capitalised.
  if (PARTY_PLURALS.has(w)) return true;
  if (NOT_PLURAL_NOUNS.has(w) || w.length < 3 || testNative(TIME_UNITS, w)) return false;
  // A capitalised plural is a heading word or a name ("4 Basics", "Seven Tips"), not a counted noun.
  if (!testNative(LOWER_START, word)) return false;
  return IS_PLURALS.has(w) || (/[a-z]s$/.test(w) && !/(ss|us|is)$/.test(w));
}

/** Plurals in "-is", which otherwise marks a singular ("crisis", "basis"). */
const IS_PLURALS = new Set(['taxis', 'skis', 'kiwis']);

/** A possessive names whose things are counted ("14 sheriff's deputies"); it stays out of the unit. */
const POSSESSIVE = new RegExp(`^[${LL}]{3,}['’]s$`, 'u');
const CONTRACTION = /^(?:it|he|she|that|there|what|who|here|where|let)['’]s$/i;

function isModifier(word: string): boolean {
  const w = word.toLowerCase();
  if (testNative(POSSESSIVE, word)) return !testNative(CONTRACTION, word);
  return w.length > 1 && !STOP_WORDS.has(w) && !/['’]/.test(word) && !testNative(TIME_UNITS, w) && !/-old$/.test(w);
}

/**
 * Things a number may count through a hyphen ("a 200-home estate", "a 60-bed ward"): homes, rooms,
 * places and seats. A closed list, because most hyphen compounds are not counts ("a two-state
 * solution", "a three-line whip", "a two-child limit"); sizes such as "a 6-acre park" are measures.
 */
const HYPHEN_NOUNS: Record<string, string> = {
  home: 'homes',
  house: 'houses',
  flat: 'flats',
  dwelling: 'dwellings',
  apartment: 'apartments',
  unit: 'units',
  property: 'properties',
  plot: 'plots',
  lot: 'lots',
  pitch: 'pitches',
  bed: 'beds',
  bedroom: 'bedrooms',
  room: 'rooms',
  classroom: 'classrooms',
  place: 'places',
  seat: 'seats',
  space: 'spaces',
  bay: 'bays',
  // "a 64-berth pontoon", "a 300-mooring harbour".
  berth: 'berths',
  mooring: 'moorings',
  lane: 'lanes',
  court: 'courts',
  screen: 'screens',
  storey: 'storeys',
  story: 'stories',
  floor: 'floors',
  pupil: 'pupils',
  student: 'students',
  officer: 'officers',
  // "a 19-deputy expansion", "a 12-firefighter station".
  deputy: 'deputies',
  firefighter: 'firefighters',
  member: 'members',
  // "a three-councillor ward".
  councillor: 'councillors',
  councilor: 'councilors',
  job: 'jobs',
  school: 'schools',
  site: 'sites',
  shop: 'shops',
  building: 'buildings',
  store: 'stores',
  station: 'stations',
  bus: 'buses',
  camera: 'cameras',
  car: 'cars',
  vehicle: 'vehicles',
  lorry: 'lorries',
  truck: 'trucks',
  hole: 'holes',
  stall: 'stalls',
  // "a 120-night cap" on short-term lets: nights are counted, not a duration's unit.
  night: 'nights',
  // "the 50-page report"; "a 2.5-mill levy", the US property-tax rate counted in mills.
  page: 'pages',
  // "a 40-slide presentation", counted as pages are.
  slide: 'slides',
  mill: 'mills',
  // "a 600-permit cap": licences are counted as they are issued.
  permit: 'permits',
  licence: 'licences',
  license: 'licenses',
  // "a 14-turbine wind farm".
  turbine: 'turbines',
  // "a 120-cow herd", "a 4,960-head hog confinement": a farm's stock, counted.
  cow: 'cows',
  head: 'head',
  // "a 3,200-signature petition".
  signature: 'signatures',
};

/** "200-home estate" counts homes: the singular noun after the hyphen, made plural. */
function hyphenCount(noun: string, numberLength: number, value: number) {
  const unit = HYPHEN_NOUNS[noun];
  return unit ? { length: numberLength + 1 + noun.length, kind: 'count' as const, value, unit } : null;
}

/** A possessive straight before the number ("the state's 1996 ..."). */
const POSSESSIVE_BEFORE_RE = /\w['’]s?\s+$/;

/** "Place " straight before the number, capitalised. */
const SEAT_PLACE_RE = /(?:^|[^A-Za-z])Place[ \u00A0]$/;

/** "would house 3,200 hogs", "to house 40 families": the verb, not a house's number. */
const HOUSE_VERB_RE = /\b(?:would|will|could|can|may|might|to)[ \u00A0]+house[ \u00A0]+$/;

/** "no " in lower case straight before the number. */
const LOWER_NO_RE = /(?:^|[^A-Za-z])no[ \u00A0]+$/;

/** Each word of the text after a number (compiled once, not per match). */
const TAIL_WORD_RE = new RegExp(String.raw`\s+([${L}][${L}'’\-]*)`, 'gu');

/** True when a modifier is part of the counted noun ("recycling centres") rather than an adjective. */
function isNounModifier(word: string): boolean {
  const w = word.toLowerCase();
  if (!testNative(ALL_LOWER, word)) return false;
  return COMPOUND_ADJECTIVES.has(w) || (!ADJECTIVES.has(w) && !PARTICIPLE_ADJECTIVES.has(w) && !testNative(ADJECTIVE_ENDING, w));
}

/** A full stop (not "No."'s) closes the text just before `index`. */
const sentenceEndBefore = (text: string, index: number): boolean => /(?<![Nn]o)\.\s+$/.test(text.slice(Math.max(0, index - 6), index));

/**
 * Counts: a number and the plural noun it counts ("350 jobs", "two major vacancies" -> "vacancies",
 * "19 heads of service", "40,000 residents", "1.2 million people", "a dozen residents",
 * "140 police staff posts", "14 sheriff's deputies" -> "deputies", "a 200-home estate" -> "homes").
 * Up to four words may describe the noun. Labels ("No 10", "page 5"), ages and ordinals are not counts.
 */
export const countRule: FigureRule = {
  name: 'count',
  source: String.raw`${NUMBER_START}(?<n>(?:(?:a|two|three|four|five|six|half\s+a)\s+)?dozen|${NUMBER}(?:\s(?:hundred|thousand|million|billion)(?![\p{L}]))?)(?:-(?<hy>\p{Ll}{3,})(?=,?\s+\p{L}|,\s+\d)|(?<tail>(?:\s+${WORD}){1,5}))`,
  interpret(m, ctx) {
    const g = m.groups!;
    const numberText = g.n!;
    // "the children's ward. Six cubicles": a full stop after a label word ends its sentence; only "No." is abbreviated.
    const before = sentenceEndBefore(ctx.paragraph, m.index) ? '' : wordBefore(ctx.paragraph, m.index);
    // "No 10", "No. 3" label; a lower-case "no" before a count is a determiner ("there are no 140 jobs").
    if (
      LABEL_WORDS.has(before) &&
      !(before === 'no' && testNative(LOWER_NO_RE, ctx.paragraph.slice(Math.max(0, m.index - 4), m.index))) &&
      !testNative(HOUSE_VERB_RE, ctx.paragraph.slice(Math.max(0, m.index - 16), m.index))
    )
      return null;
    // "the county's 911 dispatch center", "911 levy passes": the emergency number names a service, it counts nothing.
    // "Place 3 incumbent X": a Texas board's numbered seat (capitalised; "could place 40 families" counts).
    if (numberText === '911' || testNative(SEAT_PLACE_RE, ctx.paragraph.slice(Math.max(0, m.index - 6), m.index))) return null;
    // ("the state's 1996 constitutional amendment", "the council's 2024 budget", "with a 2019 staff": a year, not a count;
    // so is one before a noun a year describes, or a participle and one: "with 2025 assessed values".)
    const lead = /^\s+(\S+)(?:\s+(\S+))?/.exec(g.tail ?? '');
    const yearNoun = (w: string | undefined): boolean => YEAR_NOUNS.has(w?.toLowerCase() ?? '');
    if (
      /^(?:19|20)\d{2}$/.test(numberText) &&
      (YEAR_CONTEXT.has(before) ||
        before === 'a' ||
        testNative(POSSESSIVE_BEFORE_RE, ctx.paragraph.slice(Math.max(0, m.index - 4), m.index)) ||
        yearNoun(lead?.[1]) ||
        // "will appear on 2026 tax notices", "the 2021 census figures": the year of a tax or a census, and what it names.
        (YEAR_OF_WORDS.has(lead?.[1]?.toLowerCase() ?? '') && !!lead?.[2]) ||
        (/ed$/i.test(lead?.[1] ?? '') && yearNoun(lead?.[2])))
    )
      return null;
    const value = parseNumber(numberText);
    if (value === null || value === 1) return null;
    if (g.hy) return hyphenCount(g.hy, numberText.length, value);
    const words = [...g.tail!.matchAll(warmRegExp(TAIL_WORD_RE, g.tail!))].map((w) => ({
      word: w[1]!,
      end: w.index! + w[0].length - (w[1]!.length - bare(w[1]!).length),
    }));
    if (words[0]?.word.toLowerCase() === 'times') return occurrences(words, numberText.length, value);
    // "999 calls", "911 calls": the number names the line called, it counts nothing.
    if (EMERGENCY_LINES.has(numberText) && /^calls?$/i.test(words[0]?.word ?? '')) return null;
    // Up to four words may describe what is counted ("612 active short-term rental permits", "60 police community support officers").
    for (let i = 0; i < Math.min(words.length, 5); i++) {
      const { word } = words[i]!;
      // "1,100 head of cattle": livestock are counted by the head.
      if (word === 'head' && words[i + 1]?.word === 'of' && LIVESTOCK.has(words[i + 2]?.word.toLowerCase() ?? ''))
        return countResult(words, i, numberText.length, value);
      if (isPluralNoun(word)) {
        const next = words[i + 1]?.word;
        // "two children's centres", "468 lodgers' tax registrations": a plural possessive names whose the counted things are.
        const after = words[i + 2]?.word;
        if (next && /['’]s?$/.test(word) && (isPluralNoun(next) || (isModifier(next) && !!after && isPluralNoun(after)))) continue;
        // "police officers", "police staff posts", "police community support officers": a people-noun
        // may name the kind of what follows, up to three words on.
        if (NOUN_MODIFIER_PLURALS.has(word.toLowerCase()) && laterPlural(words, i)) continue;
        return countResult(words, i, numberText.length, value);
      }
      // "214 refuse and recycling workers": two modifiers joined by "and" describe one noun.
      // ("four Airbnbs and five neighbours": a number after "and" starts a count of its own.)
      if (
        word === 'and' &&
        i > 0 &&
        isModifier(words[i - 1]!.word) &&
        words[i + 1] &&
        isModifier(words[i + 1]!.word) &&
        parseNumber(words[i + 1]!.word) === null
      )
        continue;
      // "41 code of conduct complaints": a known compound joined by "of" describes the noun as one word does.
      if (word === 'of' && i > 0 && words[i + 1] && OF_COMPOUNDS.has(`${words[i - 1]!.word.toLowerCase()} of ${words[i + 1]!.word.toLowerCase()}`)) {
        i++;
        continue;
      }
      if (!isModifier(word)) return null;
    }
    return null;
  },
};

/** A plural noun within three words after `i`, with only modifiers between ("police community support officers"). */
function laterPlural(words: readonly { word: string }[], i: number): boolean {
  // "four people means firefighters": people, men and women name a kind only straight before the noun ("women councillors"),
  // and so do plurals made with "s" ("public works positions"; "nine parks across three states" counts parks).
  const kind = words[i]!.word.toLowerCase();
  // ("a county of 31,000 people deserves ...": after "people" a word in "s" is the verb.)
  if (kind === 'people') return false;
  const reach = PEOPLE_NOUNS.has(kind) || kind.endsWith('s') ? 2 : 4;
  for (let j = i + 1; j < Math.min(words.length, i + reach); j++) {
    const w = words[j]!.word;
    const l = w.toLowerCase();
    if (isPluralNoun(w)) return !IRREGULAR_PLURALS.has(l) || NOUN_MODIFIER_PLURALS.has(l);
    if (!isModifier(w)) return false;
  }
  return false;
}

/** Animals a farm counts by the head. */
const LIVESTOCK = new Set(['cattle', 'sheep', 'livestock', 'bison', 'horses', 'hogs', 'pigs', 'goats', 'deer', 'elk', 'cows', 'steers']);

/** Words a year names the period of, before the noun they describe ("2026 tax notices", "the 2021 census results"). */
const YEAR_OF_WORDS = new Set(['tax', 'census', 'fiscal']);

const PEOPLE_NOUNS = new Set(['people', 'women', 'men']);

/** The periods of a frequency ("four times a day"). */
const PERIOD_RE = /^(?:day|week|fortnight|month|year|night|term|session|season)$/i;

/** Emergency numbers ("999 calls", "911 calls"); "112 calls" or "101 calls" are as often a count. */
const EMERGENCY_LINES = new Set(['999', '911']);

/** After "N times", words that make it a multiplier ("three times the rate", "twice as many"), not a count. */
const MULTIPLIER_NEXT = new Set([
  'the',
  'a',
  'an',
  'as',
  'more',
  'less',
  'fewer',
  'higher',
  'lower',
  'bigger',
  'larger',
  'greater',
  'smaller',
  'faster',
  'over',
  'that',
  'than',
  'what',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
]);

/** Periods after "N times this" that say when, not what is multiplied. */
const THIS_PERIOD_RE = /^(?:year|month|week|summer|winter|spring|autumn|fall|season|term|session|morning|afternoon|evening|weekend|quarter|decade|century)$/i;

/** "visits were cancelled five times": how often something happened, counted in "times". */
function occurrences(words: { word: string; end: number }[], numberLength: number, value: number) {
  const next = words[1]?.word.toLowerCase();
  // "four times a day" is how often, a count; "four times a year's worth" or "three times the rate" multiply.
  const often = (next === 'a' || next === 'an') && testNative(PERIOD_RE, words[2]?.word ?? '');
  // "cancelled five times this summer" happened in a period; "three times this amount" multiplies.
  const within = next === 'this' && testNative(THIS_PERIOD_RE, words[2]?.word ?? '');
  if (next && MULTIPLIER_NEXT.has(next) && !often && !within) return null;
  return { length: numberLength + words[0]!.end, kind: 'count' as const, value, unit: 'times' };
}

/**
 * Builds the count from the noun at `nounAt`. The figure's text keeps the words that describe the
 * noun ("612 sworn officers", "three evening bus routes"); its unit is the noun alone ("officers",
 * "routes"), so the same things counted in two articles share a unit however each describes them.
 */
function countResult(words: { word: string; end: number }[], nounAt: number, numberLength: number, value: number) {
  // As written: a word after a number starts no sentence, so a capital there marks a party or an
  // acronym ("four Republicans", "45 PCSOs", "three GPs"), which lower case would misspell.
  const parts = [bare(words[nounAt]!.word)];
  let end = words[nounAt]!.end;
  const of = words[nounAt + 1]?.word;
  const complement = words[nounAt + 2]?.word;
  if (
    OF_HEADS.has(parts[parts.length - 1]!.toLowerCase()) &&
    of?.toLowerCase() === 'of' &&
    complement &&
    isNounModifier(complement) &&
    !STOP_WORDS.has(complement)
  ) {
    parts.push('of', bare(complement));
    end = words[nounAt + 2]!.end;
  }
  return { length: numberLength + end, kind: 'count' as const, value, unit: parts.join(' ') };
}

/** The count that starts exactly at `index` of the paragraph ("51 seats"), or null. */
export function countAt(ctx: ScanContext, index: number): RuleResult | null {
  const m = matchAt(countRule, ctx, index);
  return m ? countRule.interpret(m, ctx) : null;
}
