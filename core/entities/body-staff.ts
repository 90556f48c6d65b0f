/**
 * A public body's staff named by the work they do for it rather than by a title: ", a bus operator
 * for the authority", ", who analyses incident data for the service", ", who prepares the
 * district's enrollment projections", ", who speaks for the district". Staff of public bodies are
 * its officials, whatever their job is called; someone engaged from outside or acting against the
 * body (a consultant, a candidate, a union steward, a campaigner) is not.
 */
import type { RoleCue } from './roles';
import { HOLDERS_OFFICE } from './role-lexicon';
import { execNative, testNative } from '../native-regexp';

/** The public bodies such work is done for, named by kind after "the". */
const BODY = String.raw`(?:city|county|council|authority|district|borough|town|village|township|parish)`;
/** Not followed by a possessive or a compound ("the council's", "the county-run"), nor by "of"/"in" (a place). */
const BODY_END = String.raw`\b(?![ \u00A0]*['’]|-|[ \u00A0]+(?:of|in)\b)`;

const STAFF_OF_RE = new RegExp(
  String.raw`^,[ \u00A0]+(?:a|an)[ \u00A0]+(?!(?:former|retired|ex-)\b)((?:[a-z-]+[ \u00A0]+){0,2}[a-z-]+)[ \u00A0]+(?:for|at|with)[ \u00A0]+the[ \u00A0]+((?:[a-z-]+[ \u00A0]+)?(?:${BODY.slice(3, -1)}|department(?![ \u00A0]+stores?\b)))${BODY_END}`,
);
const NOT_STAFF_RE =
  /\b(?:candidates?|consultants?|contractors?|lobbyists?|vendors?|suppliers?|volunteers?|critics?|advocates?|voice|champion|thorn|stewards?|organi[sz]ers?|representatives?|reps?|delegates?|union|campaigners?|activists?|residents?|members?|partners?)$|\bunion\b/;

/**
 * ", a consultant forensic pathologist with the State Pathology Department", ", a consultant in health
 * protection at the UK Health Security Agency": a job at a public body named in full, by the noun its
 * name ends in; and ", an investigating officer with the Ethical Standards Commissioner's office": in an
 * office holder's office (not a body whose name goes on: "the Local Authority Workers' Union").
 */
const STAFF_AT_NAMED_RE = new RegExp(
  String.raw`^,[ \u00A0]+(?:a|an)[ \u00A0]+(?!(?:former|retired|ex-)\b)((?:[a-z-]+[ \u00A0]+){0,3}[a-z-]+)[ \u00A0]+(?:at|with|for)[ \u00A0]+the[ \u00A0]+((?:(?:state|federal|provincial)[ \u00A0]+(?:[A-Z][\w'’-]*[ \u00A0]+){0,4}|(?:[A-Z][\w'’-]*[ \u00A0]+){1,5})(?:Department|Agency|Service|Executive|Authority|Commission|Office)|(?:[A-Z][\w'’-]*[ \u00A0]+){0,4}${HOLDERS_OFFICE})\b(?![ \u00A0]*['’]|[ \u00A0]+[A-Z])`,
);
/** Agencies and offices that are firms: an estate agency, a recruitment agency, a travel office. */
const FIRM_AGENCY_RE =
  /\b(?:Estate|Recruitment|Travel|Letting|Lettings|Employment|Advertising|Marketing|Talent|Modelling|Model|News|Insurance|Nursing|Care|Press|Law|Legal|Accountancy|Design|Media)\b/;

/** ", a bus operator for the authority", ", a mechanic at the county": a job done for a public body. */
export function staffOf(after: string): RoleCue | null {
  const m = execNative(STAFF_OF_RE, after);
  if (m) return testNative(NOT_STAFF_RE, m[1]!) ? null : { role: `${m[1]!} for the ${m[2]!}`, official: true };
  const named = execNative(STAFF_AT_NAMED_RE, after);
  if (!named || testNative(NOT_STAFF_RE, named[1]!) || testNative(FIRM_AGENCY_RE, named[2]!)) return null;
  return { role: `${named[1]!} at the ${named[2]!}`, official: true };
}

/**
 * ", who analyses incident data for the service", ", who speaks for the district": work done for a
 * public body, in the present. Verbs that do something for a body without working for it, or run
 * for its seats, are left out.
 */
const SERVES_FOR_RE = new RegExp(
  String.raw`^,[ \u00A0]+who[ \u00A0]+(?:(?:also|now)[ \u00A0]+)?(?!(?:lives|campaigns|volunteers|votes|argues|pays|fights|calls|pushes|lobbies|advocates|stands|runs|cares|shops|raises|fundraises|prays|speaks[ \u00A0]+out)\b)([a-z]+s)\b([^,.;:!?()"“”\n]{0,60}?)[ \u00A0]+(?:for|on[ \u00A0]+behalf[ \u00A0]+of)[ \u00A0]+the[ \u00A0]+((?:[a-z]+[ \u00A0]+)?(?:${BODY.slice(3, -1)}|service|department))${BODY_END}`,
);
/** ", who prepares the district's enrollment projections": one of a public body's own tasks. */
const SERVES_OWN_RE = new RegExp(
  String.raw`^,[ \u00A0]+who[ \u00A0]+(?:(?:also|now)[ \u00A0]+)?(prepares|manages|runs|oversees|leads|heads|writes|compiles|handles|coordinates|maintains|drafts|keeps|supervises|directs|analy[sz]es|monitors|inspects|processes|collects|issues|answers|investigates|plans)[ \u00A0]+the[ \u00A0]+(${BODY.slice(3, -1)}|service|department)['’]s?[ \u00A0]+([a-z][^,.;:!?()"“”\n]{2,50})`,
);

/** Things done for a body by those outside its staff, told after "has" or "had" ("has fostered", "had volunteered"). */
const NOT_SERVICE_RE = /\b(?:fostered|volunteered|campaigned|cared|lobbied|fundraised|stood|run)\b/;

/** Work a public body's staff do for it, told in a relative clause after the name. */
export function servesBody(after: string): RoleCue | null {
  const own = execNative(SERVES_OWN_RE, after);
  if (own) return { role: `${own[1]!} the ${own[2]!}'s ${own[3]!.trim()}`, official: true };
  const m = execNative(SERVES_FOR_RE, after);
  // ("who has fostered for the council since the '80s": a carer the council approves, not its staff.)
  if (!m || testNative(NOT_SERVICE_RE, `${m[1]!}${m[2]!}`)) return null;
  return { role: `${m[1]!}${m[2]!} for the ${m[3]!}`, official: true };
}
