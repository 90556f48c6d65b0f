/**
 * Role phrases before a name ("council leader James Lewis", "The council's director of finance,
 * Kenneth Ogilvie", "head of planning Gillian Roper") and the test of whether a role is a public
 * office. The phrase parser itself is in leading-role.ts.
 */
import { execNative, testNative, warmRegExp } from '../native-regexp';
import {
  ALWAYS_OFFICIAL,
  CASED_HEADS,
  CONNECTORS,
  NON_OFFICIAL_HEADS,
  PRIVATE_BODY_RE,
  PLURAL_TITLE_ALTERNATION,
  PUBLIC_WORDS,
  ROLE_HEADS,
  ROLE_VOCAB,
  SERVICE_WORDS,
  endsTwoWordPost,
  isRoleModifier,
} from './role-lexicon';
import { STOP_AFTER_RE, isCapital, isCapitalRole, isHead, leadingRole, lower, wordJustBefore } from './leading-role';
import {
  ROYAL_COLLEGE,
  hasPrivateHead,
  headsSchoolsFederation,
  isHealthTrust,
  isIrishStateBody,
  isPublicService,
  opensWithUnion,
  ownerBefore,
  isPartyOwner,
} from './role-owner';
import { L, LU, M } from '../letters';
import { PARTY_WORDS } from './not-names';
import { bodyJobBefore } from './body-job';

export { leadingRole };

/** A role found near a mention. */
export interface RoleCue {
  role: string | null;
  official: boolean;
  /** Derived from a title ("Coun" -> "councillor") rather than stated: used only when nothing better. */
  fromTitle?: boolean;
  /** Who the text says holds the post, written before the role ("Collaborate's", "the council's"). */
  owner?: string;
  /** Acting in a body's business (a vote roll, moving a motion): official unless a stated role says otherwise. */
  evidence?: boolean;
  /** Named in a list a vote roll opens ("Voting yes were ...", "Those against: ..."): a lone surname there is a member. */
  roll?: boolean;
  /** What the person does now ("... and now runs a campaign"): it outranks a past office. */
  present?: boolean;
  /** "X stood down", "X resigned": read as leaving office only in an election story (see detect-people.ts). */
  leftOffice?: boolean;
  /** "X, who ..., has died": no office now only when the article says the office ended before (see detect-people.ts). */
  died?: boolean;
  /** A capitalised post written as a title ("Town Planner X"): a stated role after the name may outrank it. */
  stated?: boolean;
  /** "The chair, X": a bare chair introduced with "the", promoted in an article about a public body. */
  theChair?: boolean;
  /** Told in the past tense ("who sat on the council for 30 years"): with a former title, it is that past. */
  pastTense?: boolean;
  /** Told of a whole list ("Couns X and Y, who both sat on the steering group"): the list's plural title still reaches its last name. */
  ofList?: boolean;
  /** Written straight before the name ("fined former county commissioner X"), not after it. */
  leading?: boolean;
  /** The text says the post's body is private ("the Fire Brigades Union's secretary", ", a private school"): never promoted. */
  privateBody?: boolean;
  /** Only a party label ("(Lab)", "Labour's X"): in an election story it marks a candidate, not an office. */
  partyOnly?: boolean;
  /** "Northline says ... Chief executive X told": the subject of the sentence before an unowned role opening its own; it may own the post. */
  subjectBefore?: string;
}

const WORD_RE = new RegExp(String.raw`[${L}${M}\d][${L}${M}\d'’\-]*|&|[^\s${L}${M}\d]`, 'gu');

interface Word {
  w: string;
  start: number;
  end: number;
}

function wordsOf(s: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(warmRegExp(WORD_RE, s))) out.push({ w: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** Punctuation that sets a name off from the role phrase before it (a spaced hyphen stands for a dash: "members who voted - Mr X"). */
const LIST_OPENERS = new Set([',', ':', '(', '—', '–', '-']);
/** "The council's new chief executive is Sarah Lund": a verb that joins a role phrase to its holder as a comma does. */
const COPULAS = new Set(['is', 'was']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

const SERVICE_AREA_RE =
  /\b(?:children's services|adult social care|adults' services|adult services|social services|social care|public health|environmental health|trading standards|highways|regeneration|planning|housing|education|waste)\b/; // lower-case only: "Education Association" is a body

/** Words naming a public body inside a role or a client: "attorney for the city", "Town Engineer". */
export const PUBLIC_BODY_WORD_RE =
  /\b(?:council|county|city|town|village|borough|district|state|authority|government|department|board|commission|police|school|federal|municipal|parish|township|people)\b/i;

/**
 * "former councillor Barry Holt" standing again, "Former Commissioner X, who lost his seat", "a retired
 * headteacher", "the council's leader from 2015 to 2022": a post held in the past, which no context
 * makes a present office.
 */
export function isPastRole(role: string): boolean {
  const r = role.trim();
  // "the council's then leader": lower case only, as "Then councillor X moved" is the story's next step.
  return testNative(PAST_WORD_RE, r.replace(warmRegExp(PARTY_AND_RE, r), '')) || /^(?:the\s+)?then[- ]/.test(r) || testNative(CLOSED_SPAN_RE, r);
}

/** A post brought in from outside the body: "an independent investigator", "the external auditor". */
/** A consultant named by the work they are hired for ("rate consultant", "the district's design consultant"); not "consultant surgeon". */
const CONSULTANT_RE = /\bconsultants?$/i;
const OUTSIDE_HIRE_RE = /\b(?:independent|external|outside)\s+(?:investigator|reviewer|auditor|assessor|consultant|inspector)s?\b/i;
const PAST_WORD_RE = /^(?:(?:a|an|the|its|their|his|her)\s+)?(?:former|formerly|ex-|retired|one-time|onetime|previous)\b/i;
/** "a Republican and former clerk": a party label before the past post says nothing of the post. */
const PARTY_AND_RE = new RegExp(`^(?:(?:a|an)\\s+)?(?:${[...PARTY_WORDS].filter((w) => /^[a-z]+$/.test(w)).join('|')})\\s+and\\s+`, 'i');

/**
 * A post's years, both ends given: "from 2015 to 2022", "between 1998 and 2010". ("mayor for
 * 2025-26" is a civic year's term, held now.)
 */
const CLOSED_SPAN_RE = /\b(?:from (?:19|20)\d\d (?:to|until|till) (?:19|20)\d\d|between (?:19|20)\d\d and (?:19|20)\d\d)$/;

/** Lawyers by their own names ("counsel" apart: a body's "general counsel" is its staff). */
const LAWYERS = 'attorney|lawyer|solicitor|barrister';
/** Professions and trades anyone may hire: a title naming one is public only when it names a public body too ("City Attorney", "City Arborist"). */
export const PROFESSIONS = `${LAWYERS}|counsel|planner|architect|engineer|surveyor|consultant|arborist|ecologist|hydrologist|geologist|historian|naturalist`;
/**
 * A trade written straight before a name, perhaps with a word before it ("Toronto lawyer X", "retired
 * magistrate Y", "local businessman Z"): it describes the person; it is no title. One list for every
 * rule that reads past such a description (here, appointed-as.ts and detect-people.ts).
 */
export const TRADE_BEFORE_NAME = String.raw`(?:(?:retired|former|local|veteran|senior|leading|outside|independent)[ \u00A0]+)?(?:${PROFESSIONS}|accountant|academic|auditor|investigator|magistrate|judge|headteacher|teacher|businessman|businesswoman|developer|doctor|pastor)`;
/**
 * "The integrity commissioner, Toronto lawyer Gillian Prescott": a post set before a name that a
 * trade, perhaps with a place, describes first. The trade says what the person does for a living;
 * the post before the comma is what they hold, so it is theirs when it is a public one.
 */
const DESCRIBED_AFTER_COMMA_RE = new RegExp(String.raw`,[ \u00A0]+(?:[A-Z][\w'’-]*[ \u00A0]+){0,2}${TRADE_BEFORE_NAME}[ \u00A0]+$`);
function postBeforeDescription(text: string, pos: number, limit: number): RoleCue | null {
  const m = execNative(DESCRIBED_AFTER_COMMA_RE, text.slice(Math.max(limit, pos - 60), pos));
  if (!m) return null;
  const comma = pos - m[0].length;
  const from = Math.max(limit, comma - 140);
  const post = roleBeforeComma(text, wordsOf(text.slice(from, comma), from), pos, limit);
  return post?.official ? post : null;
}

/** "the attorney for Green Valley Wellness": a lawyer for someone acts for them. */
const CLIENT_RE = new RegExp(`^(?:${LAWYERS}|counsel)s? (?:for|representing) (.+)$`, 'i');
/**
 * A private profession with up to two words of its field before it ("housing solicitor"). Planners
 * and engineers are left out: with a field before them ("highways engineer") they are councils' staff.
 */
const PRACTICE_RE = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[a-z-]+\\s+){1,2}(?:${LAWYERS}|consultant|architect|surveyor)$`, 'i');

const PARENTS_ASSOCIATION_RE = /\b(?:PTA|PTO|PTSA|PTFA|HOA)\b/;
/** "MP for Harrowgate", "Labour MP for Wyre Bank", "councillor for Abbey ward": a seat for a place, even one a firm is named after ("Harrowgate Homes"). */
export const SEAT_FOR_RE =
  /^(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:mp|msp|ms|mla|mep|td|member\s+of\s+parliament|(?:state\s+)?senator|assembly\s?member|(?:state\s+)?representative|councill?or|council\s+member|county\s+councill?or)\s+for\b/i;

/** A school's governors: "school governor", "parent governor", "a governor at Elm Primary School", "chair of governors". */
const SCHOOL_GOVERNOR_RE =
  /\b(?:(?:school|parent|foundation|staff|co-opted|local)[ \u00A0]+governors?\b|chair(?:man|woman)?[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?governors\b|governors?[ \u00A0]+(?:at|of|for)[ \u00A0]+(?!the[ \u00A0]+(?:state|commonwealth|bank|prison)\b)(?:[^,;]{0,60}\b(?:school|primary|academy|college|nursery|infants|juniors)\b|ysgol\b))/i;

/** A trade union's own officer, named by the job ("a business representative for the carpenters' council", "business agent"). */
const UNION_AGENT_RE = /^(?:(?:a|an|the|union)[ \u00A0]+)?business[ \u00A0]+(?:representative|rep|agent)\b/i;

/** A post named after a union, association, club or firm ("police union president", "tenants' association chair", "Board of Trade president"). */
const PRIVATE_BODY_POST_RE =
  /\b(?:union|unions['’]|association|associations['’]|federation|club|charity|company|firm|board[ \u00A0]+of[ \u00A0]+trade)['’]?s?[ \u00A0]+(?:[a-z-]+[ \u00A0]+)?(?:president|vice[ -]president|chair(?:man|woman|person)?|secretary|treasurer|steward|rep|organi[sz]er|spokes(?:man|woman|person))$/i;

export function isOfficialRole(role: string, context: string): boolean {
  // "chair of the Wessford Police Federation", "secretary of the tenants' association": the body's own noun decides.
  const held = / (?:of|at|for) (.+)$/.exec(role);
  // "secretary of the Unison branch at the council": the body the post is of, not where that body sits.
  // ("MP for Harrowfield and Wyre Bank": a seat for a place, whatever word the place's name ends in.)
  if (held && !testNative(SEAT_FOR_RE, role) && (hasPrivateHead(held[1]!) || hasPrivateHead(held[1]!.split(/ (?:at|in|on|for) /)[0]!))) return false;
  // "chairman of the Tolliver County Republican Party": a party's own officer; its leader on a council is not meant.
  // "a party member for 30 years", "a member of the Labour Party": so is membership of a party.
  if (isPartyPost(role)) return false;
  // "police union president", "tenants' association chair": a post in a union, club or firm named before it, whoever's it is.
  if (testNative(PRIVATE_BODY_POST_RE, role) || opensWithUnion(role) || testNative(UNION_AGENT_RE, role)) return false;
  // "heads the union local representing the district's custodians": the body led is the union, whoever it represents.
  const led = execNative(LEADS_BODY_RE, role.trim())?.[1];
  if (led && hasPrivateHead(led)) return false;
  // "president of the Fenton County Farm Bureau": public bodies with a president are councils, boards and the like.
  // The body's own head noun comes before any "of" in its name: "the League of Women Voters of X County" is a league.
  const presided = execNative(PRESIDENT_OF_RE, role.trim());
  if (presided && !testNative(PRESIDED_BODY_RE, presided[1]!.split(/\s+of\s+/)[0]!)) return false;
  if (isPastRole(role)) return false;
  // "director of estates at Westmarch Hospitals Trust": a post in the health service.
  if (held && isHealthTrust(held[1]!.trim())) return true;
  // "a spokeswoman for Uisce Éireann": a post in an Irish state body.
  if (held && isIrishStateBody(held[1]!)) return true;
  // "PTA president", "HOA treasurer": a parents' or homeowners' association's own officer.
  if (testNative(PARENTS_ASSOCIATION_RE, role)) return false;
  // "a governor at St Mary's Primary", "parent governor": a school's volunteer governor, not a state's.
  if (testNative(SCHOOL_GOVERNOR_RE, role)) return false;
  // "chairs the parent council at Strathmore Primary": a school's parents' or pupils' council is no public body.
  if (testNative(SCHOOL_COUNCIL_RE, role)) return false;
  // "the attorney for Green Valley Wellness": a lawyer for someone acts for them, not for the public, unless they are a public body.
  const client = execNative(CLIENT_RE, role.trim());
  if (client && !testNative(PUBLIC_BODY_WORD_RE, client[1]!)) return false;
  // "a housing solicitor", "a planning consultant": a profession practised in a field, for anyone who hires it.
  // "the township's labor attorney": held for a public body named as its owner, it is that body's own counsel.
  if (testNative(PRACTICE_RE, role.trim()) && !testNative(PUBLIC_BODY_WORD_RE, role) && !publicOwnerBefore(context, role)) return false;
  // "an independent investigator", "the external auditor": brought in from outside, not the body's own.
  if (testNative(OUTSIDE_HIRE_RE, role)) return false;
  const r = ` ${lower(role)} `;
  const heads = lower(role).split(/\s+/);
  if (ALWAYS_OFFICIAL.some((p) => r.includes(` ${p} `)) || role.split(/\s+/).some((w) => CASED_HEADS.has(w))) return true;
  const head = [...heads].reverse().find((w) => ROLE_HEADS.has(w));
  if (head && NON_OFFICIAL_HEADS.has(head)) return false;
  if (/\bmembers? of the public\b/.test(r)) return false;
  // Statutory council service areas name a public post on their own ("director of children's services").
  if (testNative(SERVICE_AREA_RE, role.replace(/’/g, "'"))) return true;
  // "BC Wildfire Service fire information officer", "a spokeswoman for the Ambulance Service": a state's emergency or land service.
  if (isPublicService(`${context} ${role}`)) return true;
  const lowered = lower(`${context} ${role}`);
  const ctx = lowered.split(warmRegExp(CONTEXT_SPLIT_RE, lowered));
  // "the district's", "the board's": a possessive body word counts as the body word.
  return ctx.some((w) => PUBLIC_WORDS.has(w) || PUBLIC_WORDS.has(w.replace(/'s?$/, '')));
}

const OWNER_END_RE = /\b([A-Za-z]+)['’]s?[ \u00A0]+$/;
/** Is `role` written straight after a public body's possessive in `context` ("The borough's planning attorney")? */
function publicOwnerBefore(context: string, role: string): boolean {
  const at = context.indexOf(role);
  const owner = at > 0 ? execNative(OWNER_END_RE, context.slice(Math.max(0, at - 40), at)) : null;
  return !!owner && PUBLIC_WORDS.has(lower(owner[1]!));
}

const SCHOOL_COUNCIL_RE = /\b(?:parent|parents['’]?|pupil|pupils['’]?|student|students['’]?|school)\s+council\b/i;

/**
 * Start of the sentence containing `pos`, not before `limit` and never more than 200 characters back.
 * A full stop after a title's abbreviation or an initial ("Dr. Naomi Feld") ends no sentence.
 */
export function sentenceStart(text: string, pos: number, limit: number): number {
  limit = Math.max(limit, pos - 200);
  for (let i = pos - 1; i > limit; i--) {
    const c = text[i];
    if ((c === ' ' || c === '\u00A0') && /[.!?]/.test(text[i - 1] ?? '') && !testNative(ABBREVIATION_END_RE, text.slice(Math.max(limit, i - 5), i)))
      return i + 1;
  }
  return limit;
}

const CONTEXT_SPLIT_RE = new RegExp(String.raw`[^${L}${M}'&]+`, 'u');
const ABBREVIATION_END_RE = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr|St|Cllr|Coun|[${LU}])\.$`, 'u');
const NOT_WORD_START_RE = new RegExp(String.raw`^[^${L}${M}\d&]`, 'u');
const PLAIN_WORD_RE = new RegExp(String.raw`^[${L}'’&-]+$`, 'u');
const WORD_CHAR_RE = new RegExp(String.raw`[${L}${M}\d'’\-]`, 'u');

/**
 * A cheap look at the word just before `pos`: a role can end there only after a role head, a list
 * opener (",", ":", "(", a dash) or an "of"/"for" qualifier. Most names have none, and skip the tokenising.
 */
function mayEndRole(text: string, pos: number, limit: number): boolean {
  let i = pos;
  while (i > limit && (text[i - 1] === ' ' || text[i - 1] === '\u00A0')) i--;
  if (i === limit) return false;
  if (LIST_OPENERS.has(text[i - 1]!)) return true;
  let j = i;
  while (j > limit && i - j < 40 && testNative(WORD_CHAR_RE, text[j - 1]!)) j--;
  const word = text.slice(j, i);
  if (isHead(word) || isCapitalRole(word) || COPULAS.has(word)) return true;
  // "Independent person Michael Oduya", "Chief nurse Helen Boyd": a post whose last word is no head on its own.
  if (endsTwoWordPost(word, text.slice(Math.max(limit, j - 13), j))) return true;
  // "head of planning Gillian Roper": a head just before an "of" or "for" in the last few words.
  const near = text.slice(Math.max(limit, pos - 50), pos);
  for (const q of [' of ', ' for ']) {
    const at = near.lastIndexOf(q);
    if (at < 0) continue;
    let k = at;
    while (k > 0 && testNative(WORD_CHAR_RE, near[k - 1]!)) k--;
    if (isHead(near.slice(k, at))) return true;
  }
  return false;
}

/**
 * A word every party officer's post names (each branch of PARTY_OFFICER_RE holds one): tested
 * first, so the long expression is compiled and run only for roles that could match it.
 */
const PARTY_WORD_RE = /Party|Democrat|Republican|Labour|Conservative|Libertarian|Green|Lib|Reform|SNP|Plaid/;
/** And a word each officer's post names: "Labour councillor" needs neither expression. */
const OFFICER_WORD_RE = /chair|president|treasurer|secretary|organi[sz]er|leads|runs/;
/**
 * "chairman of the Tolliver County Republican Party", "a Labour Party member for 30 years": a party's
 * own officer or member, never a public post.
 */
export const isPartyPost = (role: string): boolean =>
  (testNative(PARTY_WORD_RE, role) && testNative(OFFICER_WORD_RE, role) && testNative(PARTY_OFFICER_RE, role)) || testNative(PARTY_MEMBER_RE, role);

const PRESIDENT_OF_RE = /^(?:(?:the|a)\s+)?(?:vice[\s-])?president\s+of\s+(.+)$/i;
const PRESIDED_BODY_RE =
  /\b(?:council|board|commission|senate|assembly|borough|county|city|village|town|district|states|republic|trustees|legislature|conference)\s*$/i;

/**
 * Who holds the post written at `start`, and whether that is a private body: one whose own noun is
 * private, whatever public word its name holds ("Harlandshire Police Federation chairman X",
 * "Brindleford Civic Society's secretary, Dr X"), or a private body's noun opening a sentence
 * ("Coalition member X").
 */
function heldBy(text: string, start: number, limit: number, role: string): { owner: string | undefined; privateBody: boolean } {
  // "The Royal College of Nursing's associate director": a body named with "of" owns the post whole.
  const owner = execNative(COLLEGE_OWNER_RE, text.slice(Math.max(limit, start - 70), start))?.[1] ?? ownerBefore(text, start, limit);
  if (owner && headsSchoolsFederation(owner, role)) return { owner, privateBody: false };
  const nounBefore = wordJustBefore(text, start, limit);
  // "Unison branch secretary": the body may stand one describing word further back.
  const twoBefore = nounBefore && /^[a-z]+$/.test(nounBefore) ? wordJustBefore(text, start - nounBefore.length - 1, limit) : undefined;
  const privateBody = (!!owner && hasPrivateHead(owner)) || [nounBefore, twoBefore].some((w) => !!w && hasPrivateHead(w));
  // "her attorney, X": a person's own lawyer acts for them, not for a public body.
  const personalLawyer = !!nounBefore && testNative(PERSON_PRONOUN_RE, nounBefore) && testNative(LAWYER_RE, role.trim());
  return { owner, privateBody: privateBody || personalLawyer };
}

const PERSON_PRONOUN_RE = /^(?:her|his)$/i;
const COLLEGE_OWNER_RE = new RegExp(String.raw`\b(${ROYAL_COLLEGE}[ \u00A0]+(?:[A-Z][\w'’-]*[ \u00A0]+(?:and[ \u00A0]+)?){0,3}[A-Z][\w'’-]*)['’]s?[ \u00A0]+$`);
const LAWYER_RE = new RegExp(`^(?:[a-z-]+\\s+)?(?:${LAWYERS}|counsel)s?$`, 'i');

/**
 * A party's own body: "the Tolliver County Republican Party", "the Democratic Town Committee", or a
 * local party's forum, branch or association ("Kersley Labour's local campaign forum").
 */
const PARTY_BODY = String.raw`(?:(?:(?:[A-Z][\w'’.-]*|county|city|state|town)\s+){1,6}Party|(?:[A-Z][\w'’.-]*\s+){0,4}(?:Democratic|Republican|Labour|Conservative|Libertarian|Green)\s+(?:(?:Town|City|County|State|National|Executive|Central)\s+)?Committee|(?:[A-Z][\w'’.-]*\s+){0,3}(?:Labour|Conservatives?|Liberal\s+Democrats?|Lib\s+Dems?|Green|Reform|SNP|Plaid\s+Cymru|Democratic|Republican)(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}(?:forum|branch|association|Association))`;
/**
 * A party's own officer. One who "leads the Liberal Democrats" on a council leads its group there, an
 * office of the council's: only a party's body ("leads the County Republican Party") is the party's.
 */
const PARTY_OFFICER_RE = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+)?(?:(?:vice|deputy)[\s-])?(?:(?:chair(?:man|woman|person)?|president|treasurer|secretary|organi[sz]er|chairs)\s+(?:of\s+)?(?:the\s+)?(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:Liberal\s+Democrats|Lib\s+Dems|Conservatives|Greens|Democrats|Republicans)|${PARTY_BODY})|(?:leads|runs)\s+(?:the\s+)?${PARTY_BODY})$`,
);

/** "party member", "a Labour Party member", "member of the Green Party": a party's members are private people. */
const PARTY_MEMBER_RE = /\b[Pp]arty\s+members?\b|\b[Mm]embers?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}Party\b/;

/** A past-tense word just before a role phrase: "Retired headteacher X", "ex-council leader". */
const PAST_BEFORE_RE = new RegExp(String.raw`(?:^|[^${L}])(former|retired|ex-|one-time|late|(?:death|funeral|memory)[ \u00A0]+of)[ \u00A0]*$`, 'i');
const EX_HEAD_RE = /(?:^|[^A-Za-z])[Ee]x-([A-Za-z]+)[ \u00A0]+$/;
/** The same words before the body's name that opens the role: "Former Westbury City Council chief executive X". */
// ("former Division 4 councillor X": a numbered seat is read as the body's name is.)
const PAST_BEFORE_OWNER_RE = /(?:^|[^A-Za-z])(?:[Ff]ormer|[Ee]x-|[Rr]etired|[Oo]ne-time)[ \u00A0]*(?:(?:[A-Z][\w'’.&-]*|\d{1,2}[A-Z]?)[ \u00A0]+){1,4}$/;
/** "the late councillor X", "the death of councillor X": someone who held the office and has died. */
const DIED_RE = /^(?:late|death|funeral|memory)/i;

/** Does `before` end in words said of someone who has died ("the death of", "the late")? The same words as a role's past. */
export function diedBefore(before: string): boolean {
  const past = execNative(PAST_BEFORE_RE, before);
  return !!past && testNative(DIED_RE, past[1]!);
}

/**
 * Role phrase ending just before `pos` ("Opposition Conservative leader" before "Coun Robert Alden").
 * The word next to the name must be a role head; walking back stops at determiners, possessives,
 * verbs and capitalised words that are not role or party words.
 */
export function roleBefore(text: string, pos: number, limit: number): RoleCue | null {
  // "Couns. Raj Bhullar and Teresa Kowal": a plural title abbreviated with a full stop is read as the word.
  const abbreviated = execNative(PLURAL_ABBREVIATION_RE, text.slice(Math.max(limit, pos - 10), pos));
  if (abbreviated) pos -= abbreviated[0].length - abbreviated[0].indexOf('.');
  const bodyJob = bodyJobBefore(text, pos, limit);
  if (bodyJob) return bodyJob;
  const appositive = postBeforeDescription(text, pos, limit);
  if (appositive) return appositive;
  // "Ex-mayor Tony Jacks", "ex-councillor X": a past post written as one hyphenated word.
  const ex = execNative(EX_HEAD_RE, text.slice(Math.max(limit, pos - 30), pos));
  if (ex && isHead(ex[1]!)) return { role: `former ${ex[1]!.toLowerCase()}`, official: false };
  if (!mayEndRole(text, pos, limit)) return null;
  const from = Math.max(limit, pos - 140);
  const ws = wordsOf(text.slice(from, pos), from);
  const end = ws.length - 1;
  // "The council's head of planning, Ola Berg", "...: Ola Berg", "two cabinet members (Ivy Dunn": the whole phrase.
  if (ws[end] && LIST_OPENERS.has(ws[end]!.w)) return roleBeforeComma(text, ws.slice(0, end), pos, limit) ?? roleBeforeItsWords(text, ws, pos, limit);
  if (ws[end] && COPULAS.has(ws[end]!.w)) return copulaRole(text, ws.slice(0, end), pos, limit);
  const picked: Word[] = [];
  let i = end;
  // "Independent person Michael Oduya", "Chief nurse Helen Boyd": a post whose last word is no head on its own.
  if (i > 0 && endsTwoWordPost(ws[i]!.w, `${ws[i - 1]!.w} `)) {
    picked.push(ws[i - 1]!, ws[i]!);
    i -= 2;
  }
  while (i >= 0 && picked.length < 8) {
    const cur = ws[i]!;
    if (isCapital(cur.w)) {
      let j = i;
      while (j >= 0 && !DETERMINERS.has(lower(ws[j]!.w)) && (isCapital(ws[j]!.w) || (CONNECTORS.has(ws[j]!.w) && j > 0 && isCapital(ws[j - 1]!.w)))) j--;
      const chunk = ws.slice(j + 1, i + 1);
      if (!chunk.length) break;
      const roleWord = (x: Word): boolean => CONNECTORS.has(x.w) || isCapitalRole(x.w);
      if (picked.length === 0 && !isHead(chunk[chunk.length - 1]!.w)) break;
      // "Local MP Paul Devenney": a sentence-initial word that is no role word ends the role, it does not void it.
      let from = chunk.length;
      while (from > 0 && roleWord(chunk[from - 1]!)) from--;
      picked.unshift(...chunk.slice(from));
      if (from > 0) break;
      i = j;
      continue;
    }
    const l = lower(cur.w);
    if (l === 'the' || l === 'a' || l === 'an') break;
    if (picked.length === 0 ? !isHead(l) : !(isRoleModifier(l) || isHead(l))) break;
    picked.unshift(cur);
    i--;
  }
  while (picked.length && (CONNECTORS.has(lower(picked[0]!.w)) || lower(picked[0]!.w) === 'the')) picked.shift();
  if (!picked.length) return qualifiedRoleBefore(text, ws, pos, limit);
  const first = picked[0]!;
  // "two members, who lead Rydal Vale and ...", "agreed to chair Fenwick Parish": a head after a subject or "to" is a verb.
  const prior = ws[ws.indexOf(first) - 1];
  // "adviser to the mayor Tom Hill": the mayor is whom the post serves; the post is the adviser's.
  if (prior && lower(prior.w) === 'the' && lower(ws[ws.indexOf(first) - 2]?.w ?? '') === 'to') {
    const served = qualifiedRoleBefore(text, ws, pos, limit);
    if (served) return served;
  }
  // ("according to treasurer Craig Dunmore": a preposition's "to", not an infinitive's.)
  const according = !!prior && lower(prior.w) === 'to' && lower(ws[ws.indexOf(first) - 2]?.w ?? '') === 'according';
  if (picked.length === 1 && prior && VERB_SUBJECTS.has(lower(prior.w)) && !according) return null;
  const last = picked[picked.length - 1]!;
  const role = text.slice(first.start, last.end);
  // "Retired headteacher X" opening a sentence: the capitalised "Retired" was not read into the role.
  const past = execNative(PAST_BEFORE_RE, text.slice(Math.max(limit, first.start - 12), first.start));
  if (past) return { role: `${testNative(DIED_RE, past[1]!) ? 'late' : past[1]!.toLowerCase()} ${role}`, official: false };
  if (testNative(PAST_BEFORE_OWNER_RE, text.slice(Math.max(limit, first.start - 60), first.start))) return { role: `former ${role}`, official: false };
  const ctxStart = Math.max(sentenceStart(text, first.start, limit), first.start - 80);
  const { owner, privateBody } = heldBy(text, first.start, limit, role);
  // "Parent council chair X" opening a sentence: the capitalised word read as the owner names a school's parents' council.
  if (owner && testNative(SCHOOL_COUNCIL_RE, `${owner} ${role}`)) return { role: `${owner.trim()} ${role}`, official: false };
  return { role, official: !privateBody && isOfficialRole(role, text.slice(ctxStart, pos)), owner, ...(privateBody ? { privateBody } : {}) };
}

/** " in Norbridge", " in North Essex": the place a post covers, after its role. */
const PLACE_AFTER_ROLE_RE = new RegExp(String.raw`^ in(?: [${LU}][${L}'’-]*){1,3}$`, 'u');

const PLURAL_ABBREVIATION_RE = new RegExp(`\\b(?:${PLURAL_TITLE_ALTERNATION})\\.[ \\u00A0]+$`);

/** Words after which a role head is a verb ("who lead", "to chair", "they head"). */
const VERB_SUBJECTS = new Set(['who', 'which', 'they', 'we', 'to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'jointly']);

/** A clause's opening before a role phrase ("... and the council's new"): the phrase starts the clause. */
const OPENS_ROLE_RE = new RegExp(
  String.raw`(?:^|[.!?:;,]\s+|\b(?:that|and|but|said|says)\s+)(?:(?:the|its|their)\s+)?(?:[${L}-]+['’]s\s+)?(?:new|current|interim|acting|former)?\s*$`,
  'i',
);

/**
 * "The council's new chief executive is Sarah Lund", "The chair of the inquiry was Dr X": a whole
 * role phrase, opened by a determiner or a body's possessive at the start of a clause, then "is" or
 * "was" and the name. Anything else before the verb ("The reason was X") is no role.
 */
function copulaRole(text: string, ws: Word[], pos: number, limit: number): RoleCue | null {
  const cue = roleBeforeComma(text, ws, pos, limit);
  if (!cue?.role) return null;
  // The phrase must open the clause: "... said the council's chief executive was Sarah Lund" reads the same way.
  const at = text.lastIndexOf(cue.role, pos);
  const before = text.slice(sentenceStart(text, at, limit), at);
  return testNative(OPENS_ROLE_RE, before) ? cue : null;
}

/**
 * "head of planning Gillian Roper", "Clerk of the board Ramon Esparza": a head, "of"/"for" and up to
 * four lower-case or role words straight before the name, with no comma.
 */
/** The capitalised nouns that end a public body's name. */
const BODY_NAME_END_RE = /^(?:Council|Authority|Board|Commission|Committee)$/;

function qualifiedRoleBefore(text: string, ws: Word[], pos: number, limit: number): RoleCue | null {
  for (let k = ws.length - 2; k >= Math.max(1, ws.length - 5); k--) {
    const q = lower(ws[k]!.w);
    if (q !== 'of' && q !== 'for' && q !== 'to') continue;
    if (!isHead(ws[k - 1]!.w)) return null;
    const tail = ws.slice(k + 1);
    // "director of the Dunford Chamber": a qualifier ending in an article is the start of a name, not a role;
    // "members of staff at Kilbrannan": one ending in a preposition is followed by a place.
    if (/^(?:the|at|in|on|to|from|with|by|near)$/.test(lower(tail[tail.length - 1]!.w))) return null;
    // "Head of Legal Services": a remit's own words may be capitalised.
    const remitWord = (w: string): boolean => !isCapital(w) || isCapitalRole(w) || ROLE_VOCAB.has(lower(w)) || SERVICE_WORDS.has(lower(w));
    // "deputy leader of Hartwell Borough Council": or a public body's own name.
    const bodyName =
      tail.length <= 4 && testNative(BODY_NAME_END_RE, tail[tail.length - 1]!.w) && tail.every((x) => isCapital(x.w) && testNative(PLAIN_WORD_RE, x.w));
    if (!bodyName && !tail.every((x) => (testNative(PLAIN_WORD_RE, x.w) && remitWord(x.w) && !DETERMINERS.has(lower(x.w))) || lower(x.w) === 'the'))
      return null;
    if (testNative(STOP_AFTER_RE, ` ${tail.map((x) => x.w).join(' ')}`)) return null;
    const head = roleBefore(text, ws[k]!.start, limit);
    if (!head?.role) return null;
    const role = `${head.role} ${text.slice(ws[k]!.start, ws[ws.length - 1]!.end)}`;
    return { ...head, role, official: isOfficialRole(role, text.slice(Math.max(limit, pos - 140), pos)) };
  }
  return null;
}

/** A bare chair ('the chair', 'the chairwoman'), with no body named. */
const CHAIR_RE = /^(?:(?:vice|deputy)[ -])?chair(?:man|woman|person)?$/i;
/** A public body named by its capitalised name ("the Brackenridge Police Commission"); a trust or a group may be a charity. */
const NAMED_PUBLIC_BODY_RE = /\b[A-Z][\w'’-]*[ \u00A0]+(?:Commission|Council|Board|Authority|District|Department|Committee)\b/;
/** Does the text before "Its chair" name a public body, and no private one? */
const publicBodyJustNamed = (before: string): boolean => testNative(NAMED_PUBLIC_BODY_RE, before) && !testNative(PRIVATE_BODY_RE, before);
/** The post of a "That attorney, X" as the text told it just before: "the township's attorney" (its owner and all), or null. */
function postToldBefore(text: string, start: number, role: string): string | null {
  const before = text.slice(Math.max(0, start - 300), start);
  const at = before.lastIndexOf(` ${role}`);
  if (at < 0) return null;
  const owner = execNative(TOLD_OWNER_RE, before.slice(Math.max(0, at - 40), at));
  return owner ? `${owner[0].trim()} ${role}` : null;
}
/** The body a duty leads, before what describes it: "heads the union local (representing ...)". */
const LEADS_BODY_RE = /^(?:heads|leads|chairs|runs)\s+(the\s+[^,]+?)(?:\s+(?:representing|that|which|who|for|at|in|of)\b|$)/;
/** The possessive before a post told earlier ("the township's"). */
const TOLD_OWNER_RE = /\b[Tt]he[ \u00A0]+[a-z]+['’]s$/;

/** "for the council, its": a public body called by its kind earlier in the same sentence, nothing else named since. */
const PUBLIC_KIND_BEFORE_ITS_RE =
  /\b[Tt]he[ \u00A0]+(?:council|county|city|authority|board|commission|department|borough|township|district)\b(?![ \u00A0]*['’])[^.;:!?A-Z"“”]{0,40}[ \u00A0]$/;
/** Is the body an "its" written at the end of `before` stands for a public one? */
const itsPublicBody = (before: string): boolean => testNative(PUBLIC_KIND_BEFORE_ITS_RE, before) || publicBodyJustNamed(before);

const NP_OPENER_RE = /^(?:the|its|their|whose|his|her|our|my|a|an|other|both|all|new|two|three|four|five|[,.:;"“(—–-])$/i;
/** "That attorney, Tom Brekke": a sentence opened by pointing back to a post just told. */
const POINTING_OPENER_RE = /^(?:That|This)$/;

/** "the council's", "the county's": a public body's possessive. */
const PUBLIC_OWNER_RE = /^(?:council|county|city|borough|authority|district|state|department|town|village|parish|trust|board|mayor)['’]s$/i;
/** A plain lower-case word that may name a job ("ecologist", "arboricultural officer"). */
const JOB_WORD_RE = /^[a-z][a-z-]{3,}$/;

/**
 * "The council's ecologist, Dr Freya Lindqvist": a job the lexicon does not list, held at a public
 * body the text names by its possessive, then a comma: that body's staff.
 */
function publicStaffBeforeComma(text: string, ws: Word[]): RoleCue | null {
  const n = ws.length;
  for (const size of [1, 2, 3]) {
    const owner = ws[n - size - 1];
    if (!owner) continue;
    // "Opening for the council, its barrister, X": "its" standing for the public body just named.
    const its = lower(owner.w) === 'its' && itsPublicBody(text.slice(Math.max(0, owner.start - 200), owner.start));
    if (!its && (!testNative(PUBLIC_OWNER_RE, owner.w) || lower(ws[n - size - 2]?.w ?? '') !== 'the')) continue;
    // "Under the board's order, X may apply": a phrase a preposition opens sets the scene, it names no post.
    if (SCENE_PREPOSITIONS.has(lower(ws[n - size - 3]?.w ?? ''))) continue;
    const job = ws.slice(n - size);
    if (!job.every((x) => testNative(JOB_WORD_RE, x.w) && !NOT_A_JOB.has(x.w))) continue;
    const role = job.map((x) => x.w).join(' ');
    // ("The city's rate consultant, X": a consultant is hired from outside, whoever hires them.)
    return { role, official: !testNative(CONSULTANT_RE, role), owner: its ? owner.w : `the ${owner.w}` };
  }
  return null;
}

/** Prepositions that open a scene-setting phrase before the subject ("Under the board's order,"). */
// prettier-ignore
const SCENE_PREPOSITIONS = new Set([
  'under', 'after', 'before', 'following', 'despite', 'in', 'on', 'at', 'by', 'from', 'with', 'without', 'through', 'per', 'upon', 'into', 'over', 'during',
]);

/** Relatives named before a name ("the mayor's wife, Carol Hallam", "his son, Mark Dombrowski"): kin, not a post. */
// prettier-ignore
export const KIN_NOUNS: readonly string[] = [
  'wife', 'husband', 'partner', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'family',
  'friend', 'grandson', 'granddaughter', 'niece', 'nephew', 'fiancee', 'fiancée', 'fiance', 'fiancé',
  'stepson', 'stepdaughter', 'cousin', 'uncle', 'aunt',
];

/** Words after "the council's" that are not a job ("the council's own, X"), and kin. */
// prettier-ignore
const NOT_A_JOB = new Set([
  'own', 'former', 'latest', 'decision', 'plan', 'report', 'meeting', 'website', 'statement', 'view', 'case', 'response', 'budget',
  ...KIN_NOUNS,
]);

/** The last items of a list of remits, after its comma: " fleet and capital projects". */
const REMIT_LIST_END_RE = /^ [a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2} and [a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}$/;

const SUCCESSOR_RE = /^(?:successor|replacement)$/i;
/** "His successor as chief executive, Ruth Amankwah": the post someone took over is theirs now. */
function isSuccessorAs(ws: Word[], j: number): boolean {
  return lower(ws[j - 1]!.w) === 'as' && testNative(SUCCESSOR_RE, ws[j - 2]?.w ?? '');
}

/** Verbs of a clause that hands over to someone's words ("put the case bluntly:", "summed it up:"). */
const PUTS_IT = new Set(['put', 'summed', 'set', 'spelled', 'spelt', 'laid', 'made', 'stated', 'explained', 'gave']);
/** A full name and a speech verb at the start of the text after a colon. */
const NAME_SPEAKS_RE = /^[A-Z][\w'’-]*(?:[ \u00A0]+[A-Z][\w'’-]*){1,3}[ \u00A0]+(?:told|said|says|explained|warned|added|insisted)\b/;

/**
 * "The board's nurse director put the case bluntly: Catriona Lyall told members ...": a post as the
 * subject of a short clause that hands over, by a colon, to the words of the person named after it.
 */
function roleBeforeItsWords(text: string, ws: Word[], pos: number, limit: number): RoleCue | null {
  const end = ws.length - 1;
  if (ws[end]!.w !== ':' || !testNative(NAME_SPEAKS_RE, text.slice(pos, pos + 60))) return null;
  const verb = ws.findLastIndex((x, i) => i < end && end - i <= 6 && PUTS_IT.has(lower(x.w)));
  if (verb < 2 || ws.slice(verb + 1, end).some((x) => isCapital(x.w))) return null;
  return roleBeforeComma(text, ws.slice(0, verb), pos, limit);
}

/** An article opening a noun phrase. */
const ARTICLE_RE = /^(?:[Tt]he|[Aa]n?)$/;

/**
 * "The council's director of children's services, Rachel Okonkwo": a whole noun phrase, opened by
 * a determiner or possessive, that is a role (head plus qualifier) followed by a comma.
 */
/** Participles that tell who put someone in a post, closing the post's phrase ("appointed by the council"). */
const PUT_IN_POST = new Set(['appointed', 'hired', 'employed', 'engaged', 'contracted', 'recruited']);

function roleBeforeComma(text: string, ws: Word[], pos: number, limit: number): RoleCue | null {
  let best: { role: string; start: number; opener: string } | null = null;
  // "The county's director of facilities, fleet and capital projects, Jim Okamura": one comma inside
  // the phrase may open the end of a list of remits ("fleet and capital projects").
  let span = 12;
  for (let j = ws.length - 1; j >= 0 && ws.length - j <= span; j--) {
    if (testNative(NOT_WORD_START_RE, ws[j]!.w)) {
      if (span > 12 || ws[j]!.w !== ',' || !testNative(REMIT_LIST_END_RE, text.slice(ws[j]!.end, ws[ws.length - 1]!.end))) break;
      span = 16;
      continue;
    }
    // "Velvet Leisure Ltd, whose director, X": "whose" opens the post's phrase and points back to its owner (heldBy reads it).
    if (lower(ws[j]!.w) === 'whose') break;
    // "The Westford council leader, Amy Cole", "A Marlow Council spokesman, Tom Ray": a name between the article and a
    // lower-case post is its owner (heldBy reads it below).
    let k = j - 1;
    const lowerPost = !isCapital(ws[j]!.w);
    while (lowerPost && k > 0 && k > j - 4 && isCapital(ws[k]!.w) && !DETERMINERS.has(lower(ws[k]!.w)) && lower(ws[k - 1]!.w) !== ',') k--;
    if (k < j - 1 && !testNative(ARTICLE_RE, ws[k]!.w)) k = j - 1;
    const prev = ws[k];
    if (prev && !testNative(NP_OPENER_RE, prev.w) && !testNative(POINTING_OPENER_RE, prev.w) && !/['’]s$|s['’]$/.test(prev.w) && !isSuccessorAs(ws, j))
      continue;
    const phrase = text.slice(ws[j]!.start, ws[ws.length - 1]!.end);
    const role = leadingRole(phrase, false, true);
    // "The commissioner for children's services in Norbridge, Dr Martin Feeney": the place the post covers may close it.
    const rest = role ? phrase.replace(/\s+/g, ' ').slice(role.replace(/\s+/g, ' ').length) : '';
    // "The council's chief executive and returning officer, Sarah Kettle": a second post joined by "and".
    const second = rest.startsWith(' and ') ? rest.slice(5) : '';
    const both = !!second && leadingRole(second, false, true) === second;
    if (role && (!rest || testNative(PLACE_AFTER_ROLE_RE, rest) || both))
      best = { role: both ? `${role}${rest}` : role, start: ws[j]!.start, opener: prev ? lower(prev.w) : '' };
  }
  if (!best) {
    // "The independent person who advises the council on standards, Dr Ruth Annand": a role, then a short clause about it.
    // "The locum clerk appointed by the council, Gillian Fishwick": a role, then who put them in it.
    const who = ws.findLastIndex((x) => lower(x.w) === 'who' || PUT_IN_POST.has(lower(x.w)));
    if (who >= 2 && ws.length - who <= 9) return roleBeforeComma(text, ws.slice(0, who), pos, limit);
    return publicStaffBeforeComma(text, ws);
  }
  const ctxStart = Math.max(sentenceStart(text, best.start, limit), best.start - 80);
  const { owner, privateBody } = heldBy(text, best.start, limit, best.role);
  // "Opening for the council, its barrister, Rupert Callaghan": "its" is the public body just named, as a possessive would be.
  const itsPublic = best.opener === 'its' && itsPublicBody(text.slice(Math.max(ctxStart, best.start - 200), best.start));
  // "... shared it with the township's attorney. That attorney, Tom Brekke,": the post as it was told just before.
  const told = best.opener === 'that' || best.opener === 'this' ? postToldBefore(text, best.start, best.role) : null;
  // "The Green Party's local co-ordinator, X": a party's own post, whatever it is called.
  const partyOwned = !!owner && isPartyOwner(owner);
  const cue: RoleCue = {
    role: best.role,
    official: !privateBody && !partyOwned && isOfficialRole(best.role, itsPublic ? `the council's ${best.role}` : (told ?? text.slice(ctxStart, pos))),
    owner,
    ...(privateBody ? { privateBody } : {}),
  };
  // "The chair, Professor Sir Idris Caradog": the chair of the body the story is about (public-scope.ts decides);
  // "... approved by the Brackenridge Police Commission on Oct. 23. Its chair, X,": of a public body just named.
  if (
    testNative(CHAIR_RE, best.role) &&
    (best.opener === 'the' || (best.opener === 'its' && publicBodyJustNamed(text.slice(Math.max(0, best.start - 200), best.start))) || itsPublic)
  )
    cue.theChair = true;
  return cue;
}
