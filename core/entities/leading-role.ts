/**
 * The role-phrase parser shared by roles.ts, roles-after.ts and lede-role.ts: vocabulary words up
 * to a head ("cabinet member", "Auditor General", "Member of the Senedd"), then a qualifier.
 */
import { CASED_HEADS, LEGISLATURE_NAME_RE, QUALIFIERS, ROLE_HEADS, SCHOOL_HEADS, isRoleModifier } from './role-lexicon';
import { CAPITAL_ROLE_WORDS, MODIFIER_WORDS, PARTY_WORDS } from './not-names';
import { L, LU } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';

/** Verbs and clause words that end a qualifier ("director of housing said ..."). */
export const STOP_AFTER_RE =
  /\s(?:said|says|told|tells|added|who|which|has|have|had|is|was|were|are|include|includes|included|including|will|would|and said|when|after|before|in|on)\b.*$/su;

/** Lower-case a word and normalise its apostrophe. */
export const lower = (w: string): string => w.toLowerCase().replace(/’/g, "'");

const WORD_JUST_BEFORE_RE = new RegExp(String.raw`(?:^|[^${L}'’-])([${L}]+)[ \u00A0]+$`, 'u');
/**
 * The word written straight before `pos`, only spaces between ("businessman" in "local businessman
 * Oliver Smith", "Coalition" in "Coalition member"), read no further back than `limit`; or undefined.
 */
export function wordJustBefore(text: string, pos: number, limit: number): string | undefined {
  return execNative(WORD_JUST_BEFORE_RE, text.slice(Math.max(limit, pos - 20), pos))?.[1];
}
/** Does the word start with a capital? */
const CAPITAL_START_RE = new RegExp(String.raw`^[${LU}]`, 'u');
export const isCapital = (w: string): boolean => testNative(CAPITAL_START_RE, w);
/** A capitalised word that may sit inside a role ("Cabinet", "Labour", "Acting", "MLA"). */
export const isCapitalRole = (w: string): boolean => {
  const l = lower(w);
  return CAPITAL_ROLE_WORDS.has(l) || PARTY_WORDS.has(l) || MODIFIER_WORDS.has(l) || ROLE_HEADS.has(l) || CASED_HEADS.has(w);
};
/**
 * "chief executive of North Raddington Council" is one person's post: its head ("executive", before
 * any qualifier) is a role noun and singular. A plural head ("cabinet members") labels a list.
 */
export function isSingularPost(role: string): boolean {
  const head = role
    .split(/\s+(?:of|for|at|on)\s+/)[0]!
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  return ROLE_HEADS.has(head) && !head.endsWith('s');
}

/** "vice-chair", "co-leader", "joint-leader": a hyphenated role word, read as its last part. */
const CO_PREFIX_RE = /^(?:vice|co|deputy|joint)-(?=[a-z])/i;
// ("co-ordinator" is the word itself, spelt with a hyphen, not a shared "ordinator".)
const withoutCoPrefix = (w: string): string => (testNative(COORDINATOR_RE, w) ? w : w.replace(warmRegExp(CO_PREFIX_RE, w), ''));
const COORDINATOR_RE = /^co-ordinators?$/i;

/** A noun a role phrase ends with ("co-leader" as "leader", "secretary-treasurer"). */
export const isHead = (w: string): boolean => {
  const bare = withoutCoPrefix(w);
  if (ROLE_HEADS.has(lower(bare)) || CASED_HEADS.has(bare)) return true;
  // "secretary-treasurer", "clerk-treasurer": two posts held as one, each a role's head.
  const dash = bare.indexOf('-');
  return dash > 0 && ROLE_HEADS.has(lower(bare.slice(0, dash))) && ROLE_HEADS.has(lower(bare.slice(dash + 1)));
};

// "Member of the Senedd", and "Member for Monaro Plains" (a state or provincial seat, capitalised).
const LEGISLATURE_RE =
  /^(?:of (?:the )?(?:Senedd|Parliament|Scottish Parliament|Welsh Parliament|Legislative Assembly|Assembly|Congress|European Parliament)\b|for [A-Z])/;

/** "a member of the council's scrutiny panel", "a member of Marlow Town Council": a member of a public body or its committee is a role. */
const BODY_MEMBER_RE =
  /^of (?:the )?(?:\S+ ){0,2}(?:council|council's|authority's|county's|city's|borough's|district's|board|cabinet|committee|panel|commission|trustees)\b|^of the (?:state|county|city|regional) (?:[A-Z]\S* ){1,3}(?:Commission|Board|Authority)\b|^of (?:the )?(?:[A-Z][\w'’.-]* ){1,5}(?:Council|Board|Cabinet|Committee|Panel|Commission|Authority|Assembly|Legislature)\b/;

/** Words that finish a role after its head: "Auditor General", "Attorney General"; the standards "independent person". */
function postHead(ws: readonly string[], i: number, lastHead: number): boolean {
  const l = lower(ws[i]!);
  if (l === 'general') return lastHead === i - 1 && i > 0;
  return l === 'person' && i > 0 && lower(ws[i - 1]!) === 'independent';
}

/** Lower-case words a modifier may not be: they join clauses, not describe a post. */
const NOT_MODIFIER_RE =
  /^(?:and|or|but|nor|so|who|which|that|this|these|those|said|says|is|was|were|are|be|been|has|had|have|will|would|not|to|in|on|at|by|with|from|for|of|as|if|than|then|when|while|other|another|same|new|also|its|their|his|her|our)$/;
/** A plain lower-case word ("medical", "clinical") that may describe a post nobody listed. */
const PLAIN_MODIFIER_RE = /^[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF-]{2,}$/;

/** A service's initials before the job ("EMS administrator", "IT manager", "SEND officer"): part of the post. */
const ACRONYM_RE = /^[A-Z]{2,6}$/;

/** The kinds of public body a place's name comes before ("Birch Township", "Ames County"). */
const BODY_KIND_RE = /^(?:Township|County|City|Town|Village|Borough|District|Parish)$/;
/** The kinds of school district named between its place and "School District" ("Unified", "Independent"). */
const DISTRICT_KIND_RE = /^(?:Unified|Independent|Consolidated|Community|Union|Regional|Area|Joint|Public)$/;

/** The same kinds written in lower case, as a modifier of the post after them ("town trustee"). */
const BODY_KIND_LOWER_RE = /^(?:township|county|city|town|village|borough|parish|shire)$/;

/** A Texas or California school district by its initials ("Tres Robles ISD"). */
const SCHOOL_DISTRICT_INITIALS_RE = /^(?:ISD|CISD|USD|CUSD)$/;

/** Public services whose posts a place's name may open ("Ravenshire Police and Crime Commissioner"). */
const PUBLIC_SERVICE_WORD_RE = /^(?:Police|Fire|Metro|Sheriff|Coroner)$/;

/** Posts held for a place, so that a place's name may stand straight before them ("the Eastfield councillor"). */
const SEAT_HOLDER_RE = /^(?:councill?ors?|council(?:wo)?man|alder(?:wo)?man|MPs?|MSPs?|MLAs?|MEPs?|MPPs?|MNAs?|MHAs?|MHRs?|MLCs?|MHKs?|TDs?)$/;

/**
 * "the Birch Township supervisor", "the Eastfield councillor", "a Kessler town trustee": a capitalised
 * place (one or two words) naming the body of the post, or the seat its holder is elected for.
 */
function placeOfBody(ws: readonly string[], i: number): boolean {
  const place = isCapital(ws[i]!) && !/['’]/.test(ws[i]!) && !/^(?:The|A|An|Its|Their|His|Her|This|That|Each|Every)$/.test(ws[i]!);
  // "the Laurel Run principal", "the Alder Creek Elementary principal": a school's name before its head (SCHOOL_HEADS).
  for (let k = i + 1; place && k <= i + 4 && k < ws.length; k++) {
    if (SCHOOL_HEADS.has(ws[k]!)) return true;
    if (!isCapital(ws[k]!)) break;
  }
  // "Sunridge Unified School District": a school district's kind may stand between its place and "District".
  const reach = testNative(DISTRICT_KIND_RE, ws[i + 1] ?? '') ? 3 : 2;
  for (let k = i + 1; k <= i + reach && k < ws.length; k++) {
    if (testNative(BODY_KIND_RE, ws[k]!) || (place && testNative(SEAT_HOLDER_RE, ws[k]!))) return true;
    // "a Kessler town trustee", "a Millbrook village clerk": the body's kind in lower case after its place.
    // "the Ravenshire Police and Crime Commissioner", "the Ravenshire Fire Chief": a public service's post after it
    // (not any capitalised post: "the Barclays Chief Executive" is a bank's).
    // "a Tres Robles ISD trustee", "a Tres Robles school board trustee": a school district's initials or board after it.
    if (place && (testNative(BODY_KIND_LOWER_RE, ws[k]!) || testNative(PUBLIC_SERVICE_WORD_RE, ws[k]!) || testNative(SCHOOL_DISTRICT_INITIALS_RE, ws[k]!)))
      return true;
    // ("an Orrin School Committee member", "an Orrin Select Board member": the board's name written with capitals.)
    if (place && /^[Ss]chool$/.test(ws[k]!) && /^(?:[Bb]oard|[Dd]istrict|[Cc]ommittee)$/.test(ws[k + 1] ?? '')) return true;
    if (place && (/^Selectboard$/.test(ws[k]!) || (ws[k] === 'Select' && ws[k + 1] === 'Board'))) return true;
    if (!isCapital(ws[k]!)) return false;
  }
  return false;
}

/** A time told after a post's body: " for 14 years ...", " until 2023", " since May". */
const TIME_AFTER_RE = /\s+(?:for\s+(?:\d+|[a-z]+)\s+(?:years?|months?|decades?)|until|since|between|from\s+(?:19|20)\d\d)\b.*$/s;

/** Heads that also modify another job noun ("head coach", "chief steward"). */
const MODIFYING_HEADS = new Set(['head', 'chief', 'lead', 'executive']);
/** Words after a head that end the phrase rather than carry it on ("chief said", "head who"). */
const STOP_WORDS_AFTER_HEAD = new Set([
  'and',
  'or',
  'but',
  'who',
  'whose',
  'which',
  'that',
  'said',
  'says',
  'told',
  'was',
  'is',
  'has',
  'had',
  'will',
  'would',
  'also',
  'in',
  'on',
  'since',
  'from',
  'with',
  'to',
  'as',
  'when',
]);

/** "of the transit union local that represents ...": a relative clause ends the body's name. */
const RELATIVE_CLAUSE_RE = /\s(?:that|whose|where|while|because|but)\b.*$/s;
/** "to the council", "to the parish council", "to the mayor": the body or office a clerk or adviser serves. */
const TO_BODY_RE = /^to the (?:[a-z]+ )?(?:council|mayor|board|authority|cabinet|committee|commission|justices|governors|trustees)\b/;
/** A qualifier that is only a body's name: capitalised words joined by "of", "the", "and", "for" or "&". */
const BODY_NAME_RE = new RegExp(String.raw`^(?:of|for|at|on|from)(?:\s+(?:[${LU}][^\s]*|of|the|and|for|&))+$`, 'u');

/**
 * Parse a role phrase at the start of `phrase`: vocabulary words up to a head, then a qualifier (or
 * null). `looseModifiers` lets up to two unlisted lower-case words stand before the first head: the
 * caller has already seen a noun phrase closed by a comma before a name ("the board's medical
 * director, Dr Alun Prys"), so an unknown adjective there describes the post.
 */
export function leadingRole(phrase: string, strictQualifier: boolean, looseModifiers = false): string | null {
  const ws = phrase.trim().split(/\s+/);
  // "the ward's other councillor", "another councillor": one more holder of the same post.
  if (ws.length > 1 && /^(?:other|another)$/i.test(ws[0]!)) ws.shift();
  let lastHead = -1;
  let loose = looseModifiers ? 2 : 0;
  let i = 0;
  for (; i < ws.length; i++) {
    const w = withoutCoPrefix(ws[i]!);
    const l = lower(w);
    let known =
      isRoleModifier(l) ||
      isHead(w) ||
      (isCapital(w) && isCapitalRole(w)) ||
      /^\d+$/.test(w) ||
      postHead(ws, i, lastHead) ||
      (lastHead < 0 && (testNative(ACRONYM_RE, w) || placeOfBody(ws, i))) ||
      (i === 0 && testNative(LEGISLATURE_NAME_RE, w) && lower(ws[1] ?? '') === 'member');
    if (!known && lastHead < 0 && loose > 0 && testNative(PLAIN_MODIFIER_RE, w) && !testNative(NOT_MODIFIER_RE, w)) {
      loose--;
      known = true;
    }
    if (!known) break;
    // "member" alone ("a member of the public") is not a role; "cabinet member" and "Member of the Senedd" are.
    if (
      (isHead(w) &&
        !(
          l === 'member' &&
          i === 0 &&
          !testNative(LEGISLATURE_RE, ws.slice(i + 1, i + 4).join(' ')) &&
          !testNative(BODY_MEMBER_RE, ws.slice(i + 1, i + 10).join(' '))
        )) ||
      postHead(ws, i, lastHead)
    )
      lastHead = i;
  }
  if (lastHead < 0) return null;
  // "head teacher", "head master": a school's head written as two words is one post.
  if (lower(ws[lastHead]!) === 'head' && /^(?:teacher|master|mistress)$/i.test(ws[lastHead + 1] ?? '')) lastHead++;
  const tail = ws.slice(lastHead + 1);
  // "head coach", "chief steward": "head" or "chief" that only modifies a job the lexicon lacks is no role.
  // A head a word or two further on ("chief administrative officer") keeps it a role.
  if (
    MODIFYING_HEADS.has(lower(ws[lastHead]!)) &&
    tail[0] &&
    /^[a-z]{3,}$/.test(tail[0]) &&
    !QUALIFIERS.has(tail[0]) &&
    !STOP_WORDS_AFTER_HEAD.has(tail[0]) &&
    !tail.slice(1, 3).some((w) => isHead(w))
  )
    return null;
  let role = ws.slice(0, lastHead + 1).join(' ');
  const q = tail[0] ? lower(tail[0]) : '';
  // "clerk to the council", "adviser to the mayor": a post held to a body or its head.
  const toBody = q === 'to' && testNative(TO_BODY_RE, tail.join(' '));
  if ((QUALIFIERS.has(q) && (!strictQualifier || q === 'of' || q === 'for')) || toBody) {
    // "chairman of the logistics firm Acme Freight and one of the town's employers": the body ends at "and one".
    const joined = ` ${tail.join(' ')}`;
    const rest = joined
      .replace(warmRegExp(STOP_AFTER_RE, joined), '')
      .replace(warmRegExp(RELATIVE_CLAUSE_RE, joined), '')
      .replace(/\s+and\s+(?:one|a|an|the|also)\b.*$/s, '')
      .trim();
    // A body's full name may run long ("of the League of Women Voters of Sable Creek County"); other long tails are clauses.
    const n = rest.split(/\s+/).length;
    if (n <= 9 || (n <= 16 && testNative(BODY_NAME_RE, rest))) role = `${role} ${rest}`;
    else {
      // "governor at Ysgol Llanfihangel for 14 years until she stepped down ...": the body, without the time told after it.
      const body = rest.replace(warmRegExp(TIME_AFTER_RE, rest), '');
      if (body !== rest && body.split(/\s+/).length <= 9) role = `${role} ${body}`;
    }
  }
  return role.replace(/^(?:(?:and|of|for|&|both|all)\s+)+/i, '');
}
