import { testNative } from '../native-regexp';
import { LABEL_WORDS } from './count-words';
import { HEDGE, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule, RuleResult, ScanContext } from './rule';
import { textBefore, wordBefore } from './rule';
import { LL } from '../letters';

/**
 * A number in a tally: digits, or one word or hyphened pair ("six", "twenty-one"), checked by
 * `parseNumber` afterwards. Looser than NUMBER on purpose: the full number-word pattern, repeated
 * eight times here, made this the costliest expression to compile on a page's first analysis, and a
 * word that is not a number only makes this rule give way to the next.
 */
const N = String.raw`(?:\d{1,4}(?![\d,.]\d)|\p{Ll}+(?:-\p{Ll}+)?)`;
const VOTES = String.raw`\s+votes?`;
/** ", with four abstentions", " and 4 abstentions", " (two abstentions)", "; one abstained". */
const ABSTAIN = String.raw`(?:,?\s+(?:with|and|plus)\s+|,\s+|\s+\()(?<x>${N})\s+(?:abstentions?|abstaining|abstained)\)?`;
/** "31-12", "5–2", "12-3-1": digits joined by dashes; a referendum's sides may have thousands commas ("1,204-987"). */
const DASHED = String.raw`(?<df>\d{1,3}(?:,\d{3}){0,2})[-–](?<da>\d{1,3}(?:,\d{3}){0,2})(?:[-–](?<dx>\d{1,3}))?(?![\d\-–]|[.,]\d)`;
/** "six votes to three", "22 votes to 17", "30 to 14", "29 to 22 votes"; not "from 51% in 2023 to 32%". */
const TO = String.raw`(?<tf>${N})(?<tv>${VOTES})?\s+to\s+(?<ta>${N})(?<tv2>${VOTES})?(?![\p{L}\d%]|\s?per[\s\-]?cent)`;
/** "12 in favour and 3 against", "31 votes in favour and 4 abstentions", "45 for, 3 against", "12 ayes and 3 noes". */
const FOR = String.raw`(?<ff>${N})(?:${VOTES})?\s+(?:in\s+favou?r|for|ayes?|yes)(?:\s+of\s+(?:it|the\s+\p{L}+))?(?:,?\s+(?:and|to|with|while)\s+|,\s+)(?:(?<fa>${N})(?:${VOTES})?\s+(?:against|noes|nays?|no)(?![\p{L}])|(?<fx>${N})\s+abstentions?)`;
/** A side's count, which a union's or an electorate's ballot may write with a thousands comma ("1,214 members backed it"). */
const NK = String.raw`(?:\d{1,3}(?:,\d{3})+(?![\d.]\d)|${N})`;
/** "41 members backed it and 9 opposed", "eight councillors supported the plan, while two voted against", "with 20 councillors backing it and 25 against". */
const BACKED = String.raw`(?<bf>${NK})(?:\s+\p{Ll}+){0,2}?\s+(?:backed|backing|supported|supporting|approved|favou?red|vot(?:ed|ing)\s+(?:for|in\s+favou?r(?:\s+of)?))(?:\s+(?:it|this|them|the\s+\p{Ll}+))?,?\s+(?:and|while|with|but|,)\s+(?<ba>${NK})(?:\s+\p{Ll}+)?\s+(?:opposed|opposing|vot(?:ed|ing)\s+against|were\s+against|against|voted\s+no)`;

/**
 * Words before a bare tally that make it a vote ("passed 31-12", "voted 30 to 14", a committee that
 * "advanced the rezoning 9-6", a senate that "confirmed her 52-48").
 */
const VOTE_BEFORE =
  /\b(?:vot(?:e|es|ed|ing)|pass(?:ed|es)?|approv(?:e|ed|es|ing|al)|recommend(?:ed|s|ing)?|den(?:ied|ial)|overrode|upheld|carried|backed|adopted|rejected|defeated|endorsed|agreed|ratified|failed|fell|lost|split|splits|splitting|ballot|margin|tally|motion|roll\s+call|roll-call|advanced|forwarded|referred|tabled|confirmed|resolved|tied|deadlocked)\b/;
/** Words straight after a tally that make it a vote ("a 7-2 vote", "on a 5-4 split", "breaking a 3-3 tie"). */
const VOTE_AFTER =
  /^\s*(?:(?:split|majority|committee|council|board|straw|voice|roll-call|final|preliminary|procedural|party-line|bipartisan)\s+)?(?:vote|votes|decision|margin|majority|split|tally|ruling|tie|deadlock|stalemate)\b/;
/** How far back a vote word may sit (same sentence): a bounded window keeps the rule linear. */
const CONTEXT = 60;
/** How far back for a tally in thousands ("approved Proposition 2, which ..., 2,655-771"): a ballot's count, never a score. */
const BALLOT_CONTEXT = 200;

/** True when a vote word sits in the same sentence shortly before `index`, or right after `end`. */
function voteContext(text: string, index: number, end: number): boolean {
  const ballot = text.slice(index, end).includes(',');
  const before = textBefore(text, index, ballot ? BALLOT_CONTEXT : CONTEXT).toLowerCase();
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  return testNative(VOTE_BEFORE, sentence) || testNative(VOTE_AFTER, text.slice(end, end + 30).toLowerCase());
}

/** A sentence's end, or a question's. */
const SENTENCE_BREAK = /[.!?;]\s/;
/** How far back, in the same sentence, a first tally may stand for a second to follow it. */
const SECOND_TALLY_REACH = 240;

/**
 * "voted 8-2 to accept the findings ..., and 7-3 to impose the penalties": a second bare tally,
 * joined by "and", that follows a tally of the same sentence (however long the clause between).
 */
function followsTally(ctx: ScanContext, index: number): boolean {
  const last = ctx.found[ctx.found.length - 1];
  if (last?.kind !== 'vote' || index - last.end > SECOND_TALLY_REACH) return false;
  const between = ctx.paragraph.slice(last.end, index);
  return /\band\s+$/.test(between) && !testNative(SENTENCE_BREAK, between);
}

/** "from 31 to 27", "from about 31": the first end of a change of number. */
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${HEDGE}$`, 'i');

/** "passed the House 71-26": a legislature's chamber before a tally, not a house's number. */
const CHAMBER_BEFORE = /\bthe\s+House\s+$/;

/** A counted plural right after a dashed pair ("200-300 homes") makes it a range, not a vote ("71-26 this year" is one). */
const RANGE_NOUN = new RegExp(String.raw`^\s+(?!(?:votes?|this|was|is|has|as|its|plus|thus|us|yes|unless|across|perhaps)\b)[${LL}]+s\b`, 'u');

const part = (raw: string | undefined): number | null => (raw === undefined ? null : parseNumber(raw));

/** The tally as "F-A" or "F-A-X", or null when a part is not a whole number. */
function tally(f: number | null, a: number | null, x: number | null): string | null {
  const parts = x === null ? [f, a] : [f, a, x];
  if (parts.some((p) => p === null || !Number.isInteger(p) || p < 0 || p > 9_999_999)) return null;
  return parts.join('-');
}

/**
 * Vote tallies (kind `vote`, unit `votes`, value "F-A" or "F-A-X"): "passed 31-12", "a 7-0 vote",
 * "carried 12-3-1", "by six votes to three", "voted 30 to 14", "by 22 votes to 17, with 3
 * abstentions", "12 in favour and 3 against", "41 members backed it and 9 opposed". A bare pair
 * ("31-12", "30 to 14") is a vote only with a vote word in its sentence or straight after it, so
 * scores, ranges and page spans are left alone. A margin alone ("fell by two votes") is a count.
 */
export const voteRule: FigureRule = {
  name: 'vote',
  source: String.raw`${NUMBER_START}(?:${DASHED}|${TO}|${FOR}|${BACKED})(?:${ABSTAIN})?`,
  interpret(m, ctx): RuleResult | null {
    const g = m.groups!;
    const text = ctx.paragraph;
    const end = m.index + m[0].length;
    const x = part(g.x);
    let value: string | null;
    let length = m[0].length;
    if (g.df !== undefined) {
      if (
        (LABEL_WORDS.has(wordBefore(text, m.index)) && !testNative(CHAMBER_BEFORE, textBefore(text, m.index, 12))) ||
        testNative(RANGE_NOUN, text.slice(end, end + 40))
      )
        return null;
      const dashedEnd = m.index + g.df.length + 1 + g.da!.length + (g.dx ? g.dx.length + 1 : 0);
      if (!voteContext(text, m.index, dashedEnd) && !followsTally(ctx, m.index)) return null;
      if (g.dx !== undefined && x !== null) length = dashedEnd - m.index; // "12-3-1 with 2 abstentions": keep the tally
      value = tally(part(g.df), part(g.da), g.dx !== undefined ? part(g.dx) : x);
    } else if (g.tf !== undefined) {
      const votes = g.tv !== undefined || g.tv2 !== undefined;
      // "fell from 31 to 27": a change of number, not a tally.
      const change = testNative(FROM_BEFORE, textBefore(text, m.index, 24));
      if (!votes && (LABEL_WORDS.has(wordBefore(text, m.index)) || change || !voteContext(text, m.index, end))) return null;
      value = tally(part(g.tf), part(g.ta), x);
    } else if (g.ff !== undefined) {
      value = tally(part(g.ff), g.fa !== undefined ? part(g.fa) : 0, g.fx !== undefined ? part(g.fx) : x);
    } else {
      value = tally(part(g.bf), part(g.ba), x);
    }
    return value ? { length, kind: 'vote', value, unit: 'votes' } : null;
  },
};
