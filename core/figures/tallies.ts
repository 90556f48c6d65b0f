import { execNative, testNative, warmRegExp } from '../native-regexp';
import { ADJECTIVES, LABEL_WORDS, TIME_UNITS } from './count-words';
import { countAt, isPluralNoun } from './counts';
import { HEDGE, NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule, FoundFigure, RuleResult, ScanContext } from './rule';
import { wordBefore } from './rule';
import { L } from '../letters';

/**
 * "N of the M <noun>": a share of a counted whole ("29 of the 51 seats", "19 of the jail's 64
 * posts", "140 of the roughly 900 wells", "two of five areas", "14,200, out of roughly 61,000 lines").
 */
const SHARE_LINK = new RegExp(
  // ("31 of the Wherry Centre's 88 units": the whole's owner may be a name of up to three words.)
  String.raw`(?:,?\s+out)?\s+of\s+(?:(?:the|its|their|our|his|her|all)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}[a-z]+['’]s\s+)?(?:(?:last|first|next|past|previous|latest)\s+)?${HEDGE}`,
  'iy',
);
/** "N to M <noun>", "N or M <noun>": a range or tally whose noun follows the second number. */
const RANGE_LINK = /\s+(?:to|or)\s+/iy;
/** "between N and M <noun>". */
const AND_LINK = /\s+and\s+/iy;
/** Between a count and a bare number that completes its tally ("six votes to three", "eight in favour and four"). */
const TALLY_GAP = /^\s*(?:to|against|in\s+favou?r,?\s+(?:and|to|with))\s+$/i;
/** "an average of", "an establishment of" before the number a comparison is made with. */
const AVERAGE = String.raw`(?:(?:an?|the)\s+(?:average|median|typical|establishment|target|maximum|minimum|capacity|limit)\s+of\s+)?`;
/**
 * Before a bare number that goes on from an earlier count of the same sentence: a comparison ("up
 * from 870", "compared with about 900", "rather than four", "against an establishment of 290"), a result ("who received 673", "Reform UK on 388", "a
 * majority of 139"), a total ("bringing the total to 19"), a second part ("and 23 spoke") or a
 * rival's share ("1,912 votes to her rival's 1,407").
 */
const COMPARISON_GAP = new RegExp(
  String.raw`^[^.;!?]*\b(?:(?:up|down|rising|falling|rose|fell|risen|fallen|increased|decreased|dropped|grew|grown|cut|reduced)\s+from|compared\s+(?:with|to)|received|polled|(?:has|had|have)(?:\s+(?:held|housed|seen|served|carried|recorded|taken))?|on|out\s+of|rather\s+than|instead\s+of|(?:designed|built|meant|space|room|capacity|places?)\s+for|capacity\s+of|(?:a\s+)?majority\s+of|total\s+(?:to|of)|as\s+many\s+as|of\s+(?:which|whom)|and(?:\s+that)?|but|while|against)\s+${AVERAGE}${HEDGE}$|,\s*(?:from|against)\s+${AVERAGE}${HEDGE}$|\bto\s+(?:(?:his|her|their|its|the)\s+)?[a-z]+(?:['’]s|s['’])\s+${HEDGE}$`,
  'i',
);
/** "4,310 households, including 1,140 who ...": a part of the count just named ("including one in Lower Manhattan" is no count). */
const INCLUDING_GAP = new RegExp(String.raw`^[^.;!?]*\bincluding\s+${HEDGE}$`, 'i');
/** A result read out after the sentence that named the count ("... with 401 votes. Wendy Lin received 97."). */
const RESULT_GAP = new RegExp(String.raw`\b(?:received|polled)\s+${HEDGE}$`, 'i');
/** "from about 2,300 a week to around 600": the second end of a change, after the first. */
const TO_GAP = new RegExp(String.raw`^[^.;!?]{0,20}?\bto\s+${HEDGE}$`, 'i');
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+(?:a\s+peak\s+of\s+)?${HEDGE}$`, 'i');
/**
 * "Of its 48 shop units, " (then the count found there), ", it upheld " before the number: a
 * sentence that opens with the whole, then gives a part of it.
 */
const OF_WHOLE_BEFORE = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|["“]\s*)of\s+(?:(?:the|its|their|our|all)\s+)?[^,.;!?]{1,80},\s+(?:[a-z]+\s+){0,2}${HEDGE}$`,
  'i',
);
/** "31 of them", "14 of those", "three of which": a part of the count named just before. */
const OF_THEM = /\s+of\s+(?:them|those|these|which|whom)\b/iy;
/** "15 of the cases", "11 of those years", "four of the busiest routes", "12 of its routes", "five of the company's ambulances": a share of things named without their number. */
const OF_THE_NOUN = /\s+of\s+(?:the|its|their|our|his|her|those|these)\s+(?:[a-z]+['’]s\s+)?([a-z]+)(?:\s+([a-z]+))?\b/iy;
/** A word that may describe the things of a share before their noun ("busiest", "other", "new"). */
const isShareAdjective = (w: string): boolean => /^[a-z]{2,}est$/.test(w) || ADJECTIVES.has(w);
/** The noun a change of number is about: "the number of routes from 31", "collections had fallen from about 2,300". */
const CHANGE_NOUN = new RegExp(
  String.raw`(?:\bthe\s+number\s+of\s+([a-z]+)(?:\s+([a-z]+))?\b[^.;!?]{0,60}?|\b([a-z]+)\s+(?:(?:had|has|have)\s+(?:been\s+)?)?(?:fallen|fell|risen|rose|dropped|grown|grew|increased|decreased|cut|reduced))\s+(?:from|to|above|below|past)\s+(?:a\s+peak\s+of\s+)?${HEDGE}$`,
  'i',
);

/**
 * A number a change of some count ends or starts at, with no noun to borrow: "car thefts rose 38%
 * last year, to 211", "deaths in the county fell to 19, from 31", "until the number falls below 400",
 * "to cap the number of permits at 400", "capped at 450 citywide". Counted with no unit.
 */
const BARE_CHANGE = new RegExp(
  String.raw`(?:\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|dropped|drop|drops|grew|grow|grown|increased|decreased|declined|climbed|jumped|slipped|capped|limited|raise|raised|lower|lowered)\b|\bthe\s+number\s+of\b)[^.;!?]{0,60}?\b(?:to|from|below|above|at)\s+${HEDGE}$`,
  'i',
);
/** "Twenty-six spoke during the hearing": a number opening a sentence, then what so many did. */
const COUNTED_SUBJECT_AFTER = /^\s+(?:spoke|voted|attended|signed|responded|replied|applied|objected|testified|turned\s+out|took\s+part|were|have|had)\b/;
/** What may follow a bare number of a change: its clause ends, or a time, place or comparison follows ("to 211.", "to 19 last year"). */
const BARE_END =
  /^(?:[,.;:!?)]|\s+(?:last|this|next|in|on|by|from|during|after|before|when|while|and|or|but|over|under|since|at|for|with|than|so|citywide|countywide|statewide|overall|failed|passed)\b|\s*$)/;

const RANGE_LABEL = new RegExp(String.raw`([${L}]+)\s+\d+(?:\s*,\s*\d+){0,6}\s*,?\s*(?:to|and|or|-|–)\s*$`, 'u');

/**
 * The label word of a range or list this number ends ("rooms 4 to 6" -> "rooms", "Routes 14, 22 and
 * 61" -> "routes"), or "".
 */
function labelOfRange(text: string, index: number): string {
  const m = execNative(RANGE_LABEL, text.slice(Math.max(0, index - 40), index));
  return m ? m[1]!.toLowerCase() : '';
}

/** Is `word` a label word, or one in the plural ("routes", "items")? */
const isLabel = (word: string): boolean => LABEL_WORDS.has(word) || (word.endsWith('s') && LABEL_WORDS.has(word.slice(0, -1)));

/** The unit of the count right after a linking phrase at `index`, or null. */
function unitAhead(ctx: ScanContext, link: RegExp, index: number): { unit: string; value: number } | null {
  warmRegExp(link, ctx.paragraph).lastIndex = index;
  if (!link.exec(ctx.paragraph)) return null;
  const count = countAt(ctx, link.lastIndex);
  return count && typeof count.value === 'number' ? { unit: count.unit!, value: count.value } : null;
}

/**
 * How far back a count may sit and still lend its noun ("1,150 patients were seen..., up from 870").
 * Bounded, so a long run of bare numbers costs the same per number instead of rescanning the run.
 */
const GAP_WINDOW = 160;

/** The last count with a unit that ends within `GAP_WINDOW` characters before `index`, if any. */
function lastCountNear(found: readonly FoundFigure[], index: number): (FoundFigure & { unit: string }) | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.end < index - GAP_WINDOW) return null; // found figures are in order and never overlap
    if (f.kind === 'count' && f.unit !== null) return f as FoundFigure & { unit: string };
  }
  return null;
}

/** The unit of an earlier count in the paragraph that this number completes, or null. */
function unitBehind(ctx: ScanContext, index: number, end: number, value: number): string | null {
  const last = lastCountNear(ctx.found, index);
  if (last) {
    const gap = ctx.paragraph.slice(last.end, index);
    const adjacent = ctx.found[ctx.found.length - 1] === last && testNative(TALLY_GAP, gap);
    OF_THEM.lastIndex = end;
    // "every one of them" is no part: a part starts at two, as a share does.
    const part = value > 1 && (testNative(OF_THEM, ctx.paragraph) || testNative(INCLUDING_GAP, gap));
    if (adjacent || part || testNative(COMPARISON_GAP, gap) || execNative(RESULT_GAP, gap)) return last.unit;
    // Only a year or date may sit between the two ends ("from about 610,000 in 2019 to 430,000").
    // Found from the end: `last` is within the window, so this stays bounded however many figures came before.
    let at = ctx.found.length - 1;
    while (at >= 0 && ctx.found[at] !== last) at--;
    const between = ctx.found.slice(at + 1);
    const fromTo = between.every((f) => f.kind === 'year' || f.kind === 'date') && testNative(TO_GAP, gap);
    if (fromTo && execNative(FROM_BEFORE, ctx.paragraph.slice(Math.max(0, last.start - 40), last.start))) return last.unit;
  }
  // "Of its 48 shop units, 19 are empty", "Of 27 contracts reviewed, 11 did not": a part of the whole the sentence opened with.
  // ("Of the service's 410 on-call posts": a possessive may stand before the whole. A window that starts
  // inside the paragraph is led by a space, so that its start is no sentence start.)
  if (last) {
    const from = Math.max(0, last.start - 40);
    if (execNative(OF_WHOLE_BEFORE, `${from > 0 ? ' ' : ''}${ctx.paragraph.slice(from, index)}`)) return last.unit;
  }
  const change = execNative(CHANGE_NOUN, ctx.paragraph.slice(Math.max(0, index - 120), index));
  // Lower-cased first: a noun opening the sentence ("Suspensions rose to 412") is capitalised.
  // "the number of foster families": the counted noun may follow one word that describes it.
  const noun = change ? (change[2] && isPluralNoun(change[2]) && !isPluralNoun(change[1]!) ? change[2] : (change[1] ?? change[3])!).toLowerCase() : null;
  return noun && isPluralNoun(noun) ? noun : null;
}

/** "15 of the cases": the plural noun the share is of, or null. */
function shareNoun(ctx: ScanContext, end: number): string | null {
  warmRegExp(OF_THE_NOUN, ctx.paragraph).lastIndex = end;
  const m = execNative(OF_THE_NOUN, ctx.paragraph);
  if (!m) return null;
  // "11 of those years": a share of a stretch of time counts its units.
  if (isPluralNoun(m[1]!) || testNative(TIME_UNITS, m[1]!)) return m[1]!.toLowerCase();
  // "the busiest routes", "its support posts": one word describing the plural noun.
  return m[2] && (isShareAdjective(m[1]!.toLowerCase()) || /^[a-z]+$/.test(m[1]!)) && isPluralNoun(m[2]) ? m[2].toLowerCase() : null;
}

/** A number written as a capitalised word ("Ninety"), and a capitalised word after it. */
const CAPITAL_WORD_RE = /^[A-Z][a-z]/;
const CAPITAL_NEXT_RE = /^[ \u00A0][A-Z]/;
/** A lower-case word or a comma just before: not a sentence's first word. */
const MID_SENTENCE_RE = /[a-z,][ \u00A0]+$/;

/**
 * Bare numbers that count something named next to them: the halves of a tally ("by six votes to
 * three" -> "three" votes; "by 29 to 22 votes" -> "29" votes), a share of a whole ("29 of the 51
 * seats" -> "29" seats; "15 of the cases"), ranges ("between 200 and 300 homes", "two or three
 * councillors"), comparisons and results in the same sentence ("1,150 patients ..., up from 870" ->
 * 870 patients; "won with 812 votes ..., who received 673"), parts ("118 posts, and 31 of them")
 * and changes of a named number ("the number of routes from 31 to 27"), with a scale word when
 * written ("4.1 million trips ..., down from 5.6 million").
 * The figure is the number alone; the unit is borrowed. Years and labels ("item 7") are left alone.
 */
export const tallyRule: FigureRule = {
  name: 'tally',
  source: String.raw`${NUMBER_START}(?<n>${NUMBER}(?:\s(?:million|billion|thousand))?)(?![\p{L}\d%£$€\-]|[.,]\d)`,
  interpret(m, ctx): RuleResult | null {
    const text = m.groups!.n!;
    const value = parseNumber(text);
    if (value === null || value <= 0 || /^(?:19|20)\d\d$/.test(text)) return null;
    const before = wordBefore(ctx.paragraph, m.index);
    if (LABEL_WORDS.has(before) || isLabel(labelOfRange(ctx.paragraph, m.index))) return null;
    const end = m.index + m[0].length;
    // "on Ninety Mile Beach": a capitalised number word inside a sentence, before a capitalised word, is part of a name.
    if (
      testNative(CAPITAL_WORD_RE, text) &&
      testNative(MID_SENTENCE_RE, ctx.paragraph.slice(Math.max(0, m.index - 3), m.index)) &&
      testNative(CAPITAL_NEXT_RE, ctx.paragraph.slice(end, end + 3))
    )
      return null;
    // "on one occasion": a lone "one" before a noun of its own counts that noun, not the last count's.
    if (value === 1 && testNative(ONE_BEFORE_NOUN, ctx.paragraph.slice(end, end + 20))) return null;
    // "81% of businesses against one.": a "one" closing its clause after "against" stands for a thing named before.
    if (text === 'one' && before === 'against' && /^[.,;!?]/.test(ctx.paragraph.slice(end, end + 1))) return null;
    const share = unitAhead(ctx, SHARE_LINK, end);
    // "one of the two votes" reads as a phrase ("one of the best"), so a share starts at two.
    const ahead =
      (share && value > 1 && value <= share.value ? share : null) ??
      unitAhead(ctx, RANGE_LINK, end) ??
      (before === 'between' ? unitAhead(ctx, AND_LINK, end) : null);
    // "the 14 routes at risk include the 47 and 48": a number named with "the" and no noun of its own is a label.
    const named = before === 'the' || labelOfRange(ctx.paragraph, m.index) === 'the';
    const unit = ahead?.unit ?? (value > 1 ? shareNoun(ctx, end) : null) ?? (named ? null : unitBehind(ctx, m.index, end, value));
    if (unit) return { length: m[0].length, kind: 'count', value, unit };
    return bareCount(ctx.paragraph, m.index, end) ? { length: m[0].length, kind: 'count', value, unit: null } : null;
  },
};

/** A lower-case word after "one" that is neither a link word nor a verb of a clause ("one of", "one walks"). */
const ONE_BEFORE_NOUN =
  /^\s+(?!(?:of|in|on|at|to|and|or|but|for|by|from|with|more|less|fewer|than|each|apiece|which|who|that|is|was|were|are|has|had|will|would|could|did)\b)[a-z]+(?<!s)\b/;

/** A bare number the sentence counts without naming what (see BARE_CHANGE, COUNTED_SUBJECT_AFTER). */
function bareCount(paragraph: string, index: number, end: number): boolean {
  const after = paragraph.slice(end, end + 24);
  if (/(?:^|[.!?]["”’]?\s+)$/.test(paragraph.slice(Math.max(0, index - 4), index)) && testNative(COUNTED_SUBJECT_AFTER, after)) return true;
  if (!testNative(BARE_END, after)) return false;
  const before = paragraph.slice(Math.max(0, index - 110), index);
  // ("we will never get another one": "one" there stands for a thing, not a count.)
  return (
    testNative(BARE_CHANGE, before) ||
    (paragraph.slice(index, end) !== 'one' && (testNative(MORE_OF_THE_SAME, before) || testNative(RESULT_BARE, before) || testNative(CAPACITY_BARE, before)))
  );
}

/**
 * An election result's votes, the noun understood: "Daniel Kemp (Conservative) 882", "(Labour) had
 * 402", "who polled 187", "who took 934", "was second with 1,030".
 */
const RESULT_BARE = new RegExp(
  String.raw`(?:\b(?:polled|(?:who|and)\s+took|(?:was|came|finished)\s+(?:second|third|fourth|fifth|sixth|last)\s+with)|\([^()\d]{2,40}\)(?:\s+(?:had|got|took|polled|on))?)\s+${HEDGE}$`,
  'i',
);

/**
 * "had a further 412 under construction", "followed by Castlemoyle with 734": more of what the
 * sentence has just counted, or the next entry of a ranking, with the noun understood.
 */
const MORE_OF_THE_SAME = /(?:\b(?:a\s+further|another|an\s+(?:extra|additional))|\bfollowed\s+by\s+[^.;:!?]{1,40}?\s+with)\s+$/i;

/**
 * A place's capacity, a target or a new total, the noun understood: "room for 32", "a jail rated for
 * 312", "an authorized strength of 660", "an internal limit of 18", "bringing its strength to 2,310".
 */
const CAPACITY_BARE = new RegExp(
  String.raw`\b(?:(?:room|space|places?|rated|built|designed)\s+for|(?:strength|limit|capacity|establishment|maximum|target)\s+of|bringing\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+){1,2}to)\s+${HEDGE}$`,
  'i',
);
