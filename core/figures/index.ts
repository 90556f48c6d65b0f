import type { Figure, Paragraph } from '../model/analysis';
import { ageRule } from './ages';
import { countRule } from './counts';
import { dateRule } from './dates';
import { decadeRule } from './decades';
import { durationRule } from './durations';
import { measureRule } from './measures';
import { moneyRule } from './money';
import { percentRule } from './percent';
import type { ArticleFacts, ScanContext } from './rule';
import { createScanner } from './scan';
import { strengthRule } from './strength';
import { tallyRule } from './tallies';
import { voteRule } from './votes';
import { fiscalYearRule, yearRule } from './years';
import { labelledCountRule } from './labelled-counts';
import { articleDollar } from './dollar-currency';
import { testNative } from '../native-regexp';

/** Priority order: where two rules match at the same place, the earlier one wins. */
const scanner = createScanner([
  moneyRule,
  percentRule,
  dateRule,
  fiscalYearRule,
  voteRule,
  ageRule,
  decadeRule,
  measureRule,
  strengthRule,
  durationRule,
  countRule,
  yearRule,
  tallyRule,
  labelledCountRule,
]);

/** Options for {@link detectFigures}. */
export interface DetectFiguresOptions {
  /** The article's published date (ISO 8601); gives dates written without a year their year. */
  referenceDate?: string | null;
  /** The article's address; a Canadian, Australian or New Zealand site's "$" is its own dollar. */
  url?: string | null;
}

/** Parses the date part of an ISO 8601 string, or null. */
function parseReference(iso: string | null | undefined): ScanContext['reference'] {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/**
 * Does the article write its money in dollars only? Then "29.4 million pounds" (a catch, a load of
 * rubbish) is a weight. Read once, for the whole article: one paragraph may name the weight and
 * another the prices.
 */
function poundsWeigh(text: string): boolean {
  return text.includes('$') && !text.includes('£') && !testNative(STERLING_RE, text);
}
const STERLING_RE = /\b(?:sterling|GBP)\b/i;

/**
 * Finds the figures in an article: money, percentages, dates, years and financial years, votes,
 * ages, decades, measures, counts and durations, each with a normalised value. Sorted by start; never overlapping; never crossing a
 * paragraph boundary; `text.slice(start, end) === figure.text`.
 */
export function detectFigures(article: { text: string; paragraphs: Paragraph[] }, options: DetectFiguresOptions = {}): Figure[] {
  const facts: ArticleFacts = {
    reference: parseReference(options.referenceDate),
    poundsWeigh: poundsWeigh(article.text),
    dollar: articleDollar(article.text, options.url ?? null),
  };
  const figures: Figure[] = [];
  // Paragraphs come in order and each scan is in order: append, no spread (a huge paragraph could
  // hold more figures than a call may take arguments).
  for (const p of article.paragraphs) for (const f of scanner.scan(p.text, p.start, facts)) figures.push(f);
  return figures.sort((a, b) => a.start - b.start);
}

export type { Figure };
