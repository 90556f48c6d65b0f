import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { wordBefore } from './rule';
import { testNative } from '../native-regexp';

const UNITS = String.raw`(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|fortnights?)`;
/** Words that say which days or years are counted ("35 working days", "three full years"). */
const QUALIFIER = String.raw`(?:(?:working|calendar|business|school|clear|full|consecutive|straight|extra|additional)\s+)?`;
/** "a fortnight" names two weeks; "a year", "a month" are mostly phrases ("once a year") and left out. */
const FORTNIGHT = String.raw`(?<![\p{L}\d])(?<af>a\s+fortnight)`;
/** "half an hour", "half a day": half of one unit. */
const HALF = String.raw`(?<![\p{L}\d])half\s+an?\s+(?<hu>hour|day|week|month|year|minute)`;
/** "an hour and a half", "a year and a half": one unit and a half (though "a year" alone is no figure). */
const ONE_AND_HALF = String.raw`(?<![\p{L}\d])an?\s+(?<ah>hour|day|week|month|year|minute)\s+and\s+a\s+half`;
/**
 * Words that make "a fortnight" the unit of a counted frequency ("three times a fortnight", whose
 * count is the figure), not a length of time. "once a fortnight" keeps it: the gap between visits.
 */
const FREQUENCY_WORDS = new Set(['times', 'per']);
/**
 * Words before "one day" that make it a length of time ("in one day", "takes about one day",
 * "lasted one day"). After anything else it means "some day" ("if he wants my job one day",
 * "then one day it stopped") and is no figure.
 */
const ONE_DAY_SPAN_WORDS = new Set(
  'for in within over after than only just about around nearly almost least of to by under each per every single took takes take taking lasted lasts last lasting spent spend spends'.split(
    ' ',
  ),
);

/** "... to the next", "... to another" after "one week": a change between any two of the unit. */
const TO_THE_NEXT_RE = /^\s+to\s+(?:the\s+next|another)\b/;

/** Services a "day" names ("day centres", "day care"). */
const DAY_SERVICE_RE = /^\s+(?:centres?|centers?|care|services|nurser(?:y|ies)|hospitals?)(?![\p{L}])/u;

/**
 * Durations: "14 months", "five-and-a-half years" (5.5), "two weeks", "an 18-month review"
 * ("18-month"), "two decades" (20 years), "35 working days", "a fortnight" (2 weeks), "half an hour"
 * (0.5 hour), "an hour and a half" (1.5 hours). "a year",
 * "a decade" are left out: they are mostly phrases ("once a year", "more than a decade"), not figures.
 * Ages ("54-year-old", "54 years old") are not durations, nor is "22 year-round employees" (a count of staff),
 * nor "75 second-row properties" (an ordinal's compound).
 * Unit singular: "year", "month", "week", "day", "hour", "minute", "second" (response times: "90 seconds").
 */
export const durationRule: FigureRule = {
  name: 'duration',
  source: String.raw`(?:${NUMBER_START}(?<n>${NUMBER})[\s\-]${QUALIFIER}${UNITS}|${FORTNIGHT}|${HALF}|${ONE_AND_HALF})(?![\p{L}\d])(?!-old|-round|-(?:row|hand|class|floor|tier|rate|grade|storey|story)(?![\p{L}])|\s+old(?![\p{L}])|\s+of\s+age|\s+groups?(?![\p{L}]))`,
  interpret(m, ctx) {
    const g = m.groups!;
    if (g.af) {
      if (FREQUENCY_WORDS.has(wordBefore(ctx.paragraph, m.index))) return null;
      return { length: m[0].length, kind: 'duration', value: 2, unit: 'week' };
    }
    if (g.hu) return { length: m[0].length, kind: 'duration', value: 0.5, unit: g.hu.toLowerCase() };
    if (g.ah) return { length: m[0].length, kind: 'duration', value: 1.5, unit: g.ah.toLowerCase() };
    // "two day centres", "three day nurseries": "day" names a kind of service there, and the count is of those.
    // ("a four-day school week": a hyphen makes it a length of time.)
    if (/\sday$/i.test(m[0]) && testNative(DAY_SERVICE_RE, ctx.paragraph.slice(m.index + m[0].length))) return null;
    let unit = g.unit!.toLowerCase().replace(/s$/, '');
    if (/^one\sday$/i.test(m[0]) && !ONE_DAY_SPAN_WORDS.has(wordBefore(ctx.paragraph, m.index))) return null;
    // "from one week to the next", "one year to another": a span from any unit to the one after it, no length of time.
    if (/^one\s/i.test(m[0]) && testNative(TO_THE_NEXT_RE, ctx.paragraph.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    let value = parseNumber(g.n!);
    if (value === null) return null;
    if (unit === 'decade') [value, unit] = [value * 10, 'year'];
    if (unit === 'fortnight') [value, unit] = [value * 2, 'week'];
    return { length: m[0].length, kind: 'duration', value, unit };
  },
};
