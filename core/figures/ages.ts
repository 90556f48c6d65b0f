import { execNative, testNative } from '../native-regexp';
import { LABEL_WORDS } from './count-words';
import { MONTH_WORDS } from './dates';
import { NUMBER, NUMBER_START, parseNumber } from './numbers';
import type { FigureRule, RuleResult } from './rule';
import { textBefore } from './rule';
import { L, LL, LU } from '../letters';

/** A child's age written as a word. */
const AGE_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen';
/** "aged 44", "aged four" (not a range: "aged 16 to 18" names a group, not someone's age). */
const AGED = String.raw`(?<![\p{L}\d])aged\s+(?<an>\d{1,3}|${AGE_WORDS})(?![\d\p{L}]|[.,]\d|\s*(?:[-–]|to\s|and\s|or\s)\s*(?:\d|${AGE_WORDS}))`;
/** Someone whose age a speaker gives: "I'm 63 and ...", "If you are 84 and you live in ...", "My neighbour is 88.", "My eldest is 14", "she was 91", "who was 81,", "My son would have been 35 this year". */
const SPEAKER_SUBJECT = String.raw`i['’]m|i\s+am|you\s+are|you['’]re|(?:he|she|who)\s+(?:is|was)|(?:he|she)['’]s|(?:mum|mom|dad|gran|nan|grandma|grandad|grandpa)(?:['’]s|\s+(?:is|was))|(?:my|her|his|our)\s+(?:neighbour|neighbor|mother|father|mum|mom|dad|wife|husband|son|daughter|grandmother|grandfather|gran|grandson|granddaughter|partner|eldest|youngest|oldest)\s+(?:is|was|would\s+have\s+been)`;
/** The speaker's subject, then the age at the end of a clause, in figures or words ("her son, who is six,", "the boy, who is now 12."). */
const IM = String.raw`(?<=(?<![\p{L}])(?:${SPEAKER_SUBJECT})\s{1,3}(?:(?:now|still|only|just)\s{1,3})?)(?<im>\d{1,3}|${AGE_WORDS})(?=[,.;!?]|\s+(?:and|but|now|so|next|this\s+year|today)\b|\s+[—–]|\s*$)`;
/** "left school at 15", "leaving education at 16", "retired at 60", "died at 88": the age at a turn in a life. */
const AT_AGE = String.raw`(?<=(?<![\p{L}])(?:(?:left|leav(?:e|es|ing))\s+(?:school|education|home)|retired|died|(?:started|began)\s+work|(?:first\s+)?elected)\s+at\s+)(?<at>\d{1,3})(?![\d\p{L}]|[.,:]\d)`;
/** "When I was 14 I was out delivering leaflets", "when she was 12": a time of life told by an age. */
const WHEN_AGE = String.raw`(?<=(?<![\p{L}])when\s+(?:i|he|she)\s+was\s+)(?<wa>\d{1,2}|${AGE_WORDS})(?![\d\p{L}]|[.,:]\d|\s*(?:%|per\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b))`;
/** "children as young as 12", "as old as 90": an age at the edge of a group's. */
const AS_AGE = String.raw`(?<=(?<![\p{L}])as\s+(?:young|old)\s+as\s+)(?<ay>\d{1,3})(?![\d\p{L}]|[.,:]\d|\s*(?:%|per\b|years?\b|months?\b|weeks?\b|days?\b))`;
/** "residents 65 and older", "people 18 or over", "homeowners who are 65 or older": the age a group starts at. */
const AND_OLDER = String.raw`(?<=(?<![\p{L}])(?:residents|people|seniors|adults|customers|pensioners|children|drivers|voters|homeowners|taxpayers|patients)\s+(?:who\s+are\s+)?)(?<ao>\d{1,3})(?=\s+(?:and|or)\s+(?:older|over|above|up)(?![\p{L}]))`;
/** "a man of 81", "a widow of 90": a person described by their age. */
const PERSON_OF = String.raw`(?<=(?<![\p{L}])an?\s+(?:man|woman|pensioner|widow|widower|grandmother|grandfather|gentleman|lady)\s+of\s+)(?<po>\d{1,3})(?![.,]?\d)(?=[,;:!?)]|\.(?!\d)|\s+(?:who|whose|with|from|and|in|living|at)\b|\s*$)`;
/** "The average age of a patient on that ward is 84", "the councillors' average age was 61": a group's age. */
const AVERAGE_AGE = String.raw`(?<=(?<![\p{L}])(?:average|median|mean)\s+age\s+(?:of\s+[^.;:!?\d]{1,40}?\s+)?(?:is|was|of)\s+)(?<av>\d{1,3})(?![\d\p{L}]|[.,]\d|\s*%|\s+(?:years?|months?|weeks?|days?)\b)`;
/** "more than", "over", "nearly": a hedge before "N years old". */
const HEDGED_BEFORE = /\b(?:more\s+than|over|nearly|almost|at\s+least|less\s+than|under|up\s+to)\s+$/i;
/** "72-year-old", "seven-year-old", "54 years old". */
const YEAR_OLD = String.raw`${NUMBER_START}(?<yn>${NUMBER})(?:-year-old|\s+years?\s+old)(?![\p{L}])`;
/**
 * "Ms Okoro, 61, a former teacher": a number between commas (or brackets, or before a semicolon, a
 * colon that opens their words ("resident Brian Coker, 79: "I've lived ..."") or a closing dash: "– retired headteacher Derek Hollins, 77 – asked") straight after a name ("Countywide, 61,340 ballots" is one number).
 */
const APPOSITIVE = String.raw`${NUMBER_START}(?<cn>\d{1,3})(?=,(?!\d)|;|:\s|\)|\.(?:\s|$)|[ \u00A0]+[–—][ \u00A0]|[ \u00A0]+and[ \u00A0]+(?:living|lives|retired|still)\b)`;
/** "Age: 52" in a profile's fact box: the label says what the number is. */
const LABELLED = String.raw`(?<=(?<![\p{L}])age:\s{0,3})(?<lb>\d{1,3})(?![\d\p{L}]|[.,]\d|\s*[-–]\s*\d)`;
/** "Alfie Brennan, nine, and his spaniel": a child's age written as a word between commas after a name. */
const WORD_APPOSITIVE = String.raw`(?<=,\s)(?<cw>${AGE_WORDS})(?=,)`;

/** Capitalised words before ", 61," that are not names (months, weekdays, labels: "Item 61,"). */
// prettier-ignore
const NOT_NAMES = new Set([
  ...MONTH_WORDS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'in', 'on', 'at', 'by', 'the', 'and', 'of', 'for', 'from', 'since', 'district', 'precinct', 'zone',
  'area', 'region', 'lot', 'block', 'phase', 'stage', 'level', 'grade', 'year', 'class', 'group', 'team',
]);
/** Lower-case people nouns an age may follow ("a pensioner, 81, said"). */
// prettier-ignore
const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'pensioner', 'resident', 'mother', 'father', 'son', 'daughter', 'teenager',
  'grandmother', 'grandfather', 'widow', 'widower', 'husband', 'wife', 'driver', 'cyclist', 'pedestrian',
  // Callings and posts set before an age in profiles ("The new leader, 47, is a former nurse").
  'leader', 'councillor', 'councilor', 'mayor', 'accountant', 'teacher', 'nurse', 'farmer', 'engineer',
  'solicitor', 'lawyer', 'campaigner', 'volunteer', 'veteran', 'businessman', 'businesswoman', 'landlord',
  'owner', 'chairman', 'chairwoman', 'candidate', 'newcomer', 'incumbent', 'challenger',
  'politician', 'commissioner', 'director', 'executive', 'manager', 'sheriff', 'superintendent', 'treasurer',
  'clerk', 'trustee', 'supervisor', 'activist', 'officer', 'administrator', 'governor', 'senator',
]);
/** The word before ", 61," (past a party's bracket: "Cllr Owen Tapsell (Con), 29,") and the opening mark (comma or bracket). */
const NAME_BEFORE = new RegExp(String.raw`([${L}'’-]+)(?:\s*\([^()\n]{1,24}\))?\s*(,|\()\s*(?:(?:now|then)\s+)?$`, 'u');
// "O'Rourke, 62,": an Irish surname's apostrophe sits between two capitals.
const CAPITALISED = new RegExp(String.raw`^[${LU}](?:['’][${LU}])?[${LL}]`, 'u');

/** True when the number at `index` follows a name and a comma ("Hale, 58,", "Lund, now 11,") or a bracket ("Hale (58)"). */
function followsName(text: string, index: number, closer: string): boolean {
  const m = execNative(NAME_BEFORE, textBefore(text, index, 40));
  if (!m) return false;
  const opener = m[2]!;
  // "(Roger Hale, 67)": a bracket opened before the name closes after its age.
  const bracketed = opener === ',' && closer === ')' && /\([^()]*$/.test(textBefore(text, index, 60));
  if ((opener === '(') !== (closer === ')') && !bracketed) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (PERSON_NOUNS.has(lower)) return true;
  return testNative(CAPITALISED, word) && !NOT_NAMES.has(lower) && !LABEL_WORDS.has(lower);
}

/**
 * Ages (kind `age`, unit `year`, value the number): "aged 44", "a 72-year-old man" ("72-year-old"),
 * "54 years old", and a number set off after a name: "Ms Okoro, 61, a former teacher" ("61"),
 * "Mr Hale (58)", "said Joan Pryce, 71.", "Alfie Lund, now 11,", "Gary Lutz, now 90 and living in ...", "Peter Holloway, then 71,", "Alfie Brennan, nine,", "The new leader, 47,", an age a
 * speaker gives ("I'm 63 and ...", "My neighbour is 88.", "she's 81 —"), and one at a turn in a life
 * ("left school at 15", "When I was 14"), a group's edge ("as young as 12"), and a person described by it ("a man of 81"). Not "Item 61," or "March 3, 45 councils".
 */
export const ageRule: FigureRule = {
  name: 'age',
  source: String.raw`(?:${AGED}|${YEAR_OLD}|${IM}|${AT_AGE}|${WHEN_AGE}|${AS_AGE}|${AND_OLDER}|${AVERAGE_AGE}|${PERSON_OF}|${LABELLED}|${APPOSITIVE}|${WORD_APPOSITIVE})`,
  interpret(m, ctx): RuleResult | null {
    const g = m.groups!;
    const setOff = g.cn ?? g.cw;
    if (setOff !== undefined && !followsName(ctx.paragraph, m.index, ctx.paragraph[m.index + m[0].length]!)) return null;
    const value = parseNumber(g.an ?? g.yn ?? g.im ?? g.at ?? g.wa ?? g.ay ?? g.ao ?? g.av ?? g.po ?? g.lb ?? setOff!);
    // "a 300-year-old church" is an age too; a person's age past 130 is some other number.
    if (value === null || value <= 0 || (g.yn === undefined && value > 130)) return null;
    // "pipes more than 60 years old": a hedged span of years is how long something has stood, as
    // news writes of things; a person's age is given exactly ("Ms Okoro, 61").
    const years = g.yn !== undefined ? /^(.*?\s+years?)\s+old$/.exec(m[0]) : null;
    if (years && testNative(HEDGED_BEFORE, ctx.paragraph.slice(Math.max(0, m.index - 16), m.index))) {
      return { length: years[1]!.length, kind: 'duration', value, unit: 'year' };
    }
    return { length: m[0].length, kind: 'age', value, unit: 'year' };
  },
};
