/**
 * The shapes the analysis core produces. They are plain data (JSON-serialisable) so they can cross
 * the message boundary, be written to IndexedDB and be printed by the `analyze` command unchanged.
 */
import type { FigureKind } from './figure-kinds';

/** One occurrence of a name in the article text. `text.slice(start, end) === mention.text`. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/** A person found in the article, with every mention co-referenced to one canonical name. */
export interface Person {
  /** Canonical full name, without title ("John Clancy"). */
  name: string;
  /** The role as the article states it ("leader of Birmingham City Council"), or null. */
  role: string | null;
  /** Title seen with the name, if any ("Cllr", "Mr", "Mayor"). */
  title?: string | null;
  /** Watchlist entry id when the person matched the reader's watchlist. */
  watchlistId?: string | null;
  mentions: Mention[];
}

/** The kinds of figure (derived from the registry in `figure-kinds.ts`). */
export type { FigureKind };

/** A figure found in the text, with a normalised value. */
export interface Figure {
  text: string;
  kind: FigureKind;
  /**
   * Normalised value: money -> amount in major units (49000000); percent -> number (4.99);
   * date -> ISO `YYYY-MM-DD` when determinable, else `--MM-DD` for a day without a year;
   * year -> number, or `2017/18` style string for a financial year; count -> number;
   * duration -> number of `unit`s; vote -> `"F-A"` or `"F-A-X"` (for, against, abstentions:
   * "31-12-4"); age -> years (61); decade -> its first year (1970); measure -> number of `unit`s.
   * Kinds, their valid values and how they read are listed once in `figure-kinds.ts`.
   */
  value: number | string | null;
  /** money: ISO currency (GBP, USD, EUR); count: the noun counted ("jobs"); duration: "year", "month"...;
   * percent: "%"; rates such as "£180,000-a-year" carry "GBP/year"; vote: "votes"; age: "year";
   * measure: one of `MEASURE_UNITS` ("mile", "tonne", "mph", "square foot"); decade: null. */
  unit: string | null;
  start: number;
  end: number;
}

/** A watchlist entry passed into detection as data. */
export interface WatchlistEntry {
  id: string;
  name: string;
  aliases?: string[];
  role?: string | null;
  party?: string | null;
  ward?: string | null;
  council?: string | null;
}

/** Metadata and text of an extracted article. */
export interface ArticleText {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 string as found (normalised to ISO when parseable), or null. */
  publishedTime: string | null;
  lang: string | null;
  /** Paragraphs joined by "\n\n". */
  text: string;
  /** Each paragraph with its offset in `text`. */
  paragraphs: Paragraph[];
}

export interface Paragraph {
  text: string;
  start: number;
}

/** The full result of analysing one article. */
export interface Analysis extends ArticleText {
  officials: Person[];
  people: Person[];
  figures: Figure[];
}

/** Returned instead of an article when a page is not one (a home page, a search page, a login wall). */
export interface NotAnArticle {
  kind: 'not-article';
  reason: string;
}

/** Type guard telling a not-an-article result from an article (or an analysed one). */
export function isNotArticle<T extends object>(value: T | NotAnArticle): value is NotAnArticle {
  return (value as NotAnArticle).kind === 'not-article';
}
