import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { wordBefore } from './rule';

/** Words that end in "s" without being plural nouns, or plurals that are not things counted. */
const NOT_PLURAL_NOUNS = new Set([
  'is', 'was', 'has', 'does', 'this', 'his', 'its', 'us', 'thus', 'plus', 'yes', 'less', 'unless',
  'across', 'always', 'perhaps', 'sometimes', 'whereas', 'afterwards', 'towards', 'besides', 'hers',
  'ours', 'yours', 'theirs', 'news', 'times', 'thirds', 'quarters', 'halves', 'fifths', 'tenths',
  'pounds', 'dollars', 'euros', 'cents', 'pence', 'percent', 'says', 'goes', 'gets', 'makes',
  'takes', 'comes', 'seems', 'means', 'was', 'as', 'whereas', 'odds', 'ends', 'others', 'ones',
]);
/** Time units belong to durations; a count of them is an age or a phrase ("seven years old"). */
const TIME_UNITS = /^(?:years|months|weeks|days|hours|minutes|seconds|decades|fortnights)$/;
/** Plurals that do not end in "s". */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'livestock']);
/** Words that end the noun phrase: a number followed by one of these is not counting anything. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'nor', 'were', 'was', 'are',
  'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'did', 'do', 'said', 'say', 'told', 'than', 'that', 'which', 'who', 'whom', 'this',
  'these', 'those', 'per', 'from', 'by', 'with', 'as', 'into', 'also', 'it', 'its', 'their', 'his',
  'her', 'our', 'your', 'my', 'they', 'we', 'he', 'she', 'you', 'i', 'up', 'out', 'so', 'if', 'when',
  'where', 'after', 'before', 'since', 'until', 'while', 'about', 'over', 'under', 'between', 'all',
  'times', 'percent', 'hundred', 'thousand', 'million', 'billion', 'dozen',
]);
/** Head nouns that take an "of" complement as part of the name ("heads of service", "members of staff"). */
const OF_HEADS = new Set(['heads', 'members', 'directors', 'chiefs', 'chairs', 'units', 'acres', 'tonnes', 'items', 'cases', 'bags', 'hectares']);
/** A number right after these is a label, not a count ("No 10", "page 5", "section 106"). */
const LABEL_WORDS = new Set(['no', 'number', 'page', 'pages', 'section', 'paragraph', 'clause', 'item', 'article', 'chapter', 'room', 'route', 'junction', 'platform', 'bus', 'flight', 'aged', 'age', 'ward', 'rule', 'schedule', 'appendix', 'question', 'policy', 'minute']);
/** Words before a bare year-like number that make it a year ("in 2019 councils..."). */
const YEAR_CONTEXT = new Set(['in', 'by', 'since', 'the', 'of', 'until', 'from', 'before', 'after', 'during', 'between', 'and', 'to', 'early', 'late', 'mid', 'for', 'until', 'till', 'through', 'summer', 'spring', 'autumn', 'winter']);

const WORD = String.raw`[\p{L}][\p{L}'’\-]*`;

/** Strips a possessive apostrophe ("councils'", "residents’"). */
const bare = (w: string): string => w.replace(/['’]s?$/, '');

function isPluralNoun(word: string): boolean {
  const w = bare(word).toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL_NOUNS.has(w) || w.length < 3 || TIME_UNITS.test(w)) return false;
  // A capitalised plural is a heading word or a name ("4 Basics", "Seven Tips"), not a counted noun.
  if (!/^\p{Ll}/u.test(word)) return false;
  return /[a-z]s$/.test(w) && !/(ss|us|is)$/.test(w);
}

function isModifier(word: string): boolean {
  const w = word.toLowerCase();
  return w.length > 1 && !STOP_WORDS.has(w) && !/['’]/.test(word) && !TIME_UNITS.test(w) && !/-old$/.test(w);
}

/** Common adjectives before a counted noun; they are dropped from the unit ("two major vacancies"). */
const ADJECTIVES = new Set([
  'new', 'old', 'major', 'minor', 'other', 'more', 'extra', 'further', 'additional', 'senior', 'junior',
  'local', 'key', 'big', 'small', 'large', 'top', 'main', 'former', 'current', 'existing', 'empty',
  'vacant', 'young', 'elderly', 'nearby', 'separate', 'different', 'same', 'few', 'many', 'several',
  'various', 'fewer', 'high', 'low', 'long', 'short', 'full', 'part', 'previous', 'recent', 'last',
  'next', 'first', 'only', 'remaining', 'total', 'front', 'rear', 'single', 'double', 'own', 'good',
  'bad', 'poor', 'rich', 'great', 'most', 'some', 'earlier', 'later', 'larger', 'smaller', 'bigger', 'older', 'younger', 'rare', 'wealthy', 'busy', 'angry', 'happy', 'early', 'late', 'likely', 'such', 'very', 'just', 'nearly', 'almost', 'around',
]);
/** Adjective endings ("additional", "serious", "affected", "affordable"). */
const ADJECTIVE_ENDING = /(?:al|ous|ive|ful|ic|able|ible|ed|less|est|ary|ish|ent|ant|ly)$/;
/** Uninflected plurals that also name the kind of a following plural ("police officers", "staff members"). */
const NOUN_MODIFIER_PLURALS = new Set(['police', 'staff', 'people']);

/** Classifying adjectives that form a compound with their noun ("social workers", "civil servants"). */
const COMPOUND_ADJECTIVES = new Set(['social', 'civil', 'medical', 'electric', 'dental', 'political', 'mental', 'special', 'general']);

/** True when a modifier is part of the counted noun ("recycling centres") rather than an adjective. */
function isNounModifier(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return COMPOUND_ADJECTIVES.has(w) || (!ADJECTIVES.has(w) && !ADJECTIVE_ENDING.test(w));
}

/**
 * Counts: a number and the plural noun it counts ("350 jobs", "two major vacancies" -> "vacancies",
 * "19 heads of service", "40,000 residents", "1.2 million people", "a dozen residents"). Up to two
 * modifiers may sit between them. Labels ("No 10", "page 5"), ages and ordinals are not counts.
 */
export const countRule: FigureRule = {
  name: 'count',
  source: String.raw`${NUMBER_START}(?<n>(?:a\s+)?dozen|${NUMBER}(?:\s(?:hundred|thousand|million|billion)(?![\p{L}]))?)(?<tail>(?:\s+${WORD}){1,5})`,
  interpret(m, ctx) {
    const g = m.groups!;
    const numberText = g.n!;
    const before = wordBefore(ctx.paragraph, m.index);
    if (LABEL_WORDS.has(before)) return null;
    if (/^(?:19|20)\d{2}$/.test(numberText) && YEAR_CONTEXT.has(before)) return null;
    const value = parseNumber(numberText);
    if (value === null || value === 1) return null;
    const words = [...g.tail!.matchAll(new RegExp(String.raw`\s+(${WORD})`, 'gu'))].map((w) => ({
      word: w[1]!,
      end: w.index! + w[0].length - (w[1]!.length - bare(w[1]!).length),
    }));
    for (let i = 0; i < Math.min(words.length, 3); i++) {
      const { word } = words[i]!;
      if (isPluralNoun(word)) {
        const next = words[i + 1]?.word;
        if (NOUN_MODIFIER_PLURALS.has(word.toLowerCase()) && next && isPluralNoun(next) && !IRREGULAR_PLURALS.has(next.toLowerCase())) continue;
        return countResult(words, i, numberText.length, value);
      }
      if (!isModifier(word)) return null;
    }
    return null;
  },
};

/** Builds the count from the noun at `nounAt`, keeping the noun modifiers right before it. */
function countResult(words: { word: string; end: number }[], nounAt: number, numberLength: number, value: number) {
  let first = nounAt;
  while (first > 0 && (isNounModifier(words[first - 1]!.word) || NOUN_MODIFIER_PLURALS.has(words[first - 1]!.word.toLowerCase()))) first--;
  const parts = words.slice(first, nounAt + 1).map((w) => bare(w.word).toLowerCase());
  let end = words[nounAt]!.end;
  const of = words[nounAt + 1]?.word;
  const complement = words[nounAt + 2]?.word;
  if (OF_HEADS.has(parts[parts.length - 1]!) && of?.toLowerCase() === 'of' && complement && isNounModifier(complement) && !STOP_WORDS.has(complement)) {
    parts.push('of', bare(complement).toLowerCase());
    end = words[nounAt + 2]!.end;
  }
  return { length: numberLength + end, kind: 'count' as const, value, unit: parts.join(' ') };
}
