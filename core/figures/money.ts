import { DIGITS, NUMBER, NUMBER_START, WORD_END, applyScale, clean, parseNumber } from './numbers';
import type { FigureRule } from './rule';
import { execNative, testNative } from '../native-regexp';

const SCALE = String.raw`(?:million|billion|trillion|thousand|mn|bn|tn|m|b|k)`;
/** "-a-year", " a year", " plus a year", " per hour", "/year", " annually" — turns an amount into a rate. */
const RATE = String.raw`(?:[\s\-](?:plus[\s\-])?(?:a|an|per)[\s\-](?<period>year|annum|month|fortnight|week|day|hour)(?![\p{L}])(?!\s+(?:ago|earlier|later|before|after(?!\s+(?:tax|deductions|costs|expenses)\b))\b|\s+on(?=[,.;:]|\s*$))|\/(?<period2>year|yr|month|week|day|hour|hr)(?![\p{L}])|\s(?<period3>annually|yearly|monthly|weekly)(?![\p{L}]))`;

// "$47.5-million" (Canadian style): a hyphen before a written-out scale word.
const SYMBOL_FORM = String.raw`(?<![\p{L}\d])(?<sym>us\$|ca?\$|au?\$|nz\$|£|\$|€)\s?(?<n>${DIGITS})(?:(?:\s|-(?=(?:million|billion|trillion)(?![\p{L}])))?(?<sc>${SCALE})${WORD_END})?`;
const WORD_FORM = String.raw`${NUMBER_START}(?<wn>${NUMBER}|half(?:\s+an?)?|(?:(?:a|one|two|three)[\s-]+)?(?:quarters?|thirds?)\s+of\s+an?|an?)(?:\s(?<wsc>million|billion|thousand|trillion))?[\s\-](?<cur>pounds?(?:\s+sterling)?|dollars?|euros?|pence|cents?)(?![\p{L}])`;
/** Pence up to 99p: "1080p" is a screen resolution, not money. */
const PENCE_FORM = String.raw`${NUMBER_START}(?<pn>\d{1,2}(?:\.\d+)?)p${WORD_END}`;

/** Symbols that name their currency; a bare "$" is the article's dollar. */
const SYMBOL_CURRENCY: Record<string, string> = { '£': 'GBP', us$: 'USD', c$: 'CAD', ca$: 'CAD', a$: 'AUD', au$: 'AUD', nz$: 'NZD', '€': 'EUR' };
const PERIODS: Record<string, string> = { annum: 'year', yr: 'year', hr: 'hour', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week' };

/** Currency and divisor (100 for pence and cents) of a currency word; dollars and cents are the article's `dollar`. */
function wordCurrency(word: string, dollar: string): { currency: string; divisor: number } {
  const w = word.toLowerCase();
  if (w.startsWith('pound')) return { currency: 'GBP', divisor: 1 };
  if (w === 'pence') return { currency: 'GBP', divisor: 100 };
  if (w.startsWith('cent')) return { currency: dollar, divisor: 100 };
  if (w.startsWith('euro')) return { currency: 'EUR', divisor: 1 };
  return { currency: dollar, divisor: 1 };
}

/** After "pounds": a weight's words ("two pounds of flour", "ten pounds heavier"). */
const WEIGHT_AFTER_RE = /^\s+(?:of|heavier|lighter|overweight|in\s+weight)\b/i;
/** Before a number: a weight's verb ("weighing two pounds", "lost ten pounds"). */
const WEIGHT_BEFORE_RE = /\b(?:weigh\w*|lost|gained|lose|gain|put\s+on)\s+$/i;

/**
 * "Two pounds to get to the hospital", "It costs three pounds": a spelled-out number of pounds, in
 * the plural, is money unless a weight's words stand around it. (Weights in news are mostly digits:
 * "a 300-pound bear", "20 pounds".)
 */
function spelledPounds(m: RegExpExecArray, wn: string, cur: string): boolean {
  if (!/^pounds$/i.test(cur) || /\d/.test(wn)) return false;
  const end = m.index + m[0].length;
  return !testNative(WEIGHT_AFTER_RE, m.input.slice(end, end + 20)) && !testNative(WEIGHT_BEFORE_RE, m.input.slice(Math.max(0, m.index - 20), m.index));
}

/** Before an amount: pay's words ("a salary of", "paid", "earns"), after which "a year" is always the rate. */
// ("to pay at least $20 an hour before any public money changes hands": a floor or a rough sum is pay too.)
const PAY_BEFORE_RE =
  /\b(?:salary|salaries|wage|wages|pay|paid|earns?|earning|earned|stipend)(?:\s+(?:of|at|to|is|was|rises\s+to))?(?:\s+(?:at\s+least|up\s+to|about|around|nearly|almost|more\s+than|as\s+much\s+as))?\s+$/i;
/** The period a rate's words give, when the general pattern read them as a time ("$142,000 a year after a search"). */
const PERIOD_AFTER_RE = /^[\s-](?:a|an|per)[\s-](year|month|week|hour)(?![\p{L}])/u;

/** The period of an amount of pay, told by the words around it though the locator left it out. */
function payPeriod(m: RegExpExecArray): RegExpExecArray | null {
  const end = m.index + m[0].length;
  if (!testNative(PAY_BEFORE_RE, m.input.slice(Math.max(0, m.index - 36), m.index))) return null;
  return execNative(PERIOD_AFTER_RE, m.input.slice(end, end + 12));
}

/**
 * Money: "£49 million", "£11.5m", "$83 million", "€3.2m", "£30k", "20 million pounds", "50p" (up to 99p),
 * "half a million pounds", "4-cent", and rates such as "£180,000-a-year", "£18 a year on Band D homes"
 * or "$5 per hour" (unit "GBP/year", "USD/hour"); "£5m a year on," is a time ("a year later"), not a rate.
 * Value in major units.
 */
export const moneyRule: FigureRule = {
  name: 'money',
  source: String.raw`(?:${SYMBOL_FORM}|${WORD_FORM}|${PENCE_FORM})(?:${RATE})?`,
  interpret(m, ctx) {
    const g = m.groups ?? {};
    let currency: string;
    let value: number | null;
    if (g.sym) {
      currency = SYMBOL_CURRENCY[g.sym.toLowerCase()] ?? ctx.dollar;
      value = applyScale(Number(g.n!.replace(/,/g, '')), g.sc);
    } else if (g.cur) {
      // Bare "pounds" is mostly weight ("a 300-pound bear"); as money it comes scaled or as "sterling".
      // "a pound", "half a pound" are weights or idioms; "half a million pounds" is money.
      if (/^(?:half\s+)?an?$/i.test(g.wn!) && !g.wsc) return null;
      if (/^pound/i.test(g.cur) && !g.wsc && !/sterling|million|billion|thousand/i.test(g.cur + g.wn) && !spelledPounds(m, g.wn!, g.cur)) return null;
      // "capped at 29.4 million pounds" in a story priced in dollars: a weight, however scaled.
      if (/^pounds?$/i.test(g.cur) && ctx.poundsWeigh) return null;
      const c = wordCurrency(g.cur, ctx.dollar);
      currency = c.currency;
      const n = parseNumber(g.wn! + (g.wsc ? ` ${g.wsc}` : ''));
      value = n === null ? null : clean(n / c.divisor);
    } else {
      currency = 'GBP';
      value = clean(Number(g.pn) / 100);
    }
    if (value === null) return null;
    const pay = g.period || g.period2 || g.period3 ? null : payPeriod(m);
    const period = g.period ?? g.period2 ?? g.period3 ?? pay?.[1];
    const unit = period ? `${currency}/${PERIODS[period.toLowerCase()] ?? period.toLowerCase()}` : currency;
    return { length: m[0].length + (pay?.[0].length ?? 0), kind: 'money', value, unit };
  },
};
