/**
 * Roles stated after a name: a party in brackets ("(Lab, Ward)"), an appositive ("Peter Hay, the
 * council's social services director,"), a duty clause ("who chairs the board"), a predicate
 * ("was appointed interim chief executive") or "MP for Y".
 */
import { PUBLIC_BODY_WORD_RE, type RoleCue, isOfficialRole, leadingRole } from './roles';
import { hasPrivateHead, isPartyOwner, ownerBefore } from './role-owner';
import { servesBody, staffOf } from './body-staff';
import { L, LU, M } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';

const APPOSITIVE_RE = new RegExp(
  String.raw`^(?:['’]s)?,[ \u00A0]+(?:(?:who|which)[ \u00A0]+(?:(?:now|still|also)[ \u00A0]+)?(?:is|was|has been|became|has become|(?:sits|serves)[ \u00A0]+as)[ \u00A0]+(?:(?:now|still|also)[ \u00A0]+)?(?:(?:re-?)?(?:appointed|named|elected|made|promoted|hired)[ \u00A0]+(?:as[ \u00A0]+)?)?|now[ \u00A0]+|then[ \u00A0]+|currently[ \u00A0]+|also[ \u00A0]+|as[ \u00A0]+|in[ \u00A0]+(?:his|her|their)[ \u00A0]+(?:role|capacity)[ \u00A0]+as[ \u00A0]+|one[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?(?:two|three|four|five|six|seven|eight|nine|\d+)?[ \u00A0]*)?((?:(?:the|a|an|its|their|his|her)[ \u00A0]+)?(?:(?:[${LU}][${L}${M}\-]*[ \u00A0]+)*(?:(?!(?:of|for|at|in|on|to|and|with)[ \u00A0])[a-z\-]+[ \u00A0]+){0,2}[${L}${M}\-]+['’]s[ \u00A0]+)?(?:(?:new|next|newly[ \u00A0]+(?:appointed|elected))[ \u00A0]+)?)((?:[^,.;:!?()"“”\n]|(?<=\b(?:St|Mt|Ft))\.){2,110})`,
  'u',
);
/** A capitalised word straight after a post: the post is that name's title. */
const NAME_NEXT_RE = new RegExp(String.raw`^[ \u00A0]+[${LU}][${L}${M}'’\-]+`, 'u');
/** "and " opening an appositive's words: the list goes on ("X, and Couns. Y and Z"). */
const AND_OPENER_RE = /^and[ \u00A0]+/;
/** A short capitalised title abbreviated with a full stop ("Couns.", "Cllr.", "Cr."). */
const ABBREVIATED_TITLE_RE = /^[A-Z][a-z]{1,4}$/;

/**
 * Is the post read after a name (`words`, cut at the first stop; `rest`, what follows them) the title
 * of the next capitalised name, rather than a post of the name before it?
 */
function titlesNextName(role: string, words: string, rest: string): boolean {
  const post = words.replace(warmRegExp(AND_OPENER_RE, words), '');
  if (!post.startsWith(role)) return false;
  if (post.length > role.length) return testNative(NAME_NEXT_RE, post.slice(role.length));
  return testNative(ABBREVIATED_TITLE_RE, role) && rest.startsWith('.') && testNative(NAME_NEXT_RE, rest.slice(1));
}
/** "new ", "next " or "newly elected " closing an appositive's opener (see APPOSITIVE_RE). */
const NEW_POST_RE = /(?:new|next|newly[ \u00A0]+(?:appointed|elected))[ \u00A0]+$/;
/** ", as the ...": a post the sentence's verb gives someone ("hired X, a deputy chief in Y, as the new chief"). */
const AS_OPENER_RE = /^(?:['’]s)?,[ \u00A0]+as[ \u00A0]/;
/** The verbs of leaving a post: "stood down", "stepped down", "resigned", "retired", "quit". */
const LEFT_POST = String.raw`(?:stood|stepped)[ \u00A0]+down|resigned|retired|quit`;
/** "X stepped down", "X, who resigned last month": the subject left a post (read in an election story's background). */
const LEFT_OFFICE_RE = new RegExp(
  String.raw`^(?:,[ \u00A0]+who)?[ \u00A0]+(?:(?:has|had)[ \u00A0]+)?(?:${LEFT_POST})\b(?![ \u00A0]+(?:as|from|in[ \u00A0]+protest)\b)`,
);
/** "chairman of Reform UK's Moorcastle branch": a party's local branch or association holds the post, not the council. */
const PARTY_BRANCH_RE =
  /\b(?:Party|Labour|Conservatives?|Tory|Tories|Reform UK|Liberal Democrats?|Lib Dems?|Greens|Green Party|SNP|Plaid Cymru|Republicans?|Democrats|GOP)['’]s?[ \u00A0]+(?:[A-Z][\w'’-]*[ \u00A0]+){0,3}(?:branch|association|chapter|club|constituency)\b/;
/** "retired in 1971", "stood down from the council in 2017": the year an office was left. */
const LEFT_IN_YEAR_RE = new RegExp(String.raw`^[ \u00A0]+(?:(?:has|had)[ \u00A0]+)?(?:${LEFT_POST})\b[^.;:!?]{0,40}?\bin[ \u00A0]+(?:19|20)\d\d\b`);
/** ", who retired this month after 31 years with the fire department": a career told as ended, in any story. */
const RETIRED_AFTER_YEARS_RE =
  /^(?:,[ \u00A0]+who)?[ \u00A0]+(?:(?:has|had)[ \u00A0]+)?retired\b[^.;:!?]{0,40}?\bafter[ \u00A0]+(?:(?:more[ \u00A0]+than|nearly|almost|some)[ \u00A0]+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[ \u00A0]+years\b/;
/** "the council's ", "the county's ": a public body's possessive, after which an unlisted adjective may describe a post. */
const PUBLIC_POSSESSIVE_RE =
  /\b(?:council|councils|county|city|town|village|parish|borough|district|authority|board|department|state|force|police|fire|service|trust|nhs|government|ministry|agency|commission|township|panel|committee|airport|library|MRC|RM|HSE)['’]s?[ \u00A0]+$/i;
/** ", who was parish clerk": a post held once; not ", who was elected councillor" (taking an office). */
const WHO_WAS_RE =
  /^(?:['’]s)?,[ \u00A0]+(?:who|which)[ \u00A0]+was[ \u00A0]+(?!(?:re-?)?(?:elected|appointed|named|made|chosen|selected|sworn|installed|confirmed|promoted|hired)\b)/;
/** "is retiring as city clerk", "will step down as chair": an office held until the day it is left. */
const LEAVING_AS = String.raw`(?:is|will)[ \u00A0]+(?:retiring|retire|stepping[ \u00A0]+down|step[ \u00A0]+down|standing[ \u00A0]+down|stand[ \u00A0]+down)[ \u00A0]+as|retires[ \u00A0]+as`;
/** The verbs a predicate opens with; the office-leaving ones first, as "is" would take their place. */
const PREDICATE_VERBS = String.raw`(?:${LEAVING_AS}|was|is|has been|had been|became|becomes|will become|will be|remains)`;
const PREDICATE_RE = new RegExp(
  String.raw`^[ \u00A0]+${PREDICATE_VERBS}[ \u00A0]+(?:(?:currently|now|also|still)[ \u00A0]+)?(?:(?:appointed|named|elected|made|re-elected|installed|confirmed|chosen|selected)[ \u00A0]+(?:as[ \u00A0]+)?)?((?:(?:the|a|an|its|their)[ \u00A0]+)?(?:[${L}${M}\-]+['’]s[ \u00A0]+)?(?:(?:new|newly[ \u00A0]+(?:appointed|elected))[ \u00A0]+)?)([^,.;:!?()"“”\n]{2,110})`,
  'u',
);
/** An aside between two dashes straight after a name: " – the council's lead for adult care –". */
const DASHED_RE = /^[ \u00A0]+[–—][ \u00A0]+([^–—\n]{3,110}?)[ \u00A0]+[–—](?=[ \u00A0])/;
/** ", 49," after a name: an age set off by commas. */
const AGE_SET_OFF_RE = /^,[ \u00A0]+\d{1,3},(?=[ \u00A0])/;
/** The verbs PREDICATE_RE starts with, to tell a predicate behind an age (or behind a name set off by commas, see cues.ts) from an apposition. */
export const PREDICATE_VERB_RE = new RegExp(String.raw`^[ \u00A0]+${PREDICATE_VERBS}[ \u00A0]`);
const PARTY_BRACKET_RE = new RegExp(
  String.raw`^[ \u00A0]*\((?:(Lab|Labour|Con|Conservative|LD|Lib Dem|Liberal Democrat|Green|Ind|Independent|Reform|Reform UK|SNP|Plaid Cymru|Plaid|UKIP|Lab\/Co-op)|([DR]|DFL|[DR]-[${L}. ]{1,20}))(?:[,;/][^)\n]{0,60})?\)`,
  'u',
);

/** A body called by its kind alone ("the committee's", "the group's"): the noun, for finding the body it stands for. */
const BARE_BODY_OWNER_RE = /^(?:the[ \u00A0]+)?(committee|group|board|panel|forum|trust|association)(?:['’]s)?$/i;

/**
 * "Bríd Ní Fhlatharta, chairperson of the residents' committee ... Tadhg Mulkerrin, the committee's
 * secretary": a body called by its kind alone is the one of that kind the text named last before the
 * name ending at `pos`; a private body's post, when that one is private.
 */
function privateAntecedent(text: string, pos: number, owner: string): boolean {
  const kind = execNative(BARE_BODY_OWNER_RE, owner.trim())?.[1]?.toLowerCase();
  if (!kind) return false;
  // Bounded to the 600 characters before the name, so a page of such owners stays linear.
  const before = text.slice(Math.max(0, pos - 600), pos);
  let last: string | null = null;
  for (const m of before.matchAll(warmRegExp(BODY_KIND_NAMED_RE, before))) if (m[1]!.toLowerCase() === kind) last = m[0];
  return !!last && hasPrivateHead(last);
}
/** A body of one of those kinds named with up to three words before its noun ("the residents' committee"). */
const BODY_KIND_NAMED_RE = /(?:[\w'’-]+[ \u00A0]+){1,3}(committee|group|board|panel|forum|trust|association)\b/gi;

/** A bare "its" or "their" opening the apposition after a name. */
const ITS_OPENER_RE = /^(?:its|their)[ \u00A0]+$/i;

/** Whose post ", its director" after the name ending at `nameEnd` is: read as if the text said "Name, its ". */
function itsOwner(text: string, nameEnd: number): string | undefined {
  // The paragraph's start bounds the sentence; a paragraph opened by the name looks to the one before.
  // Both are looked for in a bounded stretch, so a page of one long line costs no more per name.
  const near = text.slice(Math.max(0, nameEnd - 600), nameEnd);
  const paragraphStart = near.lastIndexOf('\n') + 1;
  const cut = Math.max(0, paragraphStart - 300);
  const before = `${near.slice(cut)}, its `;
  return ownerBefore(before, before.length, paragraphStart - cut);
}

/** ", councillors have been told", ", and commissioners heard": a bare plural noun that is a clause's subject. */
const PLURAL_CLAUSE_RE =
  /^,[ \u00A0]+(?:(?:and|but|so|while)[ \u00A0]+)?(?:(?:local|county|city|town|district|borough|senior|the)[ \u00A0]+)?[a-z]+s[ \u00A0]+(?:have|had|were|are|heard|hear|said|say|agreed|voted|will|would|told|decided|warned|claimed|fear|feared)\b/;

/**
 * Roles stated after the name that ends at `pos`: a party bracket ("(Lab, Ward)"), then an
 * appositive ("Peter Hay, the council's social services director,"), a duty clause ("who chairs
 * the board") or a predicate ("was appointed interim chief executive").
 */
export function rolesAfter(text: string, pos: number, limit: number): RoleCue[] {
  let after = text.slice(pos, Math.min(limit, pos + 200));
  // "Tom Reid – the council's lead for adult care – said": an apposition set off by dashes reads as one set off by commas.
  const dashed = execNative(DASHED_RE, after);
  if (dashed) after = `, ${dashed[1]},${after.slice(dashed[0].length)}`;
  // "Caldbeck, 49, is deputy chief fire officer", "Ann Ode, 52, the county's treasurer,": an age set off
  // after the name is read past, to the predicate or the apposition behind it.
  const age = execNative(AGE_SET_OFF_RE, after);
  if (age) {
    const rest = after.slice(age[0].length);
    after = testNative(PREDICATE_VERB_RE, rest) ? rest : `,${rest}`;
  }
  const out: RoleCue[] = [];
  const party = execNative(PARTY_BRACKET_RE, after);
  if (party) {
    out.push({ role: party[1] ? 'councillor' : null, official: true, fromTitle: true, partyOnly: true });
    after = after.slice(party[0].length);
  } else {
    const bracket = bracketRole(after);
    if (bracket) return [bracket];
  }
  // "the by-election was called after Labour councillor Peter Haldane stood down": the office is left.
  // (Only an election story reads it so: a story about the resignation itself still names an office holder.)
  // "When longtime Clerk Harold Bos retired in 1971": an office left in a year told is history in any story.
  if (testNative(LEFT_OFFICE_RE, after))
    return [
      ...out,
      {
        role: null,
        official: false,
        present: true,
        ...(testNative(LEFT_IN_YEAR_RE, after) || testNative(RETIRED_AFTER_YEARS_RE, after) ? {} : { leftOffice: true }),
      },
    ];
  const duty =
    presentRole(after) ??
    dutyRole(after) ??
    subjectDuty(after) ??
    representsBody(after) ??
    bodyPartyMember(after) ??
    describedSeat(after) ??
    whoseSeat(after) ??
    employedBy(after) ??
    servesBody(after) ??
    joinedAs(after) ??
    chosenFor(after);
  if (duty) {
    out.push(duty);
    // "who runs a garage ... and has been an on-call firefighter since 2017": a second post in the same clause.
    const second = duty.official ? null : secondPost(after);
    if (second) out.push(second);
    return out;
  }
  // "... in the most rural parts of Lindshire, councillors have been told": a plural noun and its verb
  // open the sentence's own clause; they describe no one named before them.
  if (testNative(PLURAL_CLAUSE_RE, after)) return out;
  const team = execNative(TEAM_RE, after) ?? execNative(BARE_TEAM_RE, after);
  // "the Brill Tenants Union's housing team": a private body's team, whatever the team is called.
  const teamOwner = team ? execNative(TEAM_OWNER_RE, team[1]!)?.[1] : undefined;
  if (team && testNative(PUBLIC_TEAM_RE, team[1]!) && !hasPrivateHead(team[1]!) && !(teamOwner && hasPrivateHead(teamOwner)) && isOfficialRole(team[1]!, '')) {
    out.push({ role: `${team[1]!.replace(/^(?:the|a)[ \u00A0]+/, '')}`, official: true });
    return out;
  }
  for (const [re, strict] of [
    [APPOSITIVE_RE, false],
    [PREDICATE_RE, true],
  ] as const) {
    const m = execNative(re, after);
    if (!m) continue;
    // "the new chief executive" describes its holder; ", as the village's new police chief" after a
    // place names the post someone earlier in the sentence was hired to, not the place.
    const opener = m[1] && m[1].replace(warmRegExp(NEW_POST_RE, m[1]), '');
    if (opener !== m[1] && testNative(AS_OPENER_RE, after)) continue;
    // "the council's senior arboricultural officer": after a body's possessive an unlisted adjective describes the post.
    const role = leadingRole(m[2]!, strict, !!opener && testNative(PUBLIC_POSSESSIVE_RE, opener));
    // "Jen Kerr, County Assessor Wes Xiong and ...": a post straight before a capitalised name titles that name.
    // ("Melcote, and Couns. Raj Mistry and ...": after "and", an abbreviated title, full stop and all, opens the next name.)
    if (role && re === APPOSITIVE_RE && titlesNextName(role, m[2]!, after.slice(m[0].length))) break;
    // "a farmer and Tilney parish councillor": a calling, then a post joined by "and", which may be the office.
    const joined = !role && re === APPOSITIVE_RE ? execNative(CALLING_AND_RE, m[2]!)?.[1] : undefined;
    const second = joined ? leadingRole(joined, false) : null;
    if (second && isOfficialRole(second, joined!) && !hasPrivateHead(joined!)) {
      out.push({ role: second, official: true });
      break;
    }
    if (role) {
      // ", its director of property services": the body the text before the name was about.
      const owner = !opener ? undefined : testNative(ITS_OPENER_RE, opener) ? itsOwner(text, pos) : ownerBefore(opener, opener.length, 0);
      // "the Fire Brigades Union's secretary": a private body's post, whatever public word its name holds;
      // "head of St. Anne's, a private school": the body is described as private just after.
      // "a surveyor hired by the tenants' association", "an attorney with the ACLU's state chapter": whoever
      // engaged them, or the body they work with, holds the post.
      // ("with the union that represents the town's officers": the body is the one before its relative clause.)
      const engagedWith = execNative(ENGAGED_BY_RE, m[2]!)?.[1];
      const engagedBy = engagedWith?.split(warmRegExp(RELATIVE_SPLIT_RE, engagedWith))[0];
      // "president of the local chapter of the California School Employees Association": the rest of the
      // phrase, which the role left out, names the private body it is held in.
      const heldIn = m[2]!.startsWith(role) ? execNative(HELD_IN_RE, m[2]!.slice(role.length))?.[1] : undefined;
      const describedPrivate =
        testNative(PRIVATE_AFTER_RE, after.slice(m[0].length)) ||
        // "chairman of the IFA, said the association had ...": a body known by its initials, then called by its private kind.
        (testNative(INITIALS_HELD_RE, m[2]!) && testNative(PRIVATE_KIND_NEXT_RE, after.slice(m[0].length))) ||
        (re === PREDICATE_RE && ofWhichPrivate(text, pos)) ||
        (!!engagedBy && hasPrivateHead(engagedBy)) ||
        (!!heldIn && heldIn.split(/[ \u00A0]+(?:of|at)[ \u00A0]+/).some(hasPrivateHead)) ||
        // "head of department at Harvard Medical School": the role names the private body it is held at.
        role
          .split(/[ \u00A0]+at[ \u00A0]+/)
          .slice(1)
          .some(hasPrivateHead);
      // "the party's county chairman": a party's own officer, whatever public word the post holds.
      const publicArm = testNative(PUBLIC_ARM_AFTER_RE, after.slice(m[0].length));
      const privateBody =
        !publicArm &&
        (describedPrivate ||
          testNative(PARTY_BRANCH_RE, role) ||
          (!!owner && (hasPrivateHead(owner) || isPartyOwner(owner) || privateAntecedent(text, pos, owner))));
      // "Mrs Fairbrother, who was parish clerk for many years,": a post held once, no office now; so are
      // "Sandra Kiyomura, mayor from 2013 to 2021," whose years in it are given, and "a retired sheriff's
      // deputy", whose past word sits before the owner's possessive.
      // So is "Anthony Benally was superintendent of Red Butte Schools from 2014 to 2022", told in the past with both ends.
      const pastSpan = testNative(YEAR_SPAN_RE, m[2]!) && (re === APPOSITIVE_RE || testNative(PAST_PREDICATE_RE, m[0]));
      // So is "Otis Crenshaw, county judge since 1959, announced his retirement in 1982": left in a year told.
      const leftInYear = re === APPOSITIVE_RE && testNative(LEFT_IN_YEAR_AFTER_RE, after.slice(m[0].length));
      if (
        pastSpan ||
        leftInYear ||
        (re === APPOSITIVE_RE && (testNative(WHO_WAS_RE, after) || testNative(THEN_RE, after) || testNative(PAST_OPENER_RE, m[1] ?? '')))
      ) {
        out.push({ role: `formerly ${role}`, official: false });
        break;
      }
      out.push({
        role,
        official: publicArm || (!privateBody && isOfficialRole(role, `${m[1] ?? ''} ${m[2]!}`)),
        ...(owner ? { owner } : {}),
        ...(privateBody ? { privateBody } : {}),
      });
      break;
    }
  }
  if (out.length === 0) {
    const staff = staffOf(after);
    if (staff) out.push(staff);
  }
  return out;
}

/** "a company of which former councillor X": the noun phrase a relative "of which" before the name looks back to. */
const OF_WHICH_RE = /((?:[^ \u00A0,.;:!?]+[ \u00A0]+){0,3}[^ \u00A0,.;:!?]+)[ \u00A0]+(?:of|in)[ \u00A0]+which[ \u00A0]+[^,.;:!?]{0,60}$/;

/**
 * "Redgum Holdings is a company of which Trevor Lienert is a director": the post the predicate names
 * is held in the private body the sentence looked back to before the name ending at `pos`.
 */
function ofWhichPrivate(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 160), pos);
  if (!before.includes('which')) return false;
  const antecedent = execNative(OF_WHICH_RE, before)?.[1];
  return !!antecedent && hasPrivateHead(antecedent);
}

/** "farmer and Tilney parish councillor": one or two lower-case words of a calling, then "and" and a second post. */
const CALLING_AND_RE = /^[a-z-]+(?:[ \u00A0][a-z-]+)?[ \u00A0]+and[ \u00A0]+(?:(?:a|an|the)[ \u00A0]+)?([^ \u00A0].*)$/;

/** "Gordon Pike, then the mayor,": the post held at the time the sentence tells of, not now. */
const THEN_RE = /^(?:['’]s)?,[ \u00A0]+then[ \u00A0]/;

/** "a retired sheriff's ", "the former council's ": a past word in an apposition's opening, before the post. */
const PAST_OPENER_RE = /\b(?:retired|former|ex-|one-time)\b/i;
/**
 * "mayor from 2013 to 2021", "between 2009 and 2017", "from 1994 until his retirement in 2008": the
 * years a post was held, both ends given in words. (Not "Mayor for 2025-26": a civic year written
 * with a dash is the year of office now.)
 */
const YEAR_SPAN_RE =
  /[ \u00A0](?:from[ \u00A0]+(?:19|20)\d\d[ \u00A0]+(?:to|until|till)(?:[ \u00A0]+(?:his|her|their)[ \u00A0]+(?:retirement|resignation|departure)[ \u00A0]+in)?|between[ \u00A0]+(?:19|20)\d\d[ \u00A0]+and)[ \u00A0]+(?:19|20)\d\d\b/;
/** The sentence's verb after an apposition says the post was left in a year told: ", announced his retirement in 1982". */
const LEFT_IN_YEAR_AFTER_RE = new RegExp(
  String.raw`^[^,.;!?]{0,40}?,[ \u00A0]+(?:(?:had|has)[ \u00A0]+)?(?:announced[ \u00A0]+(?:his|her|their)[ \u00A0]+retirement|${LEFT_POST}|left[ \u00A0]+office|lost[ \u00A0]+(?:his|her|their)[ \u00A0]+seat)\b[^.;!?]{0,30}?\bin[ \u00A0]+(?:[A-Z][a-z]+[ \u00A0]+)?(?:19|20)\d\d\b`,
);
/** A predicate told in the past: " was superintendent ...", " had been clerk ...". */
const PAST_PREDICATE_RE = /^[ \u00A0]+(?:was|had[ \u00A0]+been)[ \u00A0]/;
/** The body a post is held in, after the role's own words: " of the local chapter of the X Association". */
const HELD_IN_RE = /^[ \u00A0]+(?:of|at|for|with)[ \u00A0]+(.+)$/;
/** ", a private Catholic school", ", a privately owned firm": the apposition after a role describes its body as private. */
const PRIVATE_AFTER_RE = /^[ \u00A0]*,[ \u00A0]+(?:a|an)[ \u00A0]+(?:private|privately)\b/i;
/** A post held in a body written by its initials alone: "county chairman of the IFA". */
const INITIALS_HELD_RE = /[ \u00A0](?:of|at|for)[ \u00A0]+the[ \u00A0]+[A-Z]{2,6}$/;
/** The rest of the sentence calls the body by a private kind: ", said the association had ...". */
const PRIVATE_KIND_NEXT_RE = /^[^.;!?]{0,40}?\bthe[ \u00A0]+(?:association|union|federation|society|club|charity|co-?op|cooperative|chamber)\b/i;
/**
 * "managing director of Coast and Dales Transport, the authority's transport arm": a company the text
 * says a public body owns, whatever its name sounds like.
 */
const PUBLIC_ARM_AFTER_RE =
  /^[ \u00A0]*,[ \u00A0]+(?:the|a)[ \u00A0]+(?:council|authority|county|city|borough|district|town|combined[ \u00A0]+authority|state)['’]s[ \u00A0]+(?:[a-z'’-]+[ \u00A0]+){0,3}(?:arm|company|subsidiary|operator)\b/i;
const ENGAGED_BY_RE = /[ \u00A0](?:(?:hired|employed|engaged|retained|commissioned|instructed|paid)[ \u00A0]+by|with)[ \u00A0]+([^,.;:!?()"“”\n]{3,70})$/i;
/** A relative clause opening inside a noun phrase ("the union that represents ..."). */
const RELATIVE_SPLIT_RE = /[ \u00A0]+(?:that|which|who|whose)[ \u00A0]/;
const INNER_HYPHEN_RE = new RegExp(String.raw`(?<=[${L}])-(?=[${L}])`, 'gu');
/** "Jo Ode, from the council's housing team,": staff of a public body's team or department. */
const TEAM_RE = /^,[ \u00A0]+(?:from|at|with|of|for)[ \u00A0]+((?:the|a)[ \u00A0]+[^,.;:!?()"“”\n]{3,60})/;
/** "Neil Tatum of the county attorney's office said": the same with no comma, the phrase ending at its first unit word. */
const BARE_TEAM_RE =
  /^[ \u00A0]+(?:from|at|with|of)[ \u00A0]+([Tt]he[ \u00A0]+[^,.;:!?()"“”\n]{2,60}?\b(?:[Tt]eam|[Dd]epartment|[Dd]ept|[Ss]ervices?|[Dd]irectorate|[Uu]nit|[Dd]ivision|[Oo]ffice))(?=[,.;:]|[ \u00A0](?!(?:at|of|for|in)[ \u00A0]+[A-Z]))/;
/** The owner named by a possessive inside a team phrase ("the Brill Tenants Union's"). */
const TEAM_OWNER_RE = /^(.+?)['’]s?[ \u00A0]/;
const PUBLIC_TEAM_RE = /\b(?:team|department|dept|service|services|directorate|unit|division|office)$/i;
const BRACKET_RE = /^[ \u00A0]*\(([^()\n]{2,60})\)/u;

/** A post in brackets, as minutes list officers: "Mr R. Dee (Head of Planning)", "(Vice-Chair)". */
function bracketRole(after: string): RoleCue | null {
  const inner = execNative(BRACKET_RE, after)?.[1]?.trim();
  if (!inner) return null;
  const spaced = inner.replace(warmRegExp(INNER_HYPHEN_RE, inner), ' ');
  const role = leadingRole(spaced, false);
  return role === spaced ? { role: inner, official: isOfficialRole(spaced, '') } : null;
}

/**
 * "who chairs the board", "who led the authority for nine years", "who works for the county's
 * highways team", "who was elected to the board in 2022": a duty in a body, official when the body is public.
 */
const DUTY_RE =
  /^,[ \u00A0]+who[ \u00A0]+(?:(?:both|all|also|now|still)[ \u00A0]+)?(?:(?:has|had|have)[ \u00A0]+)?(chairs?|chaired|leads?|led|heads?|headed|(?:runs?|ran)(?![ \u00A0]+(?:with|for|as|against|unopposed|in|on)\b)|convenes|convened|represents?|represented|oversees|oversaw|manages|managed|(?:sits|sit|sat|serves|serve|served|works|work|worked)[ \u00A0]+(?:on|for|at|in|with)|(?:is|was|were|are|has[ \u00A0]+been)[ \u00A0]+(?:employed[ \u00A0]+by|(?:first[ \u00A0]+)?(?:elected|re-elected|appointed|co-opted)[ \u00A0]+(?:to|as|in|on)))[ \u00A0]+([^,.;:!?()"“”\n]{3,80})/u;
/**
 * Where the body named after a duty verb ends: "the authority| for nine years", "a cafe| near the
 * council". (An "and" between capitalised words is inside a body's name: "the Parks and Recreation Board".)
 */
const OBJECT_END_RE =
  /[ \u00A0]+(?:for|since|until|from|near|next|opposite|outside|beside|behind|between|during|through(?=[ \u00A0]+(?:(?:much|most|part|all)[ \u00A0]+of|the[ \u00A0]+(?:(?:early|mid-?|late)[ \u00A0]+)?(?:19|20)?\d0s))|when|after|before|against|about|over|to|of|that|which|who|(?<=[A-Z][a-z]*[ \u00A0]+)and(?![ \u00A0]+[A-Z])|(?<![A-Z][a-z]*[ \u00A0]+)and|but|in|on|at|with)\b.*$/su;
/** " as a federation", " as an appointee": what a duty's body is run as, or the part the person has in it. */
const RUN_AS_RE = /[ \u00A0]+as[ \u00A0]+an?[ \u00A0].*$/su;
/** Seats a representative holds: "represents the Oakfield ward". */
const SEAT_WORDS_RE = /\b(?:wards?|divisions?|seats?|constituenc(?:y|ies)|districts?|precincts?|communities)\b/i;

/** " for the city", " at the county": the public body a duty is done for, after the duty. */
const FOR_PUBLIC_BODY_RE =
  /^[ \u00A0]+(?:for|at)[ \u00A0]+the[ \u00A0]+(?:city|county|council|town|village|borough|district|state|township|parish)\b(?![ \u00A0]*['’])/i;
/** " on the committee": a committee a member represents someone on. */
const ON_COMMITTEE_RE = /^[ \u00A0]+on[ \u00A0]+the[ \u00A0]+(?:[a-z'’-]+[ \u00A0]+){0,2}committee\b/;
/** "on the council", "to the board": the body a seat is held on, after the seat. */
const ON_BODY_RE = /^[ \u00A0]+(?:on|to|at)[ \u00A0]+(?:the[ \u00A0]+)?(?:[a-z'’-]+[ \u00A0]+){0,2}(?:council|board|authority|cabinet|assembly|commission)\b/;

/**
 * "..., who ... and now runs the Homes Not Hotels campaign", "..., a former councillor who now chairs
 * the Save the Meadows group", "..., now a spokesman for the campaign": what someone does now, after a past duty.
 */
const NOW_RE =
  /^,[ \u00A0]+(?:who[ \u00A0]|(?:a|an)[ \u00A0]+(?:former|ex-|retired)\b)[^.;!?]{0,120}?\b(?:(?:and|but|is)[ \u00A0]+)?now[ \u00A0]+(runs|leads|chairs|heads|(?:campaigns|works)[ \u00A0]+(?:for|with)|works[ \u00A0]+(?:at|in)|is[ \u00A0]+(?:a|an|the))[ \u00A0]+([^,.;:!?()"“”\n]{3,80})|^,[ \u00A0]+now[ \u00A0]+(a|an|the)[ \u00A0]+([^,.;:!?()"“”\n]{3,80})/u;

/**
 * What a bare ", now a ..." apposition must name to put someone outside office; so must the body a
 * former office holder "now heads" ("the Calder Open Government Project", a watchdog by its name).
 */
const PRIVATE_NOW_RE =
  /\b(?:consultant|consultancy|campaign\w*|residents?|developer|director of [A-Z]|owner|founder|lobbyist|businessman|businesswoman|charity|company|firm|union|association|group|society|ltd|plc|inc|[Pp]arty|watchdog|Project|Coalition|Initiative|Network)\b/;

/** "who now works for a neighbouring authority": a job at a body left unnamed is no office the story can show. */
const unnamedEmployer = (verb: string, object: string): boolean => /^work/.test(verb) && /^(?:a|an|another)[ \u00A0]/.test(object);

/** "who represented Brayfield until 2019 and now runs a campaign", "who lost his seat and now campaigns with ...": the present role. */
function presentRole(after: string): RoleCue | null {
  const now = execNative(NOW_RE, after);
  if (!now) return null;
  const object = now[2] ?? now[4]!;
  const current = object.replace(warmRegExp(OBJECT_END_RE, object), '').trim();
  const verb = (now[1] ?? now[3]!).replace(/\s+/g, ' ');
  // The whole object is read for a campaign or a private body: "a spokesman for the campaign group".
  // "now chairs the trustees of the youth charity X": the body named after the post may be what is private.
  const marked =
    /^campaigns/.test(verb) || hasPrivateHead(current) || /\bcampaign/i.test(object) || (now[4] === undefined && testNative(PRIVATE_NOW_RE, object));
  // ", now a planning consultant": a bare apposition demotes only when it names something private;
  // ", now the leader" says nothing against an office. ", now a physical oceanographer" names no
  // post at all, so it says nothing either way.
  if (now[4] !== undefined) {
    const demotes = marked || testNative(PRIVATE_NOW_RE, object);
    if (!demotes && !leadingRole(current.replace(/^(?:the|a|an)\s+/i, ''), true)) return null;
    return { role: `${verb} ${current}`, official: !demotes, present: true };
  }
  const official = !marked && !unnamedEmployer(verb, current) && isOfficialRole(current, '');
  return { role: `${verb} ${current}`, official, present: true };
}

/**
 * The name as the subject of a duty: "Ann Ode heads the county health department", "has led the
 * water department since 2023", "has spent 26 years at the Water Department and has led it", "sits
 * on the county planning commission", "has served on the council since 2019".
 */
const SUBJECT_DUTY_RE =
  /^[ \u00A0]+(?:(?:also|now|still)[ \u00A0]+)?(?:(?:has|had)[ \u00A0]+)?(chairs|chaired|leads|led|heads|headed|runs|ran|oversees|oversaw|manages|managed|(?:sits|sat|serves|served)[ \u00A0]+on)[ \u00A0]+((?:the|its)[ \u00A0]+[^,.;:!?()"“”\n]{3,80})/u;
/** "led the primary with 46%", "led the push for a new pool", "chaired the debate": an event or a cause led, no body. */
const LED_EVENT_RE =
  /^(?:the|its)[ \u00A0]+(?:[\w'’-]+[ \u00A0]+){0,2}?(?:primary|primaries|election|race|poll|polls|vote|voting|ballot|runoff|count|field|contest|campaign|charge|way|fight|push|effort|drive|protest|opposition|debate|discussion|tributes?)\b/;
const LED_IT_RE =
  /^[ \u00A0]+(?:has[ \u00A0]+)?(?:spent|worked)\b[^.;:!?]{0,40}?[ \u00A0](?:at|for|with|in)[ \u00A0]+((?:the[ \u00A0]+)?[^,.;:!?()"“”\n]{3,60}?)[ \u00A0]+and[ \u00A0]+(?:has[ \u00A0]+)?(led|run|headed|chaired|managed)[ \u00A0]+it\b/u;

/**
 * A duty the name does as a clause's subject, read only when it is in a public body: "Smith led
 * the protest" or "runs a cafe" says nothing either way, and a duty that ended is left.
 */
function subjectDuty(after: string): RoleCue | null {
  const m = execNative(SUBJECT_DUTY_RE, after);
  const it = m ? null : execNative(LED_IT_RE, after);
  if (!m && !it) return null;
  const verb = m ? m[1]! : it![2]!;
  // "Joan Hebden has sat on the council since 2019" is a seat held now; "sat on the council" alone may be history.
  if (/^(?:sat|served)/.test(verb) && !/\bhas[ \u00A0]/.test(m![0])) return null;
  const phrase = m ? m[2]! : it![1]!;
  if (m && testNative(LED_EVENT_RE, phrase)) return null;
  const object = phrase.replace(warmRegExp(OBJECT_END_RE, phrase), '').trim();
  if (testNative(ENDED_RE, after)) return null;
  const role = `${verb} ${object}`;
  // The whole phrase is read for its owner too: "the board of the Rotary Club" is the club's.
  const whole = phrase.trim();
  return !hasPrivateHead(whole) && isOfficialRole(role, '') && isOfficialRole(`${verb} ${whole}`, '') ? { role, official: true } : null;
}

/**
 * "... and has been an on-call firefighter", "... and is a special constable", "... and now sits as an
 * independent councillor": a second post after a first clause.
 */
const SECOND_POST_RE =
  /^,[^.;:!?]{0,120}?\band[ \u00A0]+(?:(?:now|still|also)[ \u00A0]+)?(?:has[ \u00A0]+been|is|works[ \u00A0]+as|(?:sits|serves)[ \u00A0]+as)[ \u00A0]+(?:(?:now|still|also)[ \u00A0]+)?(?:an?[ \u00A0]+)?([^,.;:!?()"“”\n]{3,80})/;

function secondPost(after: string): RoleCue | null {
  const m = execNative(SECOND_POST_RE, after);
  const role = m ? leadingRole(m[1]!, false) : null;
  return role ? { role, official: isOfficialRole(role, m![1]!) } : null;
}

/**
 * "Dr. Samuel Adeyemi, a pediatrician who sits on the board", "a GP partner in Millbank who sits on
 * the board": a seat on a public body, said after a calling (and where it is practised). Only a seat: what such a person chairs or leads ("a retired firefighter who chairs the
 * committee") may be a private body's, and the calling before it is read as usual.
 */
const DESCRIBED_SEAT_RE =
  /^,[ \u00A0]+(?:a|an)[ \u00A0]+(?!(?:former|retired|ex-)\b)(?:[A-Za-z-]+[ \u00A0]+){0,2}[a-z-]+(?:[ \u00A0]+(?:in|at|from)[ \u00A0]+[A-Z][\w'’-]*(?:[ \u00A0]+[A-Z][\w'’-]*){0,2})?[ \u00A0]+who[ \u00A0]+(?:also[ \u00A0]+|now[ \u00A0]+)?(?:sits|serves)[ \u00A0]+on[ \u00A0]+(the[ \u00A0]+[^,.;:!?()"“”\n]{3,60})/;

function describedSeat(after: string): RoleCue | null {
  const m = execNative(DESCRIBED_SEAT_RE, after);
  if (!m) return null;
  const body = m[1]!.replace(warmRegExp(OBJECT_END_RE, m[1]!), '').trim();
  const role = `sits on ${body}`;
  // The whole phrase is read for its owner: "the board of the food bank" is the food bank's.
  return !hasPrivateHead(body) && isOfficialRole(`sits on ${m[1]!.trim()}`, '') && isOfficialRole(role, '') ? { role, official: true } : null;
}

/**
 * "Anita Velarde, whose District 3 takes in the farm,", "X, whose ward includes the site,", "X, whose
 * Blaenllwyd ward includes part of the catchment,": someone whose own ward or district holds a place
 * is the member elected for it.
 */
const WHOSE_SEAT_RE =
  /^,[ \u00A0]+whose[ \u00A0]+(?:[A-Z][\w'’-]*[ \u00A0]+){0,2}(?:[Ww]ard|[Dd]istrict|[Dd]ivision|[Pp]recinct|[Cc]onstituency)(?:[ \u00A0]+(?:\d{1,3}|[A-Z]))?[ \u00A0]+(?:includes|included|covers|takes[ \u00A0]+in|contains|spans|encompasses|is[ \u00A0]+home[ \u00A0]+to)\b/;

function whoseSeat(after: string): RoleCue | null {
  return testNative(WHOSE_SEAT_RE, after) ? { role: null, official: true, fromTitle: true } : null;
}

/** ", a senior care assistant employed by the county council": a job, then the body that employs its holder. */
const EMPLOYED_BY_RE =
  /^,[ \u00A0]+(?:a|an)[ \u00A0]+(?!(?:former|retired|ex-)\b)((?:[a-z-]+[ \u00A0]+){0,3}[a-z-]+)[ \u00A0]+(?:(?:who[ \u00A0]+is|who['’]s)[ \u00A0]+)?employed[ \u00A0]+by[ \u00A0]+(the[ \u00A0]+[^,.;:!?()"“”\n]{3,60})/;

/** ", who came to Marrowdale as chief executive in 2015": the post someone joined a body in, the clause ending at its time. */
const JOINED_AS_RE =
  /^,[ \u00A0]+who[ \u00A0]+(?:came|joined|arrived)(?:[ \u00A0]+(?:to|at)[ \u00A0]+(?:the[ \u00A0]+)?([A-Z][\w'’-]*(?:[ \u00A0]+[A-Z][\w'’-]*){0,3})|[ \u00A0]+the[ \u00A0]+(?:council|authority|county|city|board|force|district))?[ \u00A0]+as[ \u00A0]+(?:(?:its|the|a|an)[ \u00A0]+)?([a-z][a-z -]{2,50}?)(?=[ \u00A0]+(?:in|on|from|after|when|last|this)\b|[,.;])/;

function joinedAs(after: string): RoleCue | null {
  const m = execNative(JOINED_AS_RE, after);
  if (!m) return null;
  const rest = after.slice(m[0].length, m[0].length + 120);
  // "who joined the council as a planner in 1990 and retired in 2020": a post since left.
  const role = m[2]!;
  if (testNative(LEFT_LATER_RE, rest)) return { role: `formerly ${role}`, official: false };
  // Official as the words say; in an article about a public body, a post such as "chief executive" is
  // promoted later (public-scope.ts), unless the body named ("came to Acme Ltd") is a private one.
  const owner = m[1];
  if (owner && hasPrivateHead(owner)) return { role, official: false, owner, privateBody: true };
  return { role, official: isOfficialRole(role, m[0]), ...(owner ? { owner } : {}) };
}

/**
 * "X was co-opted to fill the Abbey ward vacancy", "X was elected to the council in May", "X, a local
 * attorney appointed to the board in 2023,": a seat given by its body.
 */
const CHOSEN_RE =
  /^[ \u00A0]+(?:was|has[ \u00A0]+been|is|were|have[ \u00A0]+been)[ \u00A0]+(?:unanimously[ \u00A0]+)?((?:re-)?elected|appointed|co-opted)[ \u00A0]+(?:on)?to[ \u00A0]+(?:fill[ \u00A0]+)?((?:the|a)[ \u00A0]+[^,.;:!?()"“”\n]{3,60})/;
/** ", a Cumberton attorney appointed to the board in 2023,": the same, told in an apposition after a calling. */
const CHOSEN_APPOSED_RE =
  /^,[ \u00A0]+(?:a|an)[ \u00A0][^,.;:!?()"“”\n]{1,50}?[ \u00A0]((?:re-)?elected|appointed|co-opted)[ \u00A0]+to[ \u00A0]+((?:the|a)[ \u00A0]+[^,.;:!?()"“”\n]{3,60})/;
const SEAT_NOUN_RE = /\b(?:ward|seat|vacancy|division)\b/i;
/** What follows the seat: " left by X", " in May", " after the death of ...". */
const CHOSEN_TAIL_RE = /[ \u00A0]+(?:left|after|in|on|at|following|when|until)\b.*$/;

function chosenFor(after: string): RoleCue | null {
  const m = execNative(CHOSEN_RE, after) ?? (after.startsWith(', a') ? execNative(CHOSEN_APPOSED_RE, after) : null);
  if (!m) return null;
  const object = m[2]!.replace(warmRegExp(OBJECT_END_RE, m[2]!), '').replace(warmRegExp(CHOSEN_TAIL_RE, m[2]!), '').trim();
  // ("appointed to the board of Acme Ltd": the body after the object's "of" may be a private one.)
  const whole = m[2]!.replace(warmRegExp(CHOSEN_TAIL_RE, m[2]!), '').trim();
  const official = !hasPrivateHead(object) && !hasPrivateHead(whole) && (testNative(PUBLIC_BODY_WORD_RE, object) || testNative(SEAT_NOUN_RE, object));
  return official ? { role: `${m[1]!} to ${object}`, official } : null;
}

/** A public body's employee: staff of public bodies are officials, whatever their job is called. */
function employedBy(after: string): RoleCue | null {
  const m = execNative(EMPLOYED_BY_RE, after);
  if (!m) return null;
  const body = m[2]!.replace(warmRegExp(OBJECT_END_RE, m[2]!), '').trim();
  return !hasPrivateHead(body) && testNative(PUBLIC_BODY_WORD_RE, body) ? { role: `${m[1]!} employed by ${body}`, official: true } : null;
}

/** ", the board's other Republican", ", the council's only Green": a party's member of a public body. */
const BODY_PARTY_MEMBER_RE =
  /^,[ \u00A0]+the[ \u00A0]+(board|council|commission|committee|panel|cabinet)['’]s[ \u00A0]+(?:(?:other|only|lone|sole|newest|two|three)[ \u00A0]+)?(?:Republican|Democrat|Democratic|Labour|Conservative|Tory|Liberal[ \u00A0]+Democrat|Lib[ \u00A0]+Dem|Green|Independent|Reform|SNP|Plaid)s?\b/;

function bodyPartyMember(after: string): RoleCue | null {
  const m = execNative(BODY_PARTY_MEMBER_RE, after);
  return m ? { role: `${m[1]} member`, official: true } : null;
}

/** "James Ferrier KC, representing the council,", "Daniel Okafor KC, for the council,": counsel acting for a body in court or at an inquiry. */
const REPRESENTING_RE =
  /^,[ \u00A0]+(?:representing|(?:acting|appearing)[ \u00A0]+for|for(?=[ \u00A0]+the[ \u00A0])|on[ \u00A0]+behalf[ \u00A0]+of)[ \u00A0]+((?:the[ \u00A0]+)?[^,.;:!?()"“”\n]{3,60}?)[ \u00A0]*[,.;]/u;

/** Counsel for a public body is its official, as its staff are; acting for anyone else says nothing here. */
function representsBody(after: string): RoleCue | null {
  const m = execNative(REPRESENTING_RE, after);
  if (!m) return null;
  const body = m[1]!;
  return !hasPrivateHead(body) && isOfficialRole(`counsel for ${body}`, '') ? { role: `representing ${body}`, official: true } : null;
}

/** The staff or a union a representative speaks for, not a seat's voters ("the town's outside workers for CUPE"). */
const REPRESENTS_STAFF_RE = /\b(?:workers|employees|staff|nurses|teachers|drivers|firefighters|union|unions)\b/i;

function dutyRole(after: string): RoleCue | null {
  const m = execNative(DUTY_RE, after);
  if (!m) return null;
  const verb = m[1]!.replace(/\s+/g, ' ');
  const object = m[2]!.replace(warmRegExp(OBJECT_END_RE, m[2]!), '').trim();
  const tail = m[2]!.slice(m[2]!.indexOf(object) + object.length);
  const role = `${verb} ${object}`;
  // "who sat in the public gallery": watching the business is not doing it.
  if (testNative(AUDIENCE_RE, object)) return { role, official: false };
  if (unnamedEmployer(verb, object)) return { role, official: false };
  // "who represents the town's outside workers for the union": a union's rep speaks for staff, not for voters.
  if (verb.startsWith('represent') && testNative(REPRESENTS_STAFF_RE, m[2]!)) return { role: `${verb} ${m[2]!.trim()}`, official: false, privateBody: true };
  // "who sat on the parish council for 16 years until 2023": a duty that ended.
  const pastTense = testNative(PAST_VERB_RE, verb);
  // "Mr Coles, who had represented the ward since 2015, stood down in January": a duty told in the past beside its end.
  // ("who has led the authority for nine years" is still leading it.)
  const simplePast = pastTense && !/^,[ \u00A0]+who[ \u00A0]+(?:[a-z]+[ \u00A0]+)?(?:has|have)[ \u00A0]/.test(m[0]);
  if (
    pastTense &&
    (testNative(ENDED_RE, tail) ||
      (simplePast && (testNative(FOR_YEARS_RE, tail) || (testNative(WHEN_THEN_RE, tail) && !testNative(SITTING_RE, object)))) ||
      testNative(LEFT_AFTER_RE, after.slice(m[0].length, m[0].length + 80)))
  )
    return { role: `formerly ${role}`, official: false };
  // "who represents Glanrhyd North on the council": the seat, then the body it is held on; "who manages
  // business licensing for the city": the duty, then the public body it is done for.
  // ("who represents Te Whanau a Turama on the committee": a seat on a committee, said of one who holds it now.)
  const onBody =
    testNative(ON_BODY_RE, tail.toLowerCase()) || testNative(FOR_PUBLIC_BODY_RE, tail) || (/^represents?$/.test(verb) && testNative(ON_COMMITTEE_RE, tail));
  // "who has led two schools as a federation": what the body is run as names no other body.
  const body = object.replace(warmRegExp(RUN_AS_RE, object), '');
  const official =
    !hasPrivateHead(body) &&
    (isOfficialRole(role, '') ||
      onBody ||
      (/^represent/.test(verb) && testNative(SEAT_WORDS_RE, object)) ||
      // "who was elected in May": elected to nothing private is elected to office.
      (/elected/.test(verb) && !hasPrivateHead(m[2]!)));
  // "Director Ellen Marsh, who represents Kettle Creek,": a bare proper name may be a district or a
  // client, so it says nothing either way; the title and the person's part in the business decide.
  // So does a stretch of country ("who represents the northern foothills", "the southern end of the
  // county"); a client ("the developer") does not.
  if (
    !official &&
    /^represents?$/.test(verb) &&
    (testNative(BARE_PROPER_RE, object) || testNative(AREA_RE, object)) &&
    (!tail.trim() || (testNative(AREA_RE, object) && testNative(OF_PLACE_RE, tail))) &&
    !hasPrivateHead(object) &&
    !testNative(CLIENT_NOUN_RE, object)
  )
    return null;
  // "who runs a family butcher's shop": a private body's business, never an office's description.
  const privateBody = hasPrivateHead(body);
  // "who chairs Weaverside's board": the body named before the possessive owns the post (the article may call it private).
  const owner = execNative(POSSESSIVE_OWNER_RE, object)?.[1];
  // "Couns X and Y, who both sat on the steering group": a clause told of the whole list, by "both" or a plural verb.
  const ofList = testNative(LIST_CLAUSE_RE, m[0]);
  return {
    role,
    official,
    ...(owner ? { owner } : {}),
    ...(pastTense ? { pastTense } : {}),
    ...(privateBody ? { privateBody } : {}),
    ...(ofList ? { ofList } : {}),
  };
}

/** A relative clause said of several: "who both", "who all", or a plural present verb ("who sit on", "who represent"). */
const LIST_CLAUSE_RE = /^,[ \u00A0]+who[ \u00A0]+(?:both|all\b|(?:also[ \u00A0]+)?(?:chair|lead|head|run|represent|sit|serve|work|are|were)\b)/;

/** A capitalised name with a possessive opening a duty's object: "Weaverside's board" -> "Weaverside". */
const POSSESSIVE_OWNER_RE = /^((?:[A-Z][\w&-]*[ \u00A0]+){0,3}[A-Z][\w&-]*)['’]s?[ \u00A0]+[a-z]/;

/** Part of a district described in words: "the northern foothills", "the east side of the county". */
const AREA_RE =
  /^the[ \u00A0]+(?:[a-z-]+[ \u00A0]+){0,2}(?:foothills|hills|valley|side|end|half|part|corner|villages|towns|suburbs|neighbou?rhoods|areas?|parts|coast|shore|lakeshore|uplands|lowlands)\b/;
/** The place a stretch of country lies in: " of the county", " of the port district", " of Hatchee County", " of town". */
const OF_PLACE_RE =
  /^[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?(?:(?:[a-z]+[ \u00A0]+)?(?:county|city|town|borough|district|parish|village|township|island|state)|[A-Z][\w'’-]*(?:[ \u00A0]+[A-Z][\w'’-]*){0,2})[ \u00A0]*$/;
/** Whom a lawyer or an agent represents: "the developer", "the family", "the union's members". */
const CLIENT_NOUN_RE =
  /\b(?:developers?|applicants?|famil(?:y|ies)|company|companies|firms?|owners?|landowners?|unions?|residents|tenants|objectors|campaign\w*|claimants?|defendants?|appellants?|estate|business\w*|workers|staff|members|clients?|group)\b/i;
/** A capitalised name of one to three words and nothing else: "Kettle Creek", "Glanrhyd North". */
const BARE_PROPER_RE = /^[A-Z][a-z'’-]+(?:[ \u00A0][A-Z][a-z'’-]+){0,2}$/;
const AUDIENCE_RE = /\b(?:public gallery|gallery|audience|crowd|public seats)\b/i;
const PAST_VERB_RE = /^(?:chaired|led|headed|ran|convened|represented|oversaw|managed|sat|served|worked|was|were|had been)\b/;
/**
 * The end of a past duty: "until 2023", "from 2010 to 2018", "between 2015 and 2019", "before
 * retiring", "before Kaczmarek unseated him", or a decade it was done in ("who chaired the council
 * in the 2010s").
 */
const ENDED_RE =
  /^[^.;!?]{0,60}?\b(?:until|till|before (?:retiring|stepping down|standing down|losing)|before [^.;!?]{0,40}?\b(?:unseated|defeated|ousted|beat|replaced|succeeded) (?:him|her|them)\b|from (?:19|20)\d\d (?:to|until) |between (?:19|20)\d\d and |(?:in|during|through|(?:for|through|during) (?:much|most|part|all) of) the (?:early |mid-?|late )?(?:19|20)?\d0s\b)/i;
/** A stretch of years after a duty told in the simple past ("who represented the ward for 24 years"); "has represented" is still serving. */
const FOR_YEARS_RE =
  /^ for (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|more than (?:\d{1,2}|a|two|three|four|five|ten|twenty)) (?:years|decades|terms)\b/i;

/** One sitting of a body, which anyone chairs once ("who chaired the meeting when the vote was taken"): no post that ended. */
const SITTING_RE = /\b(?:meeting|session|hearing|debate|discussion|vote|inquiry|sitting)s?$/;
/** A time told by a past event after a duty in the simple past ("who chaired the community council when the wind farm was approved"). */
const WHEN_THEN_RE = /^[ \u00A0]+when[ \u00A0]+[^.;!?]{0,60}?\b(?:was|were|had)\b/;

/** The rest of a clause about joining says the post was left: "... in 1990 and retired in 2020", "... until 2019". */
const LEFT_LATER_RE = /^[^.;]{0,60}?\b(?:retired|left|stood[ \u00A0]+down|stepped[ \u00A0]+down|resigned|until)\b/;

/**
 * The sentence's own verb, after the clause, says the person left: ", stood down in January", ",
 * resigned in May", ", left at the end of the autumn term", ", left the post in 2023", ", handed in her
 * notice in January and left the post in March" (not ", left the meeting early": a place left is no post).
 */
const LEFT_AFTER_RE =
  /^[^.;!?,]{0,60}?,[ \u00A0]+(?:[^.;!?,]{0,60}?[ \u00A0]+and[ \u00A0]+)?(?:(?:has|had|have)[ \u00A0]+)?(?:stood[ \u00A0]+down|stepped[ \u00A0]+down|resigned|retired|quit|left[ \u00A0]+(?:at[ \u00A0]+the[ \u00A0]+end[ \u00A0]+of|in[ \u00A0]+(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)|last[ \u00A0]+(?:week|month|year|term|spring|summer|autumn|fall|winter)|(?:the|her|his|their)[ \u00A0]+(?:post|role|job|position|school|council|authority|force|trust|board|department)\b))/;

const MP_FOR_RE = new RegExp(
  String.raw`^[ \u00A0]+for[ \u00A0]+((?:[${LU}][${L}${M}'’\-]*)(?:[ \u00A0]+(?:and[ \u00A0]+|upon[ \u00A0]+|on[ \u00A0]+)?[${LU}][${L}${M}'’\-]*)*)`,
  'u',
);

/** "MP" written after a name, optionally with its seat ("MP for Birmingham Yardley"). */
export function postnominalRole(text: string, letters: string, pos: number): RoleCue {
  const m = execNative(MP_FOR_RE, text.slice(pos, pos + 80));
  return { role: m ? `${letters} for ${m[1]}` : letters, official: true };
}
