/**
 * "Trustees hired Jason Bidwell as the township's part-time zoning inspector": a verb of appointment
 * before the name and "as <role>" after it give the person that role. "Reappointed Pat Gilchrist to
 * the township zoning commission" (or "the appointment of X to the Planning Commission"): appointed to a
 * body, they are one of its members.
 */
import { execNative, testNative, warmRegExp } from '../native-regexp';
import type { Candidate } from './types';
import { leadingRole } from './leading-role';
import { PUBLIC_BODY_WORD_RE, TRADE_BEFORE_NAME, isOfficialRole, sentenceStart, type RoleCue } from './roles';
import { L, LU } from '../letters';
import { PRIVATE_BODY_RE } from './role-lexicon';

const APPOINTED_BEFORE_RE =
  /\b(?:hire|hired|appoint|appointed|re-?appointed|name|named|choose|chose|chosen|select|selected|elect|elected|re-elected|confirm|confirmed|certified|install|installed|picked|tapped|promote|promoted|recruit|recruited|endorse|endorsed|ratified|backed|(?:re-?)?(?:appointment|nomination|election|confirmation)[ \u00A0]+of)[ \u00A0]+$/i;
// After "its" or "their" the post is the subject's, after "my" or "her" the appointer's own: the appointer, read below, decides alone.
// "as its new director of housing": "new" (or "next", "first", "permanent") says when, not what, and is left
// out of the role; so is "new" after an owner ("as the district's new food services director").
const AS_ROLE_RE = new RegExp(
  String.raw`^[ \u00A0]+as[ \u00A0]+(?:(?:the|a|an|(?<its>its|their)|(?<whose>my|our|his|her))[ \u00A0]+)?(?:(?:new|next|first|permanent)[ \u00A0]+)?(?<owner>(?:[${L}-]+['’]s?[ \u00A0]+)?)(?:new[ \u00A0]+)?(?<post>[^,.;:!?()"“”\n]{2,90})`,
  'u',
);

/**
 * "to the township zoning commission", "to a three-year term on the Planning Board": a body of
 * members, named by up to four words before its noun.
 */
const TO_BODY_RE = new RegExp(
  String.raw`^[ \u00A0]+to[ \u00A0]+(?:(?:a|an|another)[ \u00A0]+(?:[\w-]+[ \u00A0]+){0,2}(?:term|seat|place|position)[ \u00A0]+on[ \u00A0]+)?(?:the[ \u00A0]+)?(?!its\b|their\b|his\b|her\b)((?:[${L}'’-]+[ \u00A0]+){0,4}(?:commission|board|council|committee|panel|authority|cabinet|bench|trust|tribunal))\b`,
  'iu',
);

/** "Marguerite Olander and Sam Pettit", "A, B and C": other names listed with the candidate, read past. */
const LISTED_NAME = String.raw`(?:[${LU}][${L}'’.-]*[ \u00A0]+){0,2}[${LU}][${L}'’-]*`;
const LISTED_AFTER_RE = new RegExp(String.raw`^(?:(?:,[ \u00A0]+|,?[ \u00A0]+and[ \u00A0]+)${LISTED_NAME}){1,6}`, 'u');
const LISTED_BEFORE_RE = new RegExp(String.raw`(?:${LISTED_NAME}(?:,[ \u00A0]+|,?[ \u00A0]+and[ \u00A0]+)){1,6}$`, 'u');

/** A private body doing the appointing ("The company board hired X as ...", "the trust appointed"): the private words, and a trust or group. */
const privateAppointer = (words: string): boolean => testNative(PRIVATE_BODY_RE, words) || /\b(?:trust|group)\b/i.test(words);
/** "London-based Collaborate has recruited": a body introduced by where it is based is a firm, charity or think tank, not a council. */
const BASED_APPOINTER_RE = new RegExp(String.raw`[${LU}][${L}'’]*-based[ \u00A0]+(?:[a-z]+[ \u00A0]+){0,2}[${LU}]`, 'u');
const AGE_AFTER_RE = /^,[ \u00A0]+\d{1,3},/;
/** Terms after a post, set with an indefinite article: " at a salary of ...", " on a two-year contract". */
const TERMS_RE = /[ \u00A0]+(?:at|on|with|for)[ \u00A0]+(?:a|an)[ \u00A0].*$/;
/**
 * A trade written before a name, perhaps after a place's name: "Fort Tolliver attorney ", "local solicitor ",
 * or, for a lawyer (whom a public body hires as its counsel), set before it behind a comma: "hired an outside
 * lawyer, Graham Tuttle,".
 */
const TRADE_BEFORE_RE = new RegExp(
  String.raw`[ \u00A0](?:(?:[A-Z][\w'’-]*[ \u00A0]+){0,3}${TRADE_BEFORE_NAME}[ \u00A0]+|(?:a|an)[ \u00A0]+(?:(?:outside|independent|specialist)[ \u00A0]+)?(?:lawyer|attorney|solicitor|barrister|counsel),[ \u00A0]+)$`,
);
/** "to hire Lorraine Okafor, the retired city manager of Westmere, as interim county executive": a description read past. */
const DESCRIBED_AFTER_RE = /^,[ \u00A0]+(?:the|a|an|[a-z]+['’]s)[ \u00A0]+[^,.;:!?()"“”\n]{2,80},(?=[ \u00A0]+as[ \u00A0])/;
/**
 * An appointer who holds a public post ("Cllr Rose Hart, the leader, has named", "The commissioner said: \"I have appointed").
 * Only words no firm, church or union uses for its own head: a "chief executive", "leader" or "minister" may be anyone's.
 */
const PUBLIC_APPOINTER_RE = /\b(?:cllr|councill?or|council|mayor|commissioner|superintendent|sheriff)\b/i;
/**
 * "hired", "voted 2-1 to appoint": the verbs that put someone into a post, with no other sense ("named",
 * "backed" have others); "confirm" only as what a vote did ("voted 5-2 to confirm A, B and C").
 */
const HIRED_BEFORE_RE = /\b(?:hire|hired|appoint|appointed|re-?appointed|promote|promoted|voted\b[^.;:!?]{0,30}\bto[ \u00A0]+(?:confirm|ratify))[ \u00A0]+$/i;

/**
 * "The board voted 2-1 to appoint Marisol Quintana, 47, who ...": a public body that hires or appoints
 * someone, with no post named after them, takes them into its business all the same.
 */
function hiredByPublicBody(appointer: string): boolean {
  return (
    testNative(HIRED_BEFORE_RE, appointer) &&
    testNative(PUBLIC_BODY_WORD_RE, appointer) &&
    !privateAppointer(appointer) &&
    !testNative(BASED_APPOINTER_RE, appointer)
  );
}
/** "In other business, ", "Separately, ", "At the same meeting, ": a phrase opening the sentence, before its subject. */
const SENTENCE_OPENER_RE = /^(?:In|At|On|During|Also|Separately|Meanwhile|Later|Earlier)\b[^,.;]{0,40},[ \u00A0]+/;
const APPOINT_HINT_RE = /hire|appoint|name|cho|select|elect|confirm|certified|install|pick|tapped|promot|recruit|nominat|endorse|ratified|backed/i;

/** The role a candidate is appointed to, or null when the sentence does not appoint them. */
export function appointedRole(text: string, c: Candidate): RoleCue | null {
  if (c.possessive) return null;
  // "the reappointment of Marguerite Olander and Sam Pettit to the Library Board": each name listed is appointed.
  const lead = text.slice(Math.max(c.paraStart, c.start - 140), c.start);
  // A plain search first: most names follow no appointment, and the list expression need not run.
  if (!testNative(APPOINT_HINT_RE, lead)) return null;
  const listed = execNative(LISTED_BEFORE_RE, lead);
  // "hired Fort Tolliver attorney Laura Pickens": a trade, perhaps after a place, describes whom the verb takes.
  const verbLead = (listed ? lead.slice(0, listed.index) : lead).replace(warmRegExp(TRADE_BEFORE_RE, lead), ' ');
  if (!testNative(APPOINTED_BEFORE_RE, verbLead.slice(-22))) return null;
  const rest = text.slice(c.afterEnd, Math.min(c.paraEnd, c.afterEnd + 220));
  // "to appoint Renee Castellano, 46, as fiscal officer": an age or a description set off after the name is read past too.
  // Both may come: "named Marcus Oyelaran, 38, a former deputy secretary in the state budget office, as her chief of staff".
  const age = execNative(AGE_AFTER_RE, rest)?.[0].length ?? 0;
  const described = execNative(DESCRIBED_AFTER_RE, age ? `,${rest.slice(age)}` : rest)?.[0].length;
  const skip = execNative(LISTED_AFTER_RE, rest)?.[0].length ?? (described === undefined ? age : age + described - (age ? 1 : 0));
  const after = rest.slice(skip, skip + 120);
  const body = execNative(TO_BODY_RE, after);
  if (body) {
    const role = `member of the ${body[1]!.replace(/[ \u00A0]+/g, ' ').toLowerCase()}`;
    return { role, official: isOfficialRole(role, role) };
  }
  // "the board of trustees voted to appoint X as fiscal officer": whoever appoints, in the same sentence, may be the public body.
  // ("In other business, the board ... hired X": a sentence's opening phrase is no appointer.)
  // Read from the sentence's start, past its opening phrase, though the lead above may begin inside it.
  const sentence = text.slice(sentenceStart(text, c.start, c.paraStart), c.start);
  const appointer = sentence.replace(warmRegExp(SENTENCE_OPENER_RE, sentence), '').replace(warmRegExp(TRADE_BEFORE_RE, sentence), ' ');
  const m = execNative(AS_ROLE_RE, after);
  // "as her chief of staff at a salary of $118,000", "on a two-year contract": terms, not the post's body.
  const post = m?.groups!.post;
  const role = post ? leadingRole(post.replace(warmRegExp(TERMS_RE, post), ''), true, true) : null;
  if (!m || !role) {
    const hirer = listed ? appointer.slice(0, Math.max(0, appointer.length - (lead.length - listed.index))) : appointer;
    // The post is theirs from now: a career told elsewhere ("Whitby is a retired public defender") is no later one.
    return hiredByPublicBody(hirer) ? { role: null, official: true, evidence: true, present: true } : null;
  }
  const owner = m.groups!.owner!.trim();
  const byPublicBody = !privateAppointer(appointer) && isOfficialRole(role, appointer);
  // "The council appointed X as its monitoring officer" is the council's post; "Acme Ltd appointed X as its finance director" is Acme's.
  // "I have appointed X as my deputy", "has named X as her deputy": the appointer's own deputy or aide, public when the appointer is.
  if (m.groups?.whose) return { role, official: !privateAppointer(appointer) && (byPublicBody || testNative(PUBLIC_APPOINTER_RE, appointer)) };
  if (testNative(BASED_APPOINTER_RE, appointer)) return { role, official: false, privateBody: true };
  if (m.groups?.its)
    return byPublicBody && testNative(PUBLIC_BODY_WORD_RE, appointer) ? { role, official: true } : { role, official: false, privateBody: true };
  return { role, official: byPublicBody || isOfficialRole(role, `${owner} ${role}`), ...(owner ? { owner } : {}) };
}
