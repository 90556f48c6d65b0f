/** Internal shapes shared by the entity-detection steps. */
import type { TitleInfo } from './titles';

/** One word of a candidate name with its offsets in the article text. */
export interface NameToken {
  /** The word without a possessive ending ("Clancy" for "Clancy's"). */
  text: string;
  start: number;
  end: number;
  /** Lower-case particle inside a surname ("van", "de"). */
  particle: boolean;
  /** A quoted nickname between given name and surname ("Ned"): in the mention, not in the name. */
  nickname?: boolean;
}

/** A capitalised sequence that may name a person, after titles and role words are split off. */
export interface Candidate {
  /** Mention span: title (if any) plus name, without possessive. */
  start: number;
  end: number;
  /** Name words, particles included. */
  tokens: NameToken[];
  /** Title as written ("Coun", "Mr.", "Metro Mayor"), or null. */
  title: string | null;
  titleInfo: TitleInfo | null;
  /** Capitalised words in the same run before a title that absorbs them ("West Midlands"). */
  prefix: string | null;
  /** Letters written after the name ("MP"), or null. */
  postnominal: string | null;
  /** A generational suffix written after the name ("Jr.", "Sr", "III"): part of the mention and of the name shown. */
  suffix: string | null;
  /** Offset just after the postnominal letters (or the name when none). */
  afterEnd: number;
  possessive: boolean;
  /** The last name word ends in a surname-like organisation suffix ("Hall", "Street", "Ward"). */
  weakOrg: boolean;
  /** "MP for Oxley Marsh Juniper Caldwell": the seat words dropped from the name, and where they start. */
  seat: { text: string; start: number } | null;
  /** Paragraph bounds, for looking at context without crossing paragraphs. */
  paraStart: number;
  paraEnd: number;
}

/** What a capitalised run turned out to be. */
export type RunPart = { kind: 'name'; candidate: Candidate } | { kind: 'org'; words: string[] };

/** A word of a capitalised run as the span parser sees it. */
export interface SpanToken extends NameToken {
  /** The word as written, possessive included. */
  raw: string;
  possessive: boolean;
}
