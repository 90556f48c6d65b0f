/**
 * Final step: decide who is an official, pick each person's role and title, apply the watchlist,
 * and order people by first mention.
 */
import type { Person } from '@/core/model/analysis';
import { type Entity, entityName } from './coreference';
import { isPastRole, type RoleCue } from './roles';
import { matchEntry, type PreparedEntry } from './watchlist-match';
import { PLURAL_HEAD_RE } from './shared-roles';
import { PLURAL_OFFICE_SINGULARS, PLURAL_TITLE_ABBREVIATIONS, SEAT_KINDS } from './role-lexicon';

/** The plural abbreviations in lower case, with the post each name of their list holds. */
const PLURAL_TITLE_POSTS = new Map(Object.entries(PLURAL_TITLE_ABBREVIATIONS).map(([k, v]) => [k.toLowerCase(), v]));
import { staffOfOfficials } from './pronoun-staff';
import { testNative, warmRegExp } from '../native-regexp';

/** Is a role's head plural ("cabinet members", "Cllrs"): a label over a list, not one person's post? */
export const isPluralRole = (role: string): boolean => testNative(PLURAL_HEAD_RE, role.split(/\s+(?:of|for|at|on)\s+/)[0]!);

/** A role that only says when someone took office ("was first elected in 2018"). */
const ELECTED_RE = /^(?:was|were|has been|is)\s+(?:first\s+)?(?:re-)?(?:elected|appointed|co-opted)\b/;

function pickRole(e: Entity, official: boolean): string | null {
  // "council official", or only the unit they work in ("the sheriff's office"): a title says more.
  // So does it better than a past duty or a date of election ("who led the administration", "was elected in 2022").
  const vague = (r: RoleCue): boolean =>
    // ("incumbent" says only that they hold the seat being fought; "Vice President" says which.)
    /\b(?:officials?|office|department|dept|team|services?|directorate|unit|division|incumbent)$/i.test(r.role!) ||
    !!r.pastTense ||
    testNative(ELECTED_RE, r.role!);
  const stated = e.roles.filter((r) => r.role && !r.fromTitle);
  // One person's own post beats the plural label of a list they are in ("Officers: Mr T. Varga (Head of Planning)").
  const own = stated.filter((r) => !isPluralRole(r.role!));
  if (official) {
    // A concrete office ("chief executive") beats a vague "council official"; an official's stated
    // role wins even when it alone would not show office ("The Chairman, Cllr X").
    const pick =
      own.find((r) => r.official && !vague(r)) ??
      own.find((r) => !vague(r) && !isPastRole(r.role!) && !r.privateBody) ??
      stated.find((r) => r.official && !vague(r)) ??
      stated.find((r) => r.official) ??
      stated.find((r) => !isPastRole(r.role!) && !r.privateBody);
    // "Lt. Joe Kim of the fire department": a title names the post better than a vague stated one.
    // So does it better than a list's plural label ("Voting against: Cllrs Rana, Hill and Osei").
    const titled = pick && (vague(pick) || isPluralRole(pick.role!)) ? e.roles.find((r) => r.fromTitle && r.role && r.official) : undefined;
    // A post held once ("formerly leader") names an official's role only when nothing else does.
    return (titled ?? pick)?.role ?? e.roles.find((r) => r.role && r.official)?.role ?? e.watchlistRole ?? stated[0]?.role ?? null;
  }
  return stated.find((r) => !r.official)?.role ?? null;
}

const COUNT_RE = /^(?:two|three|four|five|six|seven|eight|nine|ten|both|all|\d+)\s+(?=\S)/i;

/**
 * One person's share of a list's plural label: "Commissioners" over "Commissioners Pat Henley and
 * Joe Marsh" gives each of them "commissioner", as a singular title would; "cabinet members"
 * gives "cabinet member". "Cllrs" gives "councillor", as "Cllr" does.
 */
export function singularRole(role: string): string {
  const split = /\s+(?:of|for|at|on)\s+/i.exec(role);
  // "two directors", "both MPs": the count of the list is no part of one member's role.
  const bare = split ? role.slice(0, split.index) : role;
  const head = bare.replace(warmRegExp(COUNT_RE, bare), '');
  const rest = split ? role.slice(split.index) : '';
  // "Cllrs", "Sens.": each name of the list holds the post the abbreviation is the plural of.
  const abbreviated = PLURAL_TITLE_POSTS.get(head.replace(/\.$/, '').toLowerCase());
  if (abbreviated) return `${abbreviated}${rest}`;
  // "Labour Cllrs": a party's councillors, each a "Labour Cllr".
  if (/(?:cllrs|couns|crs|clrs)$/i.test(head)) return `${head.slice(0, -1)}${rest}`;
  // "Magistrates", "MPs", "Bailies": the one list of plural office titles gives each its singular.
  const office = PLURAL_OFFICE_SINGULARS[head.toLowerCase()];
  if (office) return `${office}${rest}`;
  const one = /men$/i.test(head)
    ? `${head.slice(0, -3)}man`
    : /people$/i.test(head)
      ? `${head.slice(0, -6)}person`
      : head.replace(/ies$/i, 'y').replace(/s$/i, '');
  // A capitalised title word alone, as singular titles give their role: "commissioner".
  return `${/^[A-Z][a-z]+$/.test(one) ? one.toLowerCase() : one}${rest}`;
}

function pickTitle(e: Entity): string | null {
  const t = e.titles.find((x) => x.info.kind === 'office') ?? e.titles[0];
  return t ? t.text.replace(/\.$/, '') : null;
}

/**
 * Official by a stated or titled office, or by acting in a body's business (a vote roll, a motion)
 * unless the article marks the person as something else ("a resident", "the applicant's agent").
 */
function isOfficial(e: Entity): boolean {
  // "Former councillor X, who ... now campaigns with the ratepayers": the present role decides.
  const present = e.roles.find((r) => r.present);
  if (present) return present.official;
  // "Former mayor X, who sat on the council for 30 years": a past title and a past-tense duty tell one past.
  const offices = e.roles.filter((r) => r.official);
  if (e.roles.some((r) => r.role && isPastRole(r.role)) && offices.length > 0 && offices.every((r) => r.pastTense)) return false;
  // "fined former county commissioner X ... after finding that he voted on paving contracts": a former
  // post written before the name, and only acts in the business outside a vote roll, which tell of the
  // time the post was held. (A former post told after the name, "X, a former trustee who has sat on the
  // board since 2013", leaves acts in today's business to decide.)
  const pastAct = (r: RoleCue): boolean => !!r.pastTense || (!!r.evidence && !r.roll && !r.stated && !r.role);
  if (e.roles.some((r) => r.leading && r.role && isPastRole(r.role)) && offices.length > 0 && offices.every(pastAct)) return false;
  // "Sgt. Kevin Duarte, president of the Police Officers Association": a serving officer who speaks as
  // the union's or staff association's officer is that body's person, not the force's.
  const ranksOnly = offices.length > 0 && offices.every((r) => r.fromTitle && !!r.role && testNative(RANK_RE, r.role));
  // So is one who speaks as a private body's officer ("Police union president Sgt. X").
  if (ranksOnly && e.roles.some((r) => speaksForUnion(r) || (!!r.privateBody && !r.official && !r.fromTitle))) return false;
  // "Capt. Walt Brenner, a retired Army officer who owns ...": a rank kept as a courtesy after leaving the service.
  if (ranksOnly && e.roles.some((r) => !!r.role && !r.official && !r.fromTitle && testNative(RETIRED_RE, r.role))) return false;
  // Formal offices (Cllr, a councillor's seat, "the council's finance director") decide; a post written
  // as a title ("Town planner X") or acting in the business may be outranked by a private role.
  if (e.roles.some((r) => r.official && !r.evidence && !r.stated)) return true;
  // "District 4 Commissioner Ben Aldana, a retired Army officer": a career left behind does not outrank
  // an office the article titles them with now.
  const titledNow = e.roles.some((r) => r.official && r.stated && !!r.role && !testNative(RANK_RE, r.role));
  // "Voting against were parent representative X, community representatives Y and Z": a board's seat for
  // parents or the community, held by one who acts in its business, marks a member, not an outsider.
  const acts = e.roles.some((r) => r.official && r.evidence);
  const marks = (r: RoleCue): boolean =>
    !(acts && testNative(SEAT_REPRESENTATIVE_RE, r.role!.trim())) &&
    (!!r.privateBody || testNative(OTHER_ROLE_RE, `${r.owner ?? ''} ${r.role}`) || (!titledNow && testNative(RETIRED_RE, r.role!)));
  const marked = e.roles.some((r) => r.role && !r.official && !r.fromTitle && marks(r));
  return !marked && e.roles.some((r) => r.official);
}

/**
 * Roles that mark someone as other than an official: residents, campaigners, firms' and unions' people,
 * members of the public (not a public service's post: "a retired public works director").
 */
const OTHER_ROLE_RE =
  /\b(?:residents?|campaign\w*|owners?|founder|developers?|applicants?|agent|unions?|landlords?|tenants?|objectors?|protest\w*|petition\w*|company|firm|business\w*|association|group|charity|society|trust|ltd|plc|inc|homes|chamber|consultants?|organi[sz]er|lives|runs|public(?!\s+(?:works|health|safety|sector|services?|schools?|utilit(?:y|ies)|transit|defender|affairs|information|librar(?:y|ies)))|parents?|shop\w*|pub|cafe|club|friends|represent\w*|federation)\b/i;

/** A kind of seat on a public board: "parent representative", "a community representative", "staff representatives". */
const SEAT_REPRESENTATIVE_RE = new RegExp(`^(?:(?:an?|the)\\s+)?(?:(?:${SEAT_KINDS.join('|')})['’]?\\s+)?representatives?$`, 'i');

/** Police, fire and service ranks given as titles ("Sgt.", "PC", "Lt.", "Firefighter", "Col."). */
const RANK_RE =
  /^(?:(?:police|detective|fire)\s+)?(?:sergeant|constable|officer|lieutenant|captain|corporal|detective|inspector|firefighter|trooper|community support officer|major|colonel|commander)$/i;
const RETIRED_RE = /\bretired\b/i;
/** A post in a union or a staff association ("president of the Police Officers Association", "Police Federation chair"). */
const UNION_POST_RE = /\b(?:unions?|association|federation|guild|brotherhood|fraternal\s+order|local\s+\d+)\b/i;
const speaksForUnion = (r: RoleCue): boolean => !!r.role && !r.official && !r.fromTitle && testNative(UNION_POST_RE, `${r.owner ?? ''} ${r.role}`);

/** A plural label picked as one person's role is made theirs alone. */
const listShare = (role: string | null): string | null => (role && isPluralRole(role) ? singularRole(role) : role);

/** Split entities into officials and people, as `Person` records with mentions in body order. */
export function toPeople(entities: Entity[], watch: PreparedEntry[]): { officials: Person[]; people: Person[] } {
  const officials: Person[] = [];
  const people: Person[] = [];
  const used = new Set<string>();
  // Watchlist names first, then each entity's own evidence; an aide named as "his spokeswoman" follows the person before.
  const decided = entities.map((e) => {
    const titled = e.titles.some((t) => t.info.kind === 'office') || e.roles.some((r) => r.official);
    const hit = matchEntry(entityName(e), e.first, e.surname, titled, watch);
    if (hit && !used.has(hit.entry.id)) {
      used.add(hit.entry.id);
      e.watchlistId = hit.entry.id;
      e.watchlistRole = hit.entry.role ?? null;
      // A surname-only or initial-only person takes the watchlist's full name.
      if (!e.first || e.first.replace(/\.$/, '').length === 1) e.words = hit.words;
    }
    return !!e.watchlistId || isOfficial(e);
  });
  const aides = staffOfOfficials(entities, decided);
  entities.forEach((e, i) => {
    const official = decided[i]! || aides[i]!;
    const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
    const person: Person = {
      name: e.suffix ? `${entityName(e)} ${e.suffix}` : entityName(e),
      // Trimmed: a role read up to a following phrase ("a commissioner on the ...") can keep its space.
      role: listShare(pickRole(e, official)?.trim() || null),
      title: pickTitle(e),
      watchlistId: e.watchlistId,
      mentions,
    };
    (official ? officials : people).push(person);
  });
  const byFirst = (a: Person, b: Person): number => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
  return { officials: officials.sort(byFirst), people: people.sort(byFirst) };
}
