/**
 * Evidence that a named person acts in a public body's business, read from the words around each
 * mention: named in a vote roll ("Voting yes were Ana Ruiz, Bo Chen and ...", "Those against: Pratt,
 * Lowe and Ng"), moving, seconding or voting on a motion, presenting a report, chairing the meeting,
 * or speaking for a public body. Such a person is an official unless the article marks them as
 * something else (a resident, campaigner, developer...): see to-people.ts. Every look-around is a
 * bounded window, so the pass is linear in the article.
 */
import type { Item } from './detect-people';
import type { RoleCue } from './roles';
import { isOfficialRole } from './roles';
import { hasPrivateHead } from './role-owner';
import { PARTY_PLURALS, PARTY_WORDS } from './not-names';
import { CONNECTORS, ROLE_VOCAB, SEAT_KINDS } from './role-lexicon';
import { isCapitalRole, isHead } from './leading-role';
import { L } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';
import { SEAT_AFTER_RE, SEAT_ASIDE } from './shared-roles';
import { partyGroupOpening } from './party-groups';
import { describedFollowers, membersPost } from './member-lists';
import { continuesRoll } from './roll-continues';

const S = '[ \\u00A0]+';
/** "Fyfe and the township's other appointee, Dana Whitcombe": the next member set off after a post the text gives them. */
const OWNED_POST_GAP = `[ \\u00A0]+and[ \\u00A0]+the[ \\u00A0]+[a-z]+['’]s[ \\u00A0]+(?:[a-z-]+[ \\u00A0]+){0,2}[a-z-]+,[ \\u00A0]*`;
/**
 * What separates two names of one list: a comma, "and", "&" or ";" (or "and the township's appointee,"), after an
 * optional "(Lab)", and before an optional lower-case post on the body ("Mistry, vice-chair Arlene Gough, Tom Reinholt").
 */
const GAP_RE = new RegExp(
  `^(?:[ \\u00A0]*\\([^()\\n]{1,40}\\)|${SEAT_ASIDE})?(?:,[ \\u00A0]*(?:and[ \\u00A0]+)?|[ \\u00A0]+(?:and|&)[ \\u00A0]+|;[ \\u00A0]*|${OWNED_POST_GAP})` +
    `(?:(?:vice|deputy)[ -])?(?:chair(?:man|woman|person)?|mayor|reeve|warden|president|treasurer|secretary)?[ \\u00A0]*$`,
);

/** Parties named in the plural before their members ("fellow Tories Sue Marr and Keith Dunn"). */
const PARTY_MEMBERS = `(?:${[...PARTY_PLURALS].join('|')}|lib${S}dems|liberal${S}democrats|labour${S}(?:councillors|members))`;

/** The words that open a vote roll, ending where its first name starts. */
const ROLL_INTRO_RE = new RegExp(
  '(?:' +
    `(?:\\b(?:voting|voted|votes?)${S}(?:(?:yes|no|aye|nay)(?:${S}on${S}[^.:;\\n]{1,40})?|(?:for|against)(?:${S}[^.:;\\n]{1,40})?|in${S}favou?r(?:${S}of${S}[^.:;\\n]{1,40})?|to${S}[^.:;\\n]{1,40})` +
    `|\\b(?:those|members|councillors|councilors|commissioners|supervisors|trustees|leaders)${S}(?:(?:who${S})?(?:voting|voted)${S})?(?:for|against|in${S}favou?r|opposed|opposing|abstaining|who${S}abstained|backed|supported|rejected|approved|endorsed)(?:${S}(?:it|the${S}\\w+))?)` +
    `(?:${S}(?:were|was)${S}|[ \\u00A0]*[:\\u2013\\u2014][ \\u00A0]*)` +
    // ("Voting against were Sinn Féin's four councillors, Kilgallon, Mannion and ...": the group named before its members.)
    `(?:[^.:;,\\n]{1,40}?\\b(?:councillors|councilors|members|commissioners|supervisors|trustees|colleagues),${S})?` +
    // "Yes: Ruiz and Chen.", "The vote: Yes — Birchfield, Quon and Varga. No — ...", "In favour: Ferris, Anita Sandhu ...".
    `|(?:^|[.:;(\\n]${S}|[.;(\\n])(?:for|against|in${S}favou?r|abstain(?:ed|ing|ions?)?|ayes|noes|nays|yes|no|opposed|absent)[ \\u00A0]*[:\\u2013\\u2014][ \\u00A0]*` +
    `|\\b(?:yes|no|dissenting|opposing|the)${S}votes?${S}(?:came${S}from|were${S}cast${S}by)${S}` +
    // "The abstentions came from the Independent Alliance group: Oyelaran, Malik and Sharma."
    `|\\b(?:abstentions?|(?:yes|no|dissenting|opposing|the)${S}votes?)${S}came${S}from${S}[^.:;\\n]{1,50}[:\\u2013\\u2014][ \\u00A0]*` +
    `|\\b(?:the${S})?(?:lone|only|sole)${S}(?:dissenter|dissenting${S}vote|vote${S}against|abstention)${S}(?:was|came${S}from)${S}` +
    // "The roll call: Voting yes, Farnsworth, Brightwell and Waite. Voting no, Narayan and Tan."
    `|(?:^|[.:;]${S})voting${S}(?:yes|no|aye|nay)[ \\u00A0]*,${S}` +
    // "The Conservative group voted against along with independents X and Y": a party's plural, then its members.
    `|\\b(?:voted|voting)${S}(?:for|against|in${S}favou?r)${S}along${S}with${S}(?:(?:fellow|the)${S})?${PARTY_MEMBERS}${S}` +
    // "Cllr Petch voted against, as did fellow Tories Sue Marr and Keith Dunn.", "... voted against, along with Independents X and Y"
    `|\\b(?:voted|voting|abstained)\\b[^.;:\\n]{0,60}?,${S}(?:as${S}did|along${S}with)${S}(?:(?:fellow|his|her|their)${S})?(?:(?:${PARTY_MEMBERS}|colleagues|councillors|councilors|members|commissioners|supervisors|trustees)${S})?` +
    // "Opposed were Kemp, Ito and Mayor Haskins.", "In favour were ...", "Abstaining was ..."
    `|(?:^|[.;(\\n]${S}|[.;(\\n])(?:opposed|against|dissenting|abstaining|in${S}favou?r|(?:voting${S})?in${S}the${S}(?:majority|minority))${S}(?:were|was)${S}` +
    // "The bylaw was opposed by Directors X, Y and Z": a measure's opponents or backers named by "by".
    `|\\b(?:motion|bylaw|by-law|amendment|resolution|ordinance|measure)${S}(?:was|were)${S}(?:opposed|supported|backed)${S}by${S}` +
    // "Supporting the motion were Mrs Lumsden, Pete Galloway and ...", "Opposing it was ...".
    `|(?:^|[.;(\\n]${S}|[.;(\\n])(?:supporting|backing|opposing|rejecting)(?:${S}(?:the${S}(?:motion|amendment|resolution|proposal|recommendation)|it))?${S}(?:were|was)${S}` +
    ')$',
);

/** An act in the body's business written just after a name (or after the last name of a list). */
const ACT_AFTER_RE = new RegExp(
  `^(?:[ \\u00A0]*\\([^()\\n]{1,40}\\))?${S}(?:(?:also|then|later|had|has|formally|successfully|unsuccessfully|both|all)${S})?(?:` +
    `moved${S}(?:the|an?|that|to${S}(?:approve|reject|defer|refuse|accept|adopt|amend|block|grant))\\b` +
    `|seconded\\b|abstained\\b|dissented\\b|tabled${S}(?:the|an?)\\b|made${S}(?:the|an?)${S}(?:motion|amendment)\\b` +
    // "Tom Bryce recused himself", "Lisa Crane was absent": a member's part in the vote, even sitting it out.
    `|recused${S}(?:himself|herself|themselves)\\b|(?:was|were)${S}absent\\b` +
    // "was joined by Rosa Delvecchio and Nathan Kimura in voting for the cuts"
    // "... and Rosa Villanueva joined Christiansen in voting for the censure"
    `|(?:joined${S}[^.;:!?\\n]{1,40}?${S})?in${S}(?:voting|backing|supporting|opposing|rejecting)${S}(?:for|against|yes|no|the|it|this|that)\\b` +
    `|proposed${S}(?:the|an?)${S}(?:motion|amendment|resolution|recommendation)` +
    `|voted${S}(?:for|against|in${S}favou?r|to|yes|no|with|alongside)\\b` +
    // ("with Philip Adair casting the lone vote against": the same act as a participle.)
    `|cast(?:ing)?${S}(?:the|a|her|his|their)${S}(?:deciding|casting|lone|only|sole|decisive)` +
    `|presented${S}(?:the|a|an|his|her|their)${S}(?:[a-z'’-]+${S}){0,3}(?:report|budget|plans?|proposals?|findings|update|accounts|review|recommendations?|paper|motion|item)\\b` +
    `|chaired${S}(?:the|a)${S}(?:meeting|committee|session|hearing|panel|debate|board)\\b` +
    ')',
);

/**
 * "seconded by", "The report, presented by", "the district's board, chaired by": an act in the body's
 * business just before a name (not a private group's board: "the Friends group's board, chaired by").
 */
const ACT_BEFORE_RE = new RegExp(
  `(?:\\bseconded|(?:motion|amendment|resolution|report|budget|plans?|proposals?|recommendations?|paper|item|meeting|committee|hearing|ordinance|bill|measure|(?<!(?:group|association|company|firm|club|charity|society|union|friends)['’]s?${S})(?:board|panel|commission|authority))\\b[^.;:\\n]{0,30}?\\b(?:moved|proposed|tabled|presented|chaired|put${S}forward|brought${S}forward|introduced|sponsored|co-sponsored))${S}by${S}$`,
);

/**
 * "seconded by", "seconded by trustee" (a role word between the act and the name), "seconded by
 * Labour's" (the seconder's party).
 */
function actBefore(before: string): boolean {
  const party = execNative(PARTY_OWNER_RE, before)?.[1];
  const unowned = party && PARTY_WORDS.has(party.toLowerCase()) ? before.slice(0, before.lastIndexOf(party)) : before;
  const act = isRoleWord(lastWord(unowned)) ? withoutRole(unowned) : unowned;
  return act.endsWith('by ') && testNative(ACT_BEFORE_RE, act.toLowerCase());
}

/**
 * "The committee's vote was 7-1, with Wayne Beaulieu opposed", "passed 5-2, with Kemp and Ito
 * voting no": a tally's dissenters named after "with". A vote word or tally must come just before.
 */
const WITH_BEFORE_RE = /(?:^|[ \u00A0,])with[ \u00A0]+$/;
/** The side a name took in a tally, written after it: "opposed", "in favor", "voting no". */
const VOTE_SIDE = `${S}(?:opposed|against|dissenting|abstaining|in${S}favou?r|voting${S}(?:no|against|yes|in${S}favou?r))`;
const WITH_VOTE_AFTER_RE = new RegExp(`^${VOTE_SIDE}\\b`);
/** "with Pruitt and Boudreau in favor and Farnsworth opposed": the next side of the same tally. */
const NEXT_SIDE_RE = new RegExp(`^${VOTE_SIDE}(?:,?${S}and|,|;)[ \\u00A0]+$`);
// (A full stop before a day's number is an abbreviated month's: "voted 4-3 on Feb. 23 to approve it, with".)
const VOTE_BEFORE_RE =
  /(?:\b(?:vote|voted|votes|passed|approved|rejected|carried|adopted|failed)\b|\d[-–]\d)(?:[^.;:!?]|\.(?=[ \u00A0]\d)){0,70}with[ \u00A0]+$/i;

/** "Jo Smith, speaking for the council," / "Speaking on behalf of the authority, Jo Smith said". */
const FOR_BODY_AFTER_RE = new RegExp(`^,${S}(?:speaking|who${S}spoke|responding)${S}(?:for|on${S}behalf${S}of)${S}([^,.;:!?\\n]{2,60})`);
const FOR_BODY_BEFORE_RE = new RegExp(`(?:^|[^a-z])(?:speaking|responding|writing)${S}(?:for|on${S}behalf${S}of)${S}([^,.;:!?\\n]{2,60}),${S}$`);

/** "Labour's Dafydd Rees", "the Greens' Ann Lee": a party's member in a story about a public body. */
const PARTY_OWNER_RE = /(?:^|[^A-Za-z])([A-Z][A-Za-z\u00C0-\u00FF]*)(?:['’]s|(?<=s)['’])[ \u00A0]+$/;

/** "Labour's Ben Halloran, who lost to Mr Harker at the last election": a party's candidate, not a member of the body. */
const CANDIDATE_AFTER_RE =
  /^,[ \u00A0]+(?:who[ \u00A0]+)?(?:lost|was[ \u00A0]+defeated|stood[ \u00A0]+(?:unsuccessfully|for|against)|is[ \u00A0]+standing|will[ \u00A0]+stand|has[ \u00A0]+been[ \u00A0]+selected|(?:the|a)[ \u00A0]+(?:party['’]s[ \u00A0]+)?(?:prospective[ \u00A0]+)?candidate)\b/;

const ROLL_WINDOW = 90;
const evidence = (): RoleCue => ({ role: null, official: true, fromTitle: true, evidence: true });
const forPublicBody = (body: string): boolean => !hasPrivateHead(body) && isOfficialRole(body, '');

/** "Voting yes were board president ": the words before a list without the role written before its first name. */
function withoutRole(before: string): string {
  let out = before;
  let stripped = false;
  for (let k = 0; k < 4; k++) {
    const m = execNative(LAST_WORD_RE, out);
    // ("were parent representative X", "community representatives Y": one lower-case word may say which seat the post is.)
    if (!m || !(isRoleWord(m[1]!) || (stripped && testNative(SEAT_KIND_RE, m[1]!)))) break;
    stripped = true;
    out = out.slice(0, m.index + 1);
  }
  return out;
}

/** A lower-case word naming the kind of a seat before its post: "parent", "community", "staff". */
const SEAT_KIND_RE = new RegExp(`^(?:${SEAT_KINDS.join('|')})$`);

const LAST_WORD_RE = new RegExp(String.raw`(?:^|[ \u00A0])([${L}'’-]+)[ \u00A0]+$`, 'u');

/** A roll's opening ends in "were", "was", "from", "by", "as did (fellow Tories)" or a colon or dash: checked before the costly end-anchored test. */
const ROLL_TAIL_RE = new RegExp(
  `^(?:were|was|from|by|did|with|${[...PARTY_PLURALS].join('|')}|colleagues|councillors|councilors|members|commissioners|supervisors|trustees|[:\u2013\u2014])$`,
);

/** A party's label written straight before a name in a roll: "Labour's ", "independent ", "the Greens' ". */
const PARTY_LABEL_RE = /(?:^|[ \u00A0])([A-Za-z]+)(?:['’]s?)?[ \u00A0]+$/;

/** The text before a name without a party label closing it ("were Labour's " -> "were "). */
function withoutParty(before: string): string {
  const m = execNative(PARTY_LABEL_RE, before);
  if (!m || !PARTY_WORDS.has(m[1]!.toLowerCase())) return before;
  // ("Treadgold and the Conservatives Fiona Gadd": the party's article goes with it.)
  return before.slice(0, m.index + (m[0].length - m[0].trimStart().length)).replace(/(?<=[ \u00A0])the[ \u00A0]+$/, '');
}

/** A lower-case plural straight after a roll's "were" or "was" ("were canvassers "): the members' own word. */
const PLURAL_MEMBERS_RE = /(?<=[ \u00A0](?:were|was)[ \u00A0]+)[a-z]{3,}s[ \u00A0]+$/;

function rollIntro(before: string): boolean {
  if (rollTail(before) && testNative(ROLL_INTRO_RE, before.toLowerCase())) return true;
  // "Those voting against were Labour's Tom Reid and ...": a party label between the opening and the name.
  const unlabelled = withoutParty(before);
  if (unlabelled !== before && rollTail(unlabelled) && testNative(ROLL_INTRO_RE, unlabelled.toLowerCase())) return true;
  // "Voting to certify along with Benavides were canvassers X, Y and Z": the members' plural, whatever it is, after "were".
  const plural = execNative(PLURAL_MEMBERS_RE, before);
  if (plural && testNative(ROLL_INTRO_RE, before.slice(0, plural.index).toLowerCase())) return true;
  // Only when a role word is written between the opening and the name ("Voting yes were board president").
  if (!isRoleWord(lastWord(before))) return false;
  const stripped = withoutRole(before);
  return rollTail(stripped) && testNative(ROLL_INTRO_RE, stripped.toLowerCase());
}

/** A list inside a roll sorted by party, after its party's label (see party-groups.ts). */
function partyRollIntro(text: string, first: Item['c']): boolean {
  const opening = partyGroupOpening(text, first.start, first.paraStart);
  return opening !== null && rollIntro(opening);
}

function rollTail(s: string): boolean {
  const trimmed = s.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '';
  return ':,\u2013\u2014'.includes(last) ? last !== '' : testNative(ROLL_TAIL_RE, trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase());
}

/** The last word of a text that ends in spaces ("were board president " -> "president"). */
function lastWord(s: string): string {
  const trimmed = s.trimEnd();
  return trimmed.slice(trimmed.lastIndexOf(' ') + 1);
}

const isRoleWord = (w: string): boolean => !!w && !CONNECTORS.has(w) && (isCapitalRole(w) || ROLE_VOCAB.has(w.toLowerCase()) || isHead(w));

/** Groups of consecutive candidates written as one list ("Ana Ruiz, Bo Chen and Ed Park"). */
function lists(text: string, items: readonly Item[]): Item[][] {
  const out: Item[][] = [];
  let cur: Item[] = [];
  for (const it of items) {
    const prev = cur[cur.length - 1];
    // "Peter Okafor (Morwick), Alan Churchill": a capitalised word in brackets after a name is an aside in the list.
    if (prev && /^[ \u00A0]*\($/.test(text.slice(prev.c.afterEnd, it.c.start)) && text[it.c.afterEnd] === ')') continue;
    const gap = prev && it.c.paraStart === prev.c.paraStart && it.c.start - prev.c.afterEnd <= 60 ? text.slice(prev.c.afterEnd, it.c.start) : null;
    // ("Labour's Tom Reid and independent Ann Lyle": a party label may open each name.)
    if (prev && gap !== null && (testNative(GAP_RE, gap) || testNative(GAP_RE, withoutParty(gap)))) cur.push(it);
    else {
      if (cur.length) out.push(cur);
      cur = [it];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * "Ellen Marsh, who represents Kettle Creek, cast the lone vote", "and Hollis Greer, who has sat on the
 * council since 2019, voted no": the words after a short clause
 * about a seat or a post set between a name and its act ("who owns the cafe" is no such clause).
 */
const WHO_CLAUSE_RE =
  /^,[ \u00A0]+(?:who[ \u00A0]+(?:represents|chairs|leads|sits[ \u00A0]+on|serves[ \u00A0]+on|(?:has|had)[ \u00A0]+(?:sat|served)[ \u00A0]+on|was[ \u00A0]+(?:re-)?elected|was[ \u00A0]+appointed|joined[ \u00A0]+the)|whose[ \u00A0]+(?:ward|district|division|precinct|seat)\b)[ \u00A0][^,.;:!?()"“”\n]{2,60},(?=[ \u00A0])/;
/** "Wes Tanaka, who moved the rate resolution,": the act itself told in a relative clause ("who chaired the board" may be a past post). */
const WHO_ACTED_RE = /^,[ \u00A0]+who(?=[ \u00A0]+(?:moved|seconded|proposed|tabled|presented|abstained|voted|cast)\b)/;
const APPOSITION_CLOSE_RE = /^(?:,|[ \u00A0]+[–—])(?=[ \u00A0])/;
/** ", the ward councillor appointed to the board, voted for", ", a community representative, abstained": a post set off between the last name and the act. */
const POST_APPOSITION_RE = /^,[ \u00A0]+(?:the|(an?))[ \u00A0][^,.;:!?()"“”\n]{0,58}?([a-z-]+),(?=[ \u00A0])/;
function actAfter(after: string, apposition: boolean): string {
  // "The board's two Democrats, X and Y, voted to ...", "Its two Republicans – X and Y – voted no": a list
  // set off as an apposition closes before its act.
  if (apposition && testNative(APPOSITION_CLOSE_RE, after)) return after.replace(warmRegExp(APPOSITION_CLOSE_RE, after), '');
  const acted = execNative(WHO_ACTED_RE, after);
  if (acted) return after.slice(acted[0].length);
  // ("Mara Quill, a resident of Dell Road, voted": after "a", only a post, "a community representative", is set off so.)
  const post = execNative(POST_APPOSITION_RE, after);
  const clause = execNative(WHO_CLAUSE_RE, after) ?? execNative(SEAT_AFTER_RE, after) ?? (post && (!post[1] || isHead(post[2]!)) ? post : null);
  return clause ? after.slice(clause[0].length) : after;
}

/** A clerk's roll call: "Bell, aye; Castellanos, no; Trautmann, aye." Each member's name, then their vote. */
const ROLL_CALL_VOTE_RE = /^(?:,|:|[ \u00A0]+[–—-])[ \u00A0]*(?:aye|yes|yea|no|nay)(?=[ \u00A0]*(?:[;,.)]|$))/i;

/** Names answered by a vote in a roll call, where the paragraph has at least two of them. */
function rollCallVoters(text: string, items: readonly Item[]): Item[] {
  const voters = items.filter((it) => testNative(ROLL_CALL_VOTE_RE, text.slice(it.c.afterEnd, Math.min(it.c.paraEnd, it.c.afterEnd + 12))));
  return voters.filter((it) => voters.some((o) => o !== it && o.c.paraStart === it.c.paraStart));
}

/** " of " between a name and the next capitalised run: "Mayor Dave Sinclair of Port Elgar moved ...". */
const OF_GAP_RE = /^[ \u00A0]+of[ \u00A0]+$/;

/** Runs written straight after a name and "of": the place the named person is of, which does not act itself. */
function placesAfterNames(text: string, items: readonly Item[]): Set<Item> {
  const out = new Set<Item>();
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!.c, items[i]!.c];
    if (b.start > a.end && b.start - a.end <= 5 && a.tokens.length >= 2 && testNative(OF_GAP_RE, text.slice(a.end, b.start))) out.add(items[i]!);
  }
  return out;
}

/** Add business evidence to the cues of every candidate it applies to. */
export function readBusiness(text: string, items: readonly Item[], publicArticle: boolean): void {
  for (const it of rollCallVoters(text, items)) it.cues.roles.push(evidence());
  let sideEnd = -1;
  // Where the last roll's names ended, and whether it was opened by an introduction ("Voting yes were").
  let roll: { end: number; introduced: boolean } | null = null;
  const places = placesAfterNames(text, items);
  for (const group of lists(text, items)) {
    if (places.has(group[0]!)) continue;
    const first = group[0]!.c;
    const last = group[group.length - 1]!.c;
    const before = text.slice(Math.max(first.paraStart, first.start - ROLL_WINDOW), first.start);
    const after = text.slice(last.afterEnd, Math.min(last.paraEnd, last.afterEnd + 120));
    // Matched in lower case, without the costly case-insensitive Unicode mode, and compiled
    // straight to machine code (large expressions: see core/native-regexp.ts).
    // "... of the Green Party and independents X and Y": a roll carried on past a label for its next names.
    const carried: boolean = !!roll && roll.end >= first.paraStart && first.start - roll.end <= 60 && continuesRoll(text.slice(roll.end, first.start));
    const introduced: boolean = rollIntro(before) || partyRollIntro(text, first) || (carried && roll!.introduced);
    const rolled: boolean =
      introduced ||
      carried ||
      testNative(ACT_AFTER_RE, actAfter(after, group.length > 1 && /[,–—][ \u00A0]*$/.test(before)).toLowerCase()) ||
      actBefore(before) ||
      (testNative(WITH_BEFORE_RE, before) && testNative(WITH_VOTE_AFTER_RE, after) && testNative(VOTE_BEFORE_RE, before)) ||
      (sideEnd >= 0 && testNative(WITH_VOTE_AFTER_RE, after) && testNative(NEXT_SIDE_RE, text.slice(sideEnd, first.start)));
    // A side of a tally named after "with" may be followed by the other side, named the same way.
    sideEnd = testNative(WITH_VOTE_AFTER_RE, after) && (rolled || sideEnd >= 0) ? last.afterEnd : -1;
    roll = rolled ? { end: last.afterEnd, introduced } : null;
    const forBody =
      (before.endsWith(', ') ? execNative(FOR_BODY_BEFORE_RE, before.toLowerCase())?.[1] : undefined) ??
      (group.length === 1 && after.startsWith(',') ? execNative(FOR_BODY_AFTER_RE, after)?.[1] : undefined);
    const post = !rolled && publicArticle ? membersPost(before) : null;
    if (post)
      for (const it of [...group, ...describedFollowers(text, items, group[group.length - 1]!)])
        it.cues.roles.push({ role: post, official: true, evidence: true });
    else if (rolled || (forBody && forPublicBody(forBody))) for (const it of group) it.cues.roles.push(introduced ? { ...evidence(), roll: true } : evidence());
    else if (publicArticle) {
      for (const it of group) {
        const party = execNative(PARTY_OWNER_RE, text.slice(Math.max(it.c.paraStart, it.c.start - 24), it.c.start))?.[1];
        if (party && PARTY_WORDS.has(party.toLowerCase()) && !testNative(CANDIDATE_AFTER_RE, text.slice(it.c.afterEnd, it.c.afterEnd + 80)))
          it.cues.roles.push({ ...evidence(), partyOnly: true });
      }
    }
  }
}
