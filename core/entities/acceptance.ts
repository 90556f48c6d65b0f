/**
 * Whether a multi-word capitalised run with no full-name entity yet may introduce a person:
 * titles, roles and watchlist names say yes; organisation words, lower-case uses and a bare
 * article before it say no.
 */
import { execNative, testNative, warmRegExp } from '../native-regexp';
import type { Item } from './detect-people';
import { isWatchlistName, type PreparedEntry } from './watchlist-match';
import { L, LL, M } from '../letters';
import { isCalling, PARTY_WORDS } from './not-names';
import { givenNameGender } from './given-name-gender';
import { wordJustBefore } from './leading-role';

/**
 * Does the article use this word in lower case ("budget", "row")? Tells "Budget Row" from a name.
 * The lower-case words are indexed in one pass, on the first question only (most articles ask none).
 */
export function lowerWordTest(text: string): (word: string) => boolean {
  // A few questions: a native search each. Many (a page of names): index every lower-case word once.
  const memo = new Map<string, boolean>();
  let words: Set<string> | null = null;
  return (word) => {
    let hit = memo.get(word);
    if (hit !== undefined) return hit;
    if (!words && memo.size >= 16) {
      words = new Set();
      // A word starts after anything but a letter or apostrophe and runs to the next non-letter.
      for (const m of text.matchAll(warmRegExp(LOWER_WORD_RE, text))) words.add(m[0]);
    }
    hit = words ? words.has(word) : searchLower(text, word);
    memo.set(word, hit);
    return hit;
  };
}

function searchLower(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!testNative(WORD_BEFORE_RE, text[i - 1] ?? ' ') && !testNative(LETTER_ONLY_RE, text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/** After a possessive: a post that only a body has ("'s planning director", "'s chief executive", "'s spokeswoman"). */
const FIRM_POST_RE =
  /^['’]s?[ \u00A0]+(?:[a-z]+[ \u00A0]+){0,2}(?:director|chief[ \u00A0]+executive|spokes(?:man|woman|person)|chairman|chairwoman|chief[ \u00A0]+operating[ \u00A0]+officer|chief[ \u00A0]+financial[ \u00A0]+officer|board|shareholders|employees|staff)\b/;

/** A private body's noun written just before a capitalised run, after an article or a describing word. */
const BODY_NOUN_BEFORE_RE =
  /(?:^|[^A-Za-z])(?:[Tt]he|[Aa]n?|[Ll]ocal|[a-z]+['’]s?)[ \u00A0]+(?:[a-z-]+[ \u00A0]+){0,2}(?:charity|company|firm|group|association|society|club|organi[sz]ation|foundation|campaign|network|partnership|co-?operative|nonprofit|non-profit|consultancy|union)[ \u00A0]+$/;
const PERSON_ACT_AFTER_RE =
  /^[ \u00A0]+(?:co-?)?(?:founded|runs|ran|set|started|leads|led|chairs|owns|owned|launched|created|established|heads|joined|works|worked|helped|has|had)\b/;

/** A body or a description set just after a name: ", of Morland Planning", " from Hale Homes", ", a planning consultant". */
const AFFILIATION_AFTER_RE = /^(?:,?[ \u00A0]+(?:of|from|at)[ \u00A0]+(?:the[ \u00A0]+)?[A-Z]|,[ \u00A0]+(?:a|an)[ \u00A0]+[a-z])/;

/** "Wendell Kessler, the hydrologist who wrote the report": "who" after the name, or after a short apposition, is said of a person. */
const DESCRIBED_PERSON_RE = /^,[ \u00A0]+(?:(?:the|a|an)[ \u00A0]+(?:[a-z-]+[ \u00A0]+){1,3})?who\b/;

/** May this multi-word candidate introduce a new person? */
export function accept(
  text: string,
  item: Item,
  orgWords: Set<string>,
  isLower: (w: string) => boolean,
  watch: PreparedEntry[],
  titled: ReadonlySet<string> = new Set(),
  speakers: Speakers = speakerIndex(text),
  needEvidence = true,
): boolean {
  const { c, cues, content } = item;
  if (cues.credit) return false;
  if (isWatchlistName(content.join(' '), watch)) return true;
  // "the youth charity Dene Street Forward", "campaign group Save Oxley Fields": a run set straight after a
  // body's noun is that body's name, unless the run then acts as a person ("the firm Jo Hale founded").
  if (
    !c.title &&
    testNative(BODY_NOUN_BEFORE_RE, text.slice(Math.max(c.paraStart, c.start - 40), c.start)) &&
    !testNative(PERSON_ACT_AFTER_RE, text.slice(c.afterEnd, c.afterEnd + 16))
  )
    return false;
  if (c.title || cues.roles.length) return true;
  // "Taylor Wimpey's planning director Mark Leese": a firm named like a person, owning a post.
  if (c.possessive && testNative(FIRM_POST_RE, text.slice(c.afterEnd, c.afterEnd + 48))) return false;
  if (c.weakOrg) return actsAsPerson(text, item, titled, speakers);
  // "the Trojan Horse", "the Birmingham Mail": a bare article before a cue-less run marks a thing.
  if (/\b(?:the|a|an)[ \u00A0]+$/i.test(text.slice(Math.max(c.paraStart, c.start - 6), c.start))) return false;
  const ls = content.map((w) => w.toLowerCase());
  // "Kline Homes ... Developer Tom Kline said": a firm named after its owner does not make the owner a firm.
  // "Kate Morland, of Morland Planning", "Robert Askew, a planning consultant at Askew Planning": the
  // person is set beside the firm named after them.
  // So is one set after a described noun: "the company run by the mayor's brother, Chidi Okonkwo".
  const after = text.slice(c.afterEnd, c.afterEnd + 60);
  if (
    ls.some((l) => orgWords.has(l)) &&
    !speaksOrCalled(text, c) &&
    !testNative(DESCRIBED_PERSON_RE, after) &&
    !testNative(AFFILIATION_AFTER_RE, after) &&
    !testNative(KIN_BEFORE_RE, text.slice(Math.max(c.paraStart, c.start - 30), c.start))
  )
    return false;
  if (ls.every((l) => l.length === 1 || isLower(l))) return false;
  // "Promised Savings", "Speaking Tuesday": a sentence-initial verb or adverb is no given name.
  if (cues.sentenceInitial && /(?:ly|ed|ing)$/.test(ls[0]!) && isLower(ls[0]!)) return false;
  return !needEvidence || actsAsSomeone(text, item, titled, speakers);
}

/** "the mayor's brother, ": someone's relation or associate set before the name. */
const KIN_BEFORE_RE = /['’]s[ \u00A0]+(?:[a-z-]+[ \u00A0]+)?[a-z]+,[ \u00A0]*$/;

const SOMEONE_AFTER_RE =
  /^(?:,[ \u00A0]+(?:\d{1,3},|who\b|whose\b|aged\b|an?[ \u00A0]|the[ \u00A0]|one[ \u00A0]+of\b|his[ \u00A0]|her[ \u00A0]|(?!which\b|that\b|where\b|when\b|while\b|and\b|but\b|or\b|said\b|says\b|in\b|on\b|at\b|as\b|with\b|for\b)[a-z])|[ \u00A0]+(?:of|from)[ \u00A0]+the[ \u00A0]+[a-z]|[ \u00A0]+(?:(?:also|then|later|both)[ \u00A0]+)?(?:said|says|told|added|asked|argued|explained|wrote|warned|claimed|insisted|admitted|agreed|replied|urged|spoke|noted|stressed|suggested|questioned|responded|countered|conceded|acknowledged)\b|['’]s?[ \u00A0]+(?:wife|husband|son|daughter|mother|father|partner|family)\b)/;
/** "Amy Toms from the Brill County Health Department said": someone of a body, speaking. */
const AFFILIATED_SPEAKER_RE =
  /^[ \u00A0]+(?:of|from|at|with)[ \u00A0]+(?:the[ \u00A0]+)?[^,.;:!?()"“”\n]{2,50}?[ \u00A0]+(?:said|says|told|added|warned|explained|argued|urged|confirmed)\b/;
const DASH_OPEN_RE = /^[ \u00A0]+[–—][ \u00A0]+/;
// "said Ann Hale", "An external investigator, Ann Hale,", "Her daughter, Ann Hale,": a described person.
const ASIDE_RE = /^[ \u00A0]\([^()\n]{1,40}\)/;
const SOMEONE_BEFORE_RE = /(?:\b(?:said|says|according[ \u00A0]+to|added|asked|wrote)[ \u00A0]+|\b[a-z][a-z'’-]+,[ \u00A0]*)$/;

/**
 * A capitalised pair with no title or role is a person only when the text treats it as one: it
 * speaks, is described ("Ann Hale, 64, a retired nurse", "who lives nearby"), or the surname is
 * titled or speaks elsewhere. Firms and places ("Hollin Aggregates", "Holme Fen") rarely do.
 */
function actsAsSomeone(text: string, item: Item, titled: ReadonlySet<string>, speakers: Speakers): boolean {
  const { c } = item;
  // A bracketed aside ("Peter Okafor (Morwick) said") is stepped over.
  let after = text.slice(c.afterEnd, c.afterEnd + 68);
  if (after.startsWith(' (') || after.startsWith('\u00A0(')) after = after.replace(warmRegExp(ASIDE_RE, after), '');
  // "Tom Reid — a retired teacher — said": an aside opened by a dash reads as one opened by a comma.
  after = after.replace(warmRegExp(DASH_OPEN_RE, after), ', ');
  if (testNative(SOMEONE_AFTER_RE, after.slice(0, 24)) || testNative(AFFILIATED_SPEAKER_RE, after)) return true;
  const before = text.slice(Math.max(c.paraStart, c.start - 30), c.start);
  if (testNative(SOMEONE_BEFORE_RE, before)) return true;
  // "Resident Oliver Smith", "local businessman Oliver Smith": a calling written straight before the name.
  const calling = wordJustBefore(text, c.start, c.paraStart);
  if (calling && isCalling(calling)) return true;
  if (partyLabelled(text, item)) return true;
  return surnameActsElsewhere(text, item, titled, speakers);
}

/** A capitalised word, perhaps possessive, straight before a name ("Labour's ", "Conservative "). */
const PARTY_BEFORE_RE = /(?:^|[^A-Za-z'’-])([A-Z][A-Za-z]+)(?:['’]s)?[ \u00A0]+$/;

/**
 * "Conservative Tom Bell", "Labour's Ann Lee": a party's label before a given name marks its
 * candidate or member. (A given name is asked for: "Green Lane Park" is a place.)
 */
function partyLabelled(text: string, { c, content }: Item): boolean {
  const party = execNative(PARTY_BEFORE_RE, text.slice(Math.max(c.paraStart, c.start - 24), c.start))?.[1];
  return !!party && PARTY_WORDS.has(party.toLowerCase()) && !!givenNameGender(content[0]!);
}

/** The run's surname is titled elsewhere ("Mrs Hall"), or speaks or is given an age elsewhere ("Hall said", "Hall, 52,"). */
function surnameActsElsewhere(text: string, item: Item, titled: ReadonlySet<string>, speakers: Speakers): boolean {
  const { c, content } = item;
  const surname = content[content.length - 1]!;
  if (titled.has(surname.toLowerCase())) return true;
  const own = c.tokens[c.tokens.length - 1]!.start;
  return speakers(surname).some((i) => i !== own);
}

const LOWER_WORD_RE = new RegExp(String.raw`(?<![${L}'’])[${LL}][${L}]*`, 'gu');
const LETTER_RE = new RegExp(String.raw`[${L}${M}]`, 'u');
const WORD_BEFORE_RE = new RegExp(String.raw`[${L}'’]`, 'u');
const LETTER_ONLY_RE = new RegExp(String.raw`[${L}]`, 'u');

/**
 * "Margaret Hall" or "Ellen Marsh" (surnames that are also place words) is a person when the article
 * also calls her by title ("Mrs Hall"), says "who" of her, or has the surname speak ("Marsh said").
 */
function actsAsPerson(text: string, item: Item, titled: ReadonlySet<string>, speakers: Speakers): boolean {
  const { c } = item;
  // "to Kingsley Hall", "at Brook Marsh": after a place preposition it is a place, whatever else says.
  if (
    c.possessive ||
    /\b(?:at|to|in|into|from|near|outside|inside|opposite|of|on|the)[ \u00A0]+$/i.test(text.slice(Math.max(c.paraStart, c.start - 10), c.start))
  )
    return false;
  if (/^,[ \u00A0]+who\b/.test(text.slice(c.afterEnd, c.afterEnd + 6))) return true;
  // "Joan Bell said", "Joan Bell, 70,", "Resident Joan Bell": a place does not speak or have an age,
  // and a calling names a person.
  if (speaksOrCalled(text, c) || partyLabelled(text, item)) return true;
  // "Sarah Green, a nurse,", "Peter Wood, a retired lorry driver": a place is not described by a calling.
  const described = execNative(DESCRIBED_BY_RE, text.slice(c.afterEnd, c.afterEnd + 48));
  if (described && isCalling(described[1]!)) return true;
  return surnameActsElsewhere(text, item, titled, speakers);
}

/**
 * An apposition of up to three words after a name ("…, a retired lorry driver"), capturing its last
 * word, which may be followed by what it is of or where ("an associate professor of public policy at ...").
 */
const DESCRIBED_BY_RE = /^,[ \u00A0]+(?:a|an)[ \u00A0]+(?:[a-z-]+[ \u00A0]+){0,2}?([a-z]+)\b(?![ \u00A0]+(?!(?:of|at|in|for|with|from)\b)[a-z])/;

/** A full name with a calling just before it ("Developer Tom Kline") or a speech verb just after it. */
function speaksOrCalled(text: string, c: Item['c']): boolean {
  if (c.tokens.length < 2) return false;
  if (testNative(SPOKEN_OR_AGED_RE, text.slice(c.afterEnd, c.afterEnd + 12))) return true;
  const calling = wordJustBefore(text, c.start, c.paraStart);
  return !!calling && isCalling(calling);
}

const SPOKEN_OR_AGED_RE = /^(?:[ \u00A0]+(?:said|says|told|added|argued|explained|warned|insisted)\b|,[ \u00A0]+\d{1,3},)/;

/**
 * A speech verb or an age after a word ("Hall said", "Kowalczyk, 52, sat down"): a firm or place
 * does neither. Found in one pass over the article.
 */
const SPEECH_RE = /[ \u00A0]+(?:said|says|told|added|argued|explained|wrote)\b|,[ \u00A0]+\d{1,3},/g;
/** Characters of a surname, read back from the speech verb ("O’Neill", "Taylor-Hughes"). */
const NAME_CHAR_RE = new RegExp(String.raw`[${L}${M}'’-]`, 'u');
/** Where a surname is followed by a speech verb or an age: at most two places (one may be the candidate itself). */
export type Speakers = (surname: string) => number[];

/**
 * The article's speakers (and the people given an age), indexed on the first question in one pass
 * over its speech verbs and ages: searching the text once per surname made a page of thousands of
 * names quadratic.
 */
export function speakerIndex(text: string): Speakers {
  let index: Map<string, number[]> | null = null;
  return (surname) => (index ??= indexSpeakers(text)).get(surname) ?? [];
}

function indexSpeakers(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const m of text.matchAll(warmRegExp(SPEECH_RE, text))) {
    const end = m.index;
    let start = end;
    while (start > 0 && end - start < 60 && testNative(NAME_CHAR_RE, text[start - 1]!)) start--;
    // The word, and each tail of it after a mark ("Hughes" in "Taylor-Hughes", "Neill" in "O’Neill"):
    // a surname counts wherever no letter comes straight before it.
    for (let k = start; k < end; k++) {
      if (k > start && testNative(LETTER_RE, text[k - 1]!)) continue;
      const word = text.slice(k, end);
      const found = index.get(word);
      if (!found) index.set(word, [k]);
      else if (found.length < 2) found.push(k);
    }
  }
  return index;
}
