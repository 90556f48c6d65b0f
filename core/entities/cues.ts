/**
 * Everything the text around one candidate says about it: roles stated before or after, the
 * title, a postnominal "MP", whether it is a byline or credit, and whether it sits in a quote.
 */
import { execNative, testNative, warmRegExp } from '../native-regexp';
import type { Candidate } from './types';
import type { QuoteIndex } from './quotes';
import { PROFESSIONS, PUBLIC_BODY_WORD_RE, type RoleCue, diedBefore, isOfficialRole, isPastRole, roleBefore } from './roles';
import { PREDICATE_VERB_RE, postnominalRole, rolesAfter } from './roles-after';
import { appointedRole } from './appointed-as';
import { courtRole } from './court-role';
import { isCredit } from './credits';
import { BARE_GENERIC_TITLE_RE, NON_OFFICIAL_HEADS, PRIVATE_BODY_RE, isRoleModifier } from './role-lexicon';
import { isHead } from './leading-role';
import { hasPrivateHead, lastSentence, ownerBefore } from './role-owner';
import { L, LU, M } from '../letters';
import { lookupTitle } from './titles';

/** Context facts for one candidate. */
export interface CandidateCues {
  roles: RoleCue[];
  credit: boolean;
  inQuote: boolean;
  sentenceInitial: boolean;
  /** A speech verb follows the name ("Helen said"): whatever opens a sentence so is someone speaking. */
  speaks: boolean;
  /**
   * The name is plainly a clause's subject: "Alison and I agreed", "Dev is the best", "Keith has
   * the details". An interview's answers, printed without quote marks, name colleagues so.
   */
  subject: boolean;
}

const SPEECH_VERB_RE = /^[ \u00A0]+(?:said|says|added|told|explained|insisted|admitted|argued|warned|replied)\b/;
/** "and I", a plain verb, or a present-tense verb ("holds", "also says"), after a name that opens a sentence. */
const SUBJECT_RE =
  /^[ \u00A0]+(?:and[ \u00A0]+(?:I|me|we)\b|(?:(?:also|still|now|often|always|never)[ \u00A0]+)?(?:is|was|has|had|knew|agreed|did|(?!this\b|its\b|plus\b|versus\b)[a-z]{2,}[^s\W]s)\b)/;

const OFFICERS_LABEL_RE = /^(?:Council[ \u00A0]+)?Officers?(?:[ \u00A0]+(?:present|in[ \u00A0]+attendance))?[ \u00A0]*:/i;

/** Legislators' letters after a name: Westminster, Europe, Holyrood, Stormont, the Senedd, the Dáil, Tynwald, provinces' and states' houses. */
const MP_LETTERS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MS', 'AM', 'TD', 'MLC', 'MHK', 'MHA', 'MPP', 'MNA', 'MHR']);

/** "Former Commissioner Earl Dobbins", "ex-Mayor X": a title held in the past. */
const PAST_RE = /^(?:former|ex-|retired|one-time)\b/i;
/**
 * The same words just before a title that no prefix holds: lower case ("when former Chief Gail Brandt
 * retired", "former state Rep. X"), or opening a sentence before a title of several words ("Former
 * Select Board member X");
 * and "then" for a title held at the time told ("then-Mayor X", "the council's then Leader X").
 */
const PAST_LEAD_RE =
  /(?:(?:^|[^A-Za-z])(?:(?:[Ff]ormer|[Ee]x-|[Rr]etired|[Oo]ne-time)(?:[ \u00A0]+(?:state|county|city|town|village|township|borough|district|parish|school|federal))?|then-)|(?:\b(?:[Tt]he|its|their|his|her)|['’]s)[ \u00A0]+then)[ \u00A0]*$/;

/**
 * A capitalised formal title before a name ("Vice Chair", "County Administrator") is an office,
 * unless it is a spokesperson-like role or the paragraph is about a private body.
 */
function statedTitleIsOffice(title: string, paragraph: string): boolean {
  const head = title.toLowerCase().split(/\s+/).pop() ?? '';
  if (NON_OFFICIAL_HEADS.has(head)) return false;
  if (testNative(PAST_RE, title)) return false;
  // "Regional Coun. Marco DeLuca", "Metropolitan Cllr X": a councillor's title, whatever tier is written before it.
  if (endsInCouncillorTitle(title)) return true;
  // "Manager Lee Fairbrother said": a bare manager, coach or captain is a club's or a firm's unless the
  // paragraph names a public body (a public one is written "City Manager", "Fire Captain").
  if (testNative(BARE_GENERIC_TITLE_RE, title)) return isOfficialRole(title, paragraph);
  // "Committee member X": the committee's own word says nothing public; a private body in the paragraph decides.
  if (testNative(COMMITTEE_MEMBER_TITLE_RE, title)) {
    const rest = paragraph.replace(title, '');
    return !testNative(PRIVATE_BODY_RE, rest) && !testNative(PRIVATE_GROUP_RE, rest);
  }
  // "Attorney Michael Garrity", "Town planner Leanne Carr": professions hired by anyone; public only when the title says so ("City Attorney").
  // ("Town planner" is the profession's own name; "Town Planner", in title case, is a town's post.)
  if (testNative(PROFESSION_RE, title)) return (title === 'Town Planner' || !/^town planner$/i.test(title)) && testNative(PUBLIC_BODY_WORD_RE, title);
  // (The title's own words do not count: "Chief Business Official" names no business.)
  return isOfficialRole(title, paragraph) || !testNative(PRIVATE_BODY_RE, paragraph.replace(title, ''));
}

/** Does the title end in a councillor's own title ("Regional Coun.", "Metropolitan Cllr"), as the title lexicon reads it? */
function endsInCouncillorTitle(title: string): boolean {
  const role = lookupTitle([title.trim().split(/\s+/).pop()!])?.role;
  return role === 'councillor' || role === 'councilor';
}
/** Groups that have committees of their own: a campaign, residents, a society, a party. */
const PRIVATE_GROUP_RE = /\b(?:group|campaign|campaigners|residents|society|friends|alliance|coalition|party|church|festival|league)\b/i;
const COMMITTEE_MEMBER_TITLE_RE = /\b(?:committee|commission|panel)[ \u00A0]+member$/i;
const PROFESSION_RE = new RegExp(`^(?:(?:town|senior|chartered|principal)\\s+)?(?:${PROFESSIONS})$`, 'i');

/** "Treasurer Ann Fox of the Kessington Education Foundation": the body named after the name holds the post. */
const OWNER_AFTER_RE = new RegExp(
  String.raw`^[ \u00A0]+(?:of|at|from)[ \u00A0]+((?:the[ \u00A0]+)?(?:[${LU}][${L}${M}'’&-]*[ \u00A0]+)*[${LU}][${L}${M}'’&-]*)`,
  'u',
);

/** "Labour MP for Oxley Marsh Juniper Caldwell": the role before the seat, plus the seat. */
function seatRole(text: string, seat: { text: string; start: number }, limit: number): RoleCue | null {
  const m = /[ \u00A0]+(for|of(?:[ \u00A0]+the)?)[ \u00A0]+$/.exec(text.slice(Math.max(limit, seat.start - 10), seat.start));
  if (!m) return null;
  const cue = roleBefore(text, seat.start - m[0].length, limit);
  if (!cue) return null;
  const role = `${cue.role} ${m[1]} ${seat.text}`;
  // "Justice of the Peace": the whole phrase may name an office its head alone does not.
  return { ...cue, role, official: cue.official || isOfficialRole(role, text.slice(Math.max(limit, seat.start - 200), seat.start)) };
}

/** The words around a candidate within its paragraph, at most 300 characters each side (a paragraph may be a whole page). */
const near = (text: string, c: Candidate): string => text.slice(Math.max(c.paraStart, c.start - 300), Math.min(c.paraEnd, c.end + 300));

const PUBLIC_KIND_RE = /^(?:County|Township|City|Town|Village|Borough|Parish|District|State)[ \u00A0]/;

/** A sentence's end, then the space before the next one. */
const SENTENCE_GAP_RE = /[.!?]["”’]?[ \u00A0]+$/;
/** The capitalised words opening a sentence, after an article ("The Riverside Trust", "Northline"). */
const OPENING_SUBJECT_RE = new RegExp(
  String.raw`^(?:(?:The|A|An)[ \u00A0]+)?(?!(?:The|A|An)\b)([${LU}][${L}${M}'’&\-]*(?:[ \u00A0]+[${LU}][${L}${M}'’&\-]*){0,4})`,
  'u',
);

/**
 * "Northline says the terminal will employ 420 people. Chief executive Lars Henningsen told ...": a
 * role with no owner that opens its sentence may be the post of the body the sentence before was about.
 */
function withSubjectBefore(text: string, cue: RoleCue, c: Candidate): RoleCue {
  const at = text.lastIndexOf(cue.role!, c.start);
  if (at < c.paraStart) return cue;
  const lead = text.slice(Math.max(c.paraStart, at - 300), at);
  if (!testNative(SENTENCE_GAP_RE, lead)) return cue;
  const prior = lead.replace(warmRegExp(SENTENCE_GAP_RE, lead), '');
  const subject = execNative(OPENING_SUBJECT_RE, lastSentence(prior))?.[1];
  return subject ? { ...cue, subjectBefore: subject } : cue;
}

/**
 * "Margaret Hollins, who sat on the town council for 34 years ..., has died aged 87", "Mrs Hollins
 * died peacefully", ", who died in 2019", ", who ran the authority for 14 years ... and who died last year": the name
 * is the subject of a death.
 */
const DIED_AFTER_RE =
  /^(?:(?:,[^.;!?\n]{1,200}?,)?[ \u00A0]+(?:has[ \u00A0]+|had[ \u00A0]+)?(?:died|passed[ \u00A0]+away)|,[ \u00A0]+who[ \u00A0]+(?:[^.;!?\n]{1,200}?[ \u00A0]and[ \u00A0]+who[ \u00A0]+)?(?:has[ \u00A0]+|had[ \u00A0]+)?(?:died|passed[ \u00A0]+away))\b/;
const diedAfter = (after: string): boolean => /died|passed/.test(after) && testNative(DIED_AFTER_RE, after);

/**
 * "the council's internal auditor, Brian Tull of Tull Hartley Accountants,": a post the body buys from a
 * firm, whose holder the name that follows places in that firm. Only a firm named in full, capitalised.
 */
const OF_FIRM_RE = /^[ \u00A0]+of[ \u00A0]+([A-Z][\w'’-]*(?:[ \u00A0]+(?:&[ \u00A0]+)?[A-Z][\w'’-]*){1,4})/;
function firmAfter(after: string): boolean {
  const m = execNative(OF_FIRM_RE, after);
  return !!m && hasPrivateHead(m[1]!);
}

/** A comma just before a name (its closing comma and the predicate's verb are read with PREDICATE_VERB_RE). */
const SET_OFF_BEFORE_RE = /,[ \u00A0]$/;

/** Read the context of a candidate. */
export function readCues(text: string, c: Candidate, quotes: QuoteIndex): CandidateCues {
  const roles: RoleCue[] = [];
  if (c.titleInfo?.absorbsPrefix && c.prefix && c.title) {
    const role = `${c.prefix} ${c.title}`;
    roles.push({ role, official: !testNative(PAST_RE, c.prefix) && (c.titleInfo.kind === 'office' || isOfficialRole(role, '')) });
  }
  const before = c.seat ? seatRole(text, c.seat, c.paraStart) : roleBefore(text, c.start, c.paraStart);
  // "... a year for the owner of a median-value home, County Administrator Joan Mehta said": an office
  // titled straight before the name is not outranked by a phrase of the clause before it, read as a
  // role though it opens with no role's word ("The city's police union president, Officer X" does).
  const outranked =
    !!before?.role &&
    !before.official &&
    !before.privateBody &&
    !!c.title &&
    !!c.titleInfo?.stated &&
    !isPastRole(before.role) &&
    !opensRole(before.role) &&
    statedTitleIsOffice(c.title, near(text, c));
  if (before && !outranked) {
    const cue = { ...(before.owner || !before.role ? before : withSubjectBefore(text, before, c)), leading: true };
    roles.push(before.official && !c.title && firmAfter(text.slice(c.afterEnd, c.afterEnd + 80)) ? { ...cue, official: false, privateBody: true } : cue);
  }
  if (c.postnominal && MP_LETTERS.has(c.postnominal)) roles.push(postnominalRole(text, c.postnominal, c.afterEnd));
  if (!c.possessive) roles.push(...rolesAfter(text, c.afterEnd, c.paraEnd));
  // "Mr Rowe's deputy, Sarah Kemp, has been acting chief executive since": a name set off as the
  // apposition of a role before it is the sentence's subject, so the predicate after it is theirs.
  if (
    before?.role &&
    !c.possessive &&
    testNative(SET_OFF_BEFORE_RE, text.slice(c.start - 2, c.start)) &&
    text[c.afterEnd] === ',' &&
    testNative(PREDICATE_VERB_RE, text.slice(c.afterEnd + 1, c.afterEnd + 60))
  )
    roles.push(...rolesAfter(text, c.afterEnd + 1, c.paraEnd));
  const appointed = appointedRole(text, c);
  if (appointed) roles.push(appointed);
  const court = courtRole(text, c.start, c.afterEnd, c.paraStart, c.paraEnd);
  if (court) roles.push(court);
  // "after the death of Ed Pratt", "the late Councillor X": someone who has died holds no office now.
  if (diedBefore(text.slice(Math.max(c.paraStart, c.start - 24), c.start))) roles.push({ role: null, official: false, present: true });
  else if (!c.possessive && diedAfter(text.slice(c.afterEnd, Math.min(c.paraEnd, c.afterEnd + 240))))
    roles.push({ role: null, official: false, present: true, died: true });
  const past = c.prefix ? testNative(PAST_RE, c.prefix) : testNative(PAST_LEAD_RE, text.slice(Math.max(c.paraStart, c.start - 24), c.start));
  if (c.titleInfo?.stated && c.title && past) roles.push({ role: `former ${c.titleInfo.role ?? c.title}`, official: false, stated: true });
  else if (c.titleInfo?.stated && c.title) {
    // "Acme spokesman Tim Bell": the owner written before the title may make it a private post. A
    // title that opens with a public body's kind ("Township Trustee") names its owner itself: the
    // word before it is that body's place ("Millersport Township Trustee").
    // A councillor's title ("Regional Coun. X of Silverdale") is held for a seat, whatever place follows.
    const owner =
      testNative(PUBLIC_KIND_RE, c.title) || endsInCouncillorTitle(c.title)
        ? undefined
        : (ownerBefore(text, c.start, c.paraStart) ?? execNative(OWNER_AFTER_RE, text.slice(c.afterEnd, Math.min(c.paraEnd, c.afterEnd + 80)))?.[1]);
    roles.push({ role: c.titleInfo.role ?? c.title, official: statedTitleIsOffice(c.title, near(text, c)), stated: true, ...(owner ? { owner } : {}) });
  } else if (c.titleInfo?.kind === 'office' && past) {
    // "Former Alderman Gus Petrakis", "Ex-Councillor X": the office is past, whatever the title.
    if (!c.titleInfo.absorbsPrefix || !c.prefix) roles.push({ role: `former ${c.titleInfo.role}`, official: false });
  } else if (c.titleInfo?.kind === 'office') roles.push({ role: c.titleInfo.role, official: true, fromTitle: true });
  // Minutes list staff under a label: "Officers: Mr R. Dee (Head of Planning), Ms F Ode ...".
  if (testNative(OFFICERS_LABEL_RE, text.slice(c.paraStart, Math.min(c.paraEnd, c.paraStart + 40))))
    roles.push({ role: 'officer', official: true, fromTitle: true });
  const lead = text.slice(Math.max(c.paraStart, c.start - 3), c.start);
  return {
    roles,
    credit: isCredit(text, c.start, c.end, c.paraStart),
    inQuote: quotes.inside(c.start, c.paraStart),
    sentenceInitial: c.start === c.paraStart || /[.!?:"“‘(]\s*$/u.test(lead),
    speaks: testNative(SPEECH_VERB_RE, text.slice(c.end, c.end + 14)),
    subject: testNative(SUBJECT_RE, text.slice(c.end, c.end + 24)),
  };
}

/** Does a role phrase open with a word of roles (a head, a modifier or a service: "police union president")? */
function opensRole(role: string): boolean {
  const first = role.trim().split(/\s+/)[0]!.toLowerCase();
  return isRoleModifier(first) || isHead(first);
}
