/**
 * Who holds a post, as the text says it: a possessive before the role ("Collaborate's chief
 * executive", "the council's"), the body an "Its" points back to, or the object of "of"/"at".
 * Used to keep private bodies' staff out of the officials (see public-scope.ts).
 */
import { HOLDERS_OFFICE, PUBLIC_WORDS, ROLE_VOCAB, SCHOOL_HEAD, SERVICE_WORDS } from './role-lexicon';
import { isNationOwner } from './nations';
import { CAPITAL_ROLE_WORDS, FIRM_NAME_ENDS, NON_NAME_WORDS } from './not-names';
import { L, LU, M } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';

/** What the article says about public bodies (built in public-scope.ts). */
export interface ScopeNames {
  /** Lower-case proper-name words used in public-body names ("thornbury" in "Thornbury Borough Council"). */
  publicNames: Set<string>;
}

// (A surname such as "O'Neill" keeps its inner apostrophe: "Cllr O'Neill's deputy"; a council named as its
// kind "of" a place keeps the kind: "The City of Tulkara's chief executive".)
const OWNER_RE = new RegExp(
  String.raw`((?:(?:City|Town|County|Shire|Borough|Village|District|Municipality|Port)[ \u00A0]+of[ \u00A0]+)?(?:[${LU}][${L}${M}&\-]*[ \u00A0]+)*(?:[${LU}]['’](?=[${LU}]))?[${L}${M}&\-]+)(?:['’]s|(?<=s)['’])[ \u00A0]+$`,
  'u',
);
/**
 * "run by Velvet Leisure Ltd, whose director, X", "the council, whose leader", "The patient watchdog
 * Llais, whose regional director", "The Save Beinn Ruadhain group, whose spokeswoman": the noun phrase a
 * "whose" points back to (a name, "the" and a noun, or "the", a name and its noun).
 */
const WHOSE_OWNER_RE =
  /((?:[Tt]he[ \u00A0]+(?:[a-z'’-]+[ \u00A0]+){0,2})?(?:(?:[A-Z][\w&'’.-]*|of|and|&)[ \u00A0]+){0,5}[A-Z][\w&'’.-]*|[Tt]he[ \u00A0]+(?:[a-z'’-]+[ \u00A0]+){0,2}[a-z'’-]+|[Tt]he[ \u00A0]+(?:[A-Z][\w&'’.-]*[ \u00A0]+){1,5}[a-z'’-]+),[ \u00A0]+whose[ \u00A0]+$/;
/** "Barclays chief executive", "Royal College of Nursing officer": a name used as a modifier. */
const ATTRIBUTIVE_RE = new RegExp(
  String.raw`(?<![${L}${M}'’])((?:[${LU}][${L}${M}&\-]*[ \u00A0]+)(?:(?:(?:of|and|for)[ \u00A0]+)?[${LU}][${L}${M}&\-]*[ \u00A0]+){0,6})$`,
  'u',
);
/** "Speaking for Brackley Homes, land director X": the body spoken for holds the post that follows (the job's own lower-case words may come first). */
const SPOKEN_FOR_RE = new RegExp(
  String.raw`(?:^|[^${L}])(?:[Ss]peaking|[Rr]esponding|[Ww]riting|[Aa]ppearing|[Aa]cting)[ \u00A0]+(?:for|on[ \u00A0]+behalf[ \u00A0]+of)[ \u00A0]+(?:the[ \u00A0]+)?((?:[${LU}][${L}${M}&'’\-]*[ \u00A0]+(?:(?:and|of)[ \u00A0]+)?){0,5}[${LU}][${L}${M}&'’\-]*),[ \u00A0]+(?:[a-z\-]+[ \u00A0]+){0,2}$`,
  'u',
);
const SPOKEN_FOR_HINT_RE = /(?:peaking|esponding|riting|ppearing|cting)[ \u00A0]+(?:for|on[ \u00A0]+behalf)/;
/**
 * "For the developer, planning director X said": a sentence opened by the side a speaker is for names the
 * body their post belongs to, a private noun ("the developer") or a name ("For Haldane Homes,").
 */
const FOR_SIDE_RE = new RegExp(
  String.raw`[.!?]["”’]?[ \u00A0]+For[ \u00A0]+(?:the[ \u00A0]+)?([a-z]+|(?:[${LU}][${L}${M}&'’\-]*[ \u00A0]+(?:(?:and|of)[ \u00A0]+)?){0,5}[${LU}][${L}${M}&'’\-]*),[ \u00A0]+(?:[a-z\-]+[ \u00A0]+){0,2}$`,
  'u',
);
const ITS_RE = new RegExp(String.raw`(?:^|[^${L}])(?:[Ii]ts|[Tt]heir)[ \u00A0]+$`, 'u');
/**
 * A sentence opened by a body that an "its" later in it points back to: "The council's case is led by its ...",
 * "The applicant, Brookvale Homes, was represented by its ..." (the name set beside a noun is the body).
 * A word must come between ("Gareth Minto, its director" names the holder, not the body).
 */
// (A sentence opened by a participle, "Representing the council, its counsel X", has no subject there.)
const OWN_SUBJECT_RE =
  /^(?:The[ \u00A0]+)?(?:[a-z]+(?:[ \u00A0]+[a-z]+)?,[ \u00A0]+)?(council|authority|board|commission|committee|county|city|town|district|department|trust|charity|company|firm|developer|(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Coun|Councillor|Sir|Dame|Lord|Lady|He|She|They|It|The|A|An)\b|[A-Z][a-z]+ing\b)[A-Z][\w&-]*(?:[ \u00A0]+[A-Z][\w&-]*){0,4})(?:['’]s?)?[ \u00A0,][^.!?]*?\b[a-z]{2,}\b[^.!?]*?\b(?:its|their)[ \u00A0]+$/;
const POSSESSIVE_CLAUSE_RE =
  /\b(?:the|this)[ \u00A0]+(council|authority|board|commission|committee|panel|tribunal|county|city|town|district|department|trust|company|firm|developer|applicant)['’]s?[ \u00A0][^,.;:!?]{1,40},[ \u00A0]+(?:its|their)[ \u00A0]+$/i;
const BODY_IN_SENTENCE_RE =
  /\bthe[ \u00A0]+(?:[a-z-]+[ \u00A0]+){0,2}(council|authority|board|commission|committee|department|trust|agency)\b(?:,[ \u00A0]+[A-Z][^,.!?]{1,60},)?[^.!?A-Z]*?\b(?:its|their)[ \u00A0]+$/;
const SENTENCE_SPLIT_RE = new RegExp(String.raw`(?<=[.!?])[ \u00A0]+(?=[${LU}])`, 'u');
const CAPITAL_START_RE = new RegExp(String.raw`^[${LU}]`, 'u');
const NON_WORD_RE = new RegExp(String.raw`[^${L}${M}'’&\-]+`, 'u');
const NAME_RUN_RE = new RegExp(String.raw`[${LU}][${L}${M}'’\-]*(?:[ \u00A0]+(?:(?:and|of|for)[ \u00A0]+)?[${LU}][${L}${M}'’\-]*)+`, 'u');

/**
 * The owner written just before a role: a possessive ("Collaborate's"), or for "Its"/"Their" the
 * first multi-word name in the previous sentence of the paragraph ("The Riverton Tenants Association ... Its").
 */
export function ownerBefore(text: string, start: number, limit: number): string | undefined {
  const before = text.slice(Math.max(limit, start - 300), start);
  const possessive = execNative(OWNER_RE, before.slice(-60))?.[1] ?? execNative(WHOSE_OWNER_RE, before.slice(-90))?.[1];
  if (possessive) return possessive;
  // A plain search first: few articles say it, and the full expression is costly to compile on a cold start.
  const spokenFor = testNative(SPOKEN_FOR_HINT_RE, before) ? execNative(SPOKEN_FOR_RE, before.slice(-90))?.[1] : undefined;
  if (spokenFor) return spokenFor;
  const forSide = sideSpokenFor(text, start, limit);
  if (forSide) return forSide;
  if (!testNative(ITS_RE, before)) {
    const attributive = execNative(ATTRIBUTIVE_RE, before.slice(-60))?.[1]?.replace(/^(?:The|A|An)[ \u00A0]+/, '');
    return attributive && !sentenceCapital(before, attributive) ? attributive : undefined;
  }
  const sentences = before.split(warmRegExp(SENTENCE_SPLIT_RE, before));
  // "The council's case is being led by its principal planning officer, X": the sentence's own subject, before its "its".
  // "Making the council's case, its counsel, X": a body's possessive in the clause just before "its".
  const own = execNative(POSSESSIVE_CLAUSE_RE, sentences[sentences.length - 1]!)?.[1] ?? execNative(OWN_SUBJECT_RE, sentences[sentences.length - 1]!)?.[1];
  if (own) return own;
  // "A statement from the highways authority, Fenmoor County Council, was submitted by its officer": a public
  // body named earlier in the sentence, with no other name between it and "its".
  const named = execNative(BODY_IN_SENTENCE_RE, sentences[sentences.length - 1]!)?.[1];
  if (named) return named;
  const prior = (sentences[sentences.length - 2] ?? lastSentenceBefore(text, limit))?.replace(/^(?:The|A|An)[ \u00A0]+/, '');
  const previous = prior && prior.replace(warmRegExp(PLACE_OPENER_RE, prior), '');
  return previous ? execNative(NAME_RUN_RE, previous)?.[0] : undefined;
}

/**
 * FOR_SIDE_RE over the sentence before a role; a paragraph's start counts as a sentence's. A side
 * named in lower case must be a body's noun ("For years, council leader X" names no side).
 */
function sideSpokenFor(text: string, start: number, limit: number): string | undefined {
  const from = Math.max(limit, start - 100);
  const tail = text.slice(from, start);
  if (!tail.includes('For ') && !tail.includes('For\u00A0')) return undefined;
  const side = execNative(FOR_SIDE_RE, (from === limit ? '. ' : '') + tail)?.[1];
  return side && /^[a-z]/.test(side) && !PRIVATE_NOUNS.has(side) && !PUBLIC_WORDS.has(side) ? undefined : side;
}

/** "Outside County Hall, about 150 people joined a protest organised by X. Its ...": where it happened is no owner. */
const PLACE_OPENER_RE = /^(?:Outside|Inside|At|In|On|Near|Opposite|Across|Behind|Beside)[ \u00A0][^,.;:]{1,60},[ \u00A0]*/;

/** "Its chief officer, X" opening a paragraph points back to the last sentence of the paragraph before. */
function lastSentenceBefore(text: string, paragraphStart: number): string | undefined {
  if (paragraphStart <= 0) return undefined;
  const prior = text.slice(Math.max(0, paragraphStart - 300), paragraphStart).trimEnd();
  return lastSentence(prior.slice(prior.lastIndexOf('\n') + 1));
}

/** The last sentence of a text (the whole text when it holds one): the one place sentences are split for owners. */
export function lastSentence(text: string): string {
  return text.split(warmRegExp(SENTENCE_SPLIT_RE, text)).pop()!;
}

/** A common noun or adjective by its ending ("Conservation", "Non-executive", "Maintenance"), not a firm's name. */
const COMMON_WORD_RE = /^[A-Z][a-z-]+(?:tion|sion|ive|al|ance|ence|ment|ity|ing|ics|ure|ship)$/;
const SENTENCE_END_RE = /(?:^|[.!?:]["”’]?)[ \u00A0]*$/;

/**
 * "Conservation manager Priya Nair": one word, capitalised only because it opens the sentence, and
 * shaped like a common word, is part of the job, not the name of who holds it.
 */
function sentenceCapital(before: string, owner: string): boolean {
  const word = owner.trim();
  if (word.includes(' ') || !testNative(COMMON_WORD_RE, word)) return false;
  return testNative(SENTENCE_END_RE, before.slice(0, before.lastIndexOf(word)));
}

/**
 * A party's group on a council ("the Conservative group", "the ruling Lib Dem group"): councillors, not a
 * private group. The party word opens the group's name, so "the Keep Harwick Green group" is a campaign.
 */
const PARTY = String.raw`(?:labour|conservative|tory|liberal democrat|lib dem|green|reform(?: uk)?|independent|snp|plaid cymru|ukip|democratic|republican|opposition|ruling|minority|majority|main|alliance|party)s?`;
const PARTY_GROUP_RE = new RegExp(String.raw`(?:^|\b(?:the|council['’]s|its|their|a)[ \u00A0]+)(?:${PARTY}[ \u00A0]+){1,3}(?:group|caucus|bloc)$`, 'i');

/** PARTY_GROUP_RE's last word, tested first: most phrases end otherwise, and the long case-blind expression then need not be compiled. */
const GROUP_END_RE = /(?:group|caucus|bloc)$/i;

/** Trade unions known by their own names, lower-cased. */
// prettier-ignore
const UNION_NAMES = [
  'unison', 'unite', 'gmb', 'rcn', 'bma', 'neu', 'nasuwt', 'usdaw', 'rmt', 'aslef', 'pcs', 'fbu', 'cwu', 'ucu', 'eis', 'nipsa',
  'afscme', 'seiu', 'teamsters', 'ufcw', 'ibew', 'siptu', 'inmo', 'fórsa', 'forsa', 'cupe', 'opseu', 'asu', 'cfmeu', 'awu', 'anmf', 'nzno',
];
const UNION_NAME_SET = new Set(UNION_NAMES);

/** Does a role open with a union's own name ("GMB convener at the council's depot")? The post is the union's, wherever it is held. */
/** An owner that is a party: "party", "the party", "The Green Party", "the county Republican Party". */
export const isPartyOwner = (owner: string): boolean => testNative(PARTY_OWNER_RE, owner.trim());
const PARTY_OWNER_RE = /\bpart(?:y|ies)$/i;

export const opensWithUnion = (role: string): boolean => UNION_NAME_SET.has(role.trim().split(/\s+/)[0]!.toLowerCase());

/** Lower-case nouns naming private bodies. */
const PRIVATE_NOUNS = new Set([
  'company',
  'firm',
  'developer',
  'developers',
  'housebuilder',
  'charity',
  'business',
  'association',
  'club',
  'union',
  'bank',
  'consultancy',
  'applicant',
  'applicants',
  'agent',
  'operator',
  'supermarket',
  'retailer',
  'landlord',
  'employer',
  'brewery',
  'pub',
  'shop',
  'store',
  'restaurant',
  'foodbank',
  // A Māori tribal council ("the rūnanga's environmental manager"): an iwi's own body, not the state's.
  'rūnanga',
  'runanga',
  'group',
  'federation',
  'society',
  'chamber',
  'commerce',
  'campaign',
  'petition',
  'protest',
  'ltd',
  'plc',
  'inc',
  // "Sagebrush Land Co.": a company's short form at the end of its name (an Irish county's "Co" comes before its name).
  'co',
  'llc',
  'llp',
  'limited',
  'homes',
  'coalition',
  'alliance',
  'league',
  'chapter',
  'guild',
  'market',
  'festival',
  'pantry',
  'nonprofit',
  'non-profit',
  'ngo',
  'collaborative',
  'cooperative',
  'co-op',
  // A Māori tribe or sub-tribe and its meeting ground speak for their own people, not for a council.
  'iwi',
  'hapū',
  'hapu',
  'marae',
  // Clergy and academics hold no public office by that post.
  'church',
  'chapel',
  'mosque',
  'synagogue',
  'temple',
  'gurdwara',
  'diocese',
  'cathedral',
  'congregation',
  'university',
  // Universities known by their initials ("MIT's history department").
  'mit',
  'ucla',
  'nyu',
  'ucl',
  'lse',
  // A think tank or research institute ("a policy analyst at the Golden State Policy Institute").
  'institute',
  // Estate agents' trade bodies: "the Harrow County Board of Realtors" is no public board.
  'realtors',
  'realtor',
  // A centre's board is its own (a faith, community or arts centre); a council's centre has staff, not a board president.
  'center',
  'centre',
  // A family's or a donor's charitable foundation ("the foundation's board president"); an NHS foundation trust ends in "trust".
  'foundation',
  // Hospices are charities the NHS pays for some of their care; the NHS's own bodies are its trusts and boards.
  'hospice',
  'hospices',
  // Trade unions known by their own names ("Unison branch secretary X", "GMB organiser Y").
  ...UNION_NAMES,
]);
/**
 * "the Friends of North Prairie Public Library": a supporters' charity, whatever it supports; "the
 * Royal College of Midwives": a professional body and union, not a college; "the Fraternal Order of
 * Police": a police officers' union.
 */
const FRIENDS_RE = /^(?:the[ \u00A0]+)?(?:friends|royal[ \u00A0]+college|fraternal[ \u00A0]+order)[ \u00A0]+of\b/i;
/** Unions' federations named as councils: "the Tri-County Building Trades Council", "the Central Labor Council". */
const TRADES_COUNCIL_RE = /\b(?:Trades?|Labou?r)[ \u00A0]+(?:Union[ \u00A0]+)?Council\b/;
/** The committee that runs a hall or an event ("Brindon's village hall committee", "the Christmas lights committee"): volunteers', not a council's. */
// ("the residents' committee", "the tenants' committee": the people of a place, met as a committee of their own.)
const VENUE_COMMITTEE_RE =
  /\b(?:hall|centre|center|carnival|gala|fete|fête|show|regatta|lights|festival|bonfire|parade|fireworks|(?:residents|tenants|neighbou?rs|villagers|traders)['’]?)[ \u00A0]+(?:management[ \u00A0]+|action[ \u00A0]+)?committee\b/i;
/** A hall's or an event's committee, unless a council owns it ("the council's Christmas lights committee"). */
const volunteersCommittee = (phrase: string): boolean =>
  testNative(VENUE_COMMITTEE_RE, phrase) && !phrase.split(warmRegExp(NON_WORD_RE, phrase)).some((w) => /['’]s?$/.test(w) && PUBLIC_WORDS.has(norm(w)));
/** "Coastal Engineering", "Urban Design": a service's words before a firm's last word name a council's department. */
const isDepartmentName = (ws: readonly string[]): boolean => ws.slice(0, -1).every((w) => testNative(CAPITAL_START_RE, w) && SERVICE_WORDS.has(norm(w)));
/** A capitalised last word of a firm's name ("Hale Design"); a lower-case "design" is a remit. */
const isFirmNameEnd = (w: string): boolean => testNative(CAPITAL_START_RE, w) && FIRM_NAME_ENDS.has(w.toLowerCase());
/** A public body's unit, whatever its name ends in ("the city's Department of Design and Construction"). */
const PUBLIC_UNIT_RE =
  /\b(?:department|office|bureau|division|ministry|agency|council|authority|commission|government|(?:city|county|state|council|town)['’]s)\b/i;
/**
 * Bureaus and districts that are members' bodies, not government's: "the Alder County Farm Bureau", "the Better
 * Business Bureau", "the Marlow Street Business Improvement District" (a company its businesses fund), "the BID".
 */
const MEMBERS_BUREAU_RE = /\b(?:(?:farm|better[ \u00A0]+business)[ \u00A0]+bureaus?|business[ \u00A0]+improvement[ \u00A0]+districts?)\b/i;
/** Supporters', members' and unions' bodies whatever their last word: "Friends of ...", a farm bureau, a trades council. */
const namesMembersBody = (phrase: string): boolean =>
  testNative(FRIENDS_RE, phrase) || testNative(MEMBERS_BUREAU_RE, phrase) || testNative(TRADES_COUNCIL_RE, phrase);
/** "the BID's chairman": the initials, in capitals (a council's "bid" for funds is no body). */
const BID_RE = /\bBIDs?\b/;
/** "who runs the village post office": a sub-post office is a shop its keeper runs, not a public office. */
const POST_OFFICE_RE = /\bpost[ \u00A0]+offices?\b/i;
/** A private body's branch named after it ("the Transit Union local", "the NAACP chapter", "the National Education Union Cymru"). */
const BRANCH_RE = /^(?:local|chapter|branch|Cymru|Wales|Scotland|England|UK)$/i;
const DETERMINERS = new Set(['the', 'its', 'their', 'a', 'an', 'this', 'that']);

const norm = (w: string): string =>
  w
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$|'$/, '');

const AGENCY_OF_RE = /^(?:the\s+)?(?:Office|Department|Bureau|Division|Ministry)\s+(?:of|for)\s+[A-Z]/;
/** "His Majesty's Chief Inspector of Constabulary", "HM Inspector", "the Crown's": the state's own posts. */
const CROWN_RE = /^(?:the\s+)?(?:(?:his|her)\s+majesty|hm|crown)(?:['’]s)?$/i;

/**
 * Local public bodies known by their initials: zoning and planning boards (ZBA, BZA, ZHB, PZC), boards of
 * education and supervisors (BOE, BOS), public works, transport and ambulance services (DPW, DOT, EMS), school
 * districts (ISD, USD, CUSD), NHS commissioners (ICB, CCG), a prairie province's rural municipality (RM), Ireland's health service (HSE),
 * a Quebec regional county municipality (MRC).
 */
const PUBLIC_INITIALS_RE = /^(?:[Tt]he\s+)?(?:ZBA|BZA|ZHB|PZC|BOE|BOS|DPW|DOT|EMS|ISD|USD|CUSD|ICB|CCG|RM|HSE|MRC)$/;
/** "Uisce Éireann", "Bus Éireann": a body named in Irish with the state's name is one of the Irish state's own. */
const IRISH_STATE_BODY_RE = /^(?:the\s+)?(?:[A-ZÁÉÍÓÚ][\p{L}'’-]*\s+){1,2}[ÉE]ireann(?:['’]s)?$/u;

/** Is the owner ("Uisce Éireann", "Bus Éireann's") one of the Irish state's bodies named in Irish (see IRISH_STATE_BODY_RE)? */
export const isIrishStateBody = (owner: string): boolean => testNative(IRISH_STATE_BODY_RE, owner.trim());

/** A service the state runs, named by what it does ("Wildfire Service", "Fire and Rescue Service", "National Park Service"). */
const PUBLIC_SERVICE_RE = /\b(?:Wildfire|Fire|Rescue|Ambulance|Police|Park|Parks|Forest|Probation|Prison|Coastguard|Weather)[ \u00A0]+Service\b/;
/** Operators the state owns, known by their own names: ferries, airports, railways, roads and water. */
const STATE_OPERATOR_RE =
  /\b(?:Natural[ \u00A0]+(?:England|Resources[ \u00A0]+Wales)|Historic[ \u00A0]+(?:England|Environment[ \u00A0]+Scotland)|Sport[ \u00A0]+England|Forestry[ \u00A0]+England|CalMac|Caledonian[ \u00A0]+MacBrayne|HIAL|Highlands[ \u00A0]+and[ \u00A0]+Islands[ \u00A0]+Airports|Network[ \u00A0]+Rail|Scottish[ \u00A0]+Water|NI[ \u00A0]+Water|Northern[ \u00A0]+Ireland[ \u00A0]+Water|Translink|National[ \u00A0]+Highways|Transport[ \u00A0]+(?:Scotland|for[ \u00A0]+(?:London|Wales|the[ \u00A0]+North))|TfL|NatureScot|SEPA|Amtrak|TasWater|SA[ \u00A0]+Water|Sydney[ \u00A0]+Water|BC[ \u00A0]+Hydro|Hydro-Québec|Hydro[ \u00A0]+One)\b/;
/** Does the text name a service the state runs ("BC Wildfire Service") or an operator it owns ("CalMac")? */
export const isPublicService = (text: string): boolean => testNative(PUBLIC_SERVICE_RE, text) || testNative(STATE_OPERATOR_RE, text);

/** Is the owner one of the public bodies known by their initials (see PUBLIC_INITIALS_RE)? */
export const isPublicInitials = (owner: string): boolean => testNative(PUBLIC_INITIALS_RE, owner.trim());

const FEDERATION_OWNER_RE = /^(?:the[ \u00A0]+)?(?:[A-Z][\w'’&-]*[ \u00A0]+)*federation(?:['’]s?)?$/i;
const HEAD_OF_SCHOOL_RE = new RegExp(String.raw`^(?:(?:executive|acting|interim)[ \u00A0]+)?${SCHOOL_HEAD}$`, 'i');
/**
 * "The federation's headteacher, Mrs X": state schools federate under one head, so a federation's head
 * of school heads schools; any other federation's post ("the Police Federation's chair") stays private.
 */
export const headsSchoolsFederation = (owner: string, role: string): boolean =>
  testNative(FEDERATION_OWNER_RE, owner.trim()) && testNative(HEAD_OF_SCHOOL_RE, role.trim());

/** "the Ethical Standards Commissioner's office": an office holder's office is public, whatever the title's other words. */
const HOLDERS_OFFICE_END_RE = new RegExp(`${HOLDERS_OFFICE}$`);

/** A county's one-word name ("Mardenshire", "Hampshire's"). */
const SHIRE_RE = /^[A-Z][a-z]{2,}shire(?:['’]s?)?$/;

/** Does a phrase naming who holds a post ("Collaborate", "the developer", "the council") name a private body? */
export function namesPrivateBody(owner: string, scope: ScopeNames): boolean {
  const ws = owner
    .split(warmRegExp(NON_WORD_RE, owner))
    .filter(Boolean)
    .map((w) => ({ w, l: norm(w) }));
  const last = ws[ws.length - 1];
  if (!last) return false;
  if (namesMembersBody(owner) || volunteersCommittee(owner)) return true;
  // "the Office of Homeless Services", "the Bureau of Sanitation": government names its units so.
  if (testNative(AGENCY_OF_RE, owner)) return false;
  if (
    testNative(CROWN_RE, owner.trim()) ||
    isHealthTrust(owner.trim()) ||
    testNative(SCHOOLS_TRUST_RE, owner.trim()) ||
    isPublicInitials(owner) ||
    isIrishStateBody(owner) ||
    isPublicService(owner) ||
    testNative(HOLDERS_OFFICE_END_RE, owner)
  )
    return false;
  // The head noun decides: "the Riverton Tenants Association" is private even if Riverton has a council.
  // "Mardenshire's executive director of place": a shire named alone is its county, and its council the owner.
  if (ws.length === 1 && testNative(SHIRE_RE, last.w)) return false;
  const firmEnd = ws.length > 1 && isFirmNameEnd(last.w);
  // ("Coastal Engineering": a council's department, named by a service's words before that last word.)
  const department = firmEnd && isDepartmentName(ws.map((x) => x.w));
  if (PRIVATE_NOUNS.has(last.l) || (firmEnd && !department && !testNative(PUBLIC_UNIT_RE, owner))) return true;
  if (department) return false;
  if (ws.some((x) => PUBLIC_WORDS.has(x.l)) || isNationOwner(owner)) return false;
  if (ws.some((x) => PRIVATE_NOUNS.has(x.l))) return true;
  // A proper name that is no public body's and no service area ("Barclays", "Collaborate").
  return ws.some(
    (x) =>
      testNative(CAPITAL_START_RE, x.w) &&
      !DETERMINERS.has(x.l) &&
      !CAPITAL_ROLE_WORDS.has(x.l) &&
      !NON_NAME_WORDS.has(x.l) &&
      !ROLE_VOCAB.has(x.l) &&
      !scope.publicNames.has(x.l),
  );
}

/**
 * "Westmarch Hospitals Trust", "Calder Teaching Hospitals NHS Foundation Trust", "Fenland Healthcare
 * Trust", "Wyvern Valley NHS Foundation Trust": the health service's trusts are public bodies, though
 * most trusts are charities.
 */
const HEALTH_TRUST_RE =
  /\b(?:(?:Hospitals?|Healthcare|Health(?:[ \u00A0]+(?:and|&)[ \u00A0]+(?:Care|Social[ \u00A0]+Care))?|Ambulance[ \u00A0]+Service|Mental[ \u00A0]+Health)(?:[ \u00A0]+NHS)?|NHS)(?:[ \u00A0]+Foundation)?[ \u00A0]+Trust(?:['’]s)?$/;

/** Centres only public bodies run: a jail ("Pardee County Detention Center"), a dispatch centre, a civic centre. */
const PUBLIC_CENTER_RE =
  /\b(?:detention|correctional|corrections|juvenile|justice|dispatch|911|emergency[ \u00A0]+operations|recycling|civic)[ \u00A0]+cent(?:er|re)s?['’]?s?$/i;

/**
 * A trust that runs state schools ("Fernleigh Learning Trust", "the Oak Multi-Academy Trust",
 * "Northfell Schools Trust"): academies are state schools, so their trust is a public body, not a charity.
 */
const SCHOOLS_TRUST_RE = /\b(?:Learning|Academy|Academies|Schools|Education|Educational)[ \u00A0]+Trust(?:['’]s)?$/;

/** A trust's own name of two or more capitalised words ("Westmarsh Town Centre Trust"). */
const NAMED_TRUST_RE = /(?:^|[ \u00A0])[A-Z][\w'’&-]*(?:[ \u00A0]+(?:[A-Z][\w'’&-]*|&|and|of|for|the))*[ \u00A0]+Trust(?:['’]s)?$/;

/** "Tarrowside Health and Social Care Partnership": a Scottish council's and health board's joint public body. */
const CARE_PARTNERSHIP_RE = /\bHealth[ \u00A0]+(?:and|&)[ \u00A0]+Social[ \u00A0]+Care[ \u00A0]+Partnership(?:['’]s)?$/;
/** Does the phrase end in the name of one of the health service's trusts (see HEALTH_TRUST_RE), or a care partnership? */
export const isHealthTrust = (phrase: string): boolean => testNative(HEALTH_TRUST_RE, phrase) || testNative(CARE_PARTNERSHIP_RE, phrase);

/**
 * "Harvard Medical School", "the Fenwick School of Law": a university's school, whose staff are
 * academics (a council's schools are primary, middle, high and the like, never a law school).
 */
const UNIVERSITY_SCHOOL_RE =
  /\b(?:Medical|Law|Business|Graduate|Divinity|Dental|Nursing|Veterinary|Journalism)[ \u00A0]+School\b|\bSchool[ \u00A0]+of[ \u00A0]+(?:Medicine|Law|Business|Management|Economics|Nursing|Dentistry|Journalism|Engineering|Architecture|Public[ \u00A0]+(?:Health|Policy))\b/;

/**
 * "the Vasko School parent advisory council", "the PTA", "the parent-teacher organization": a school's
 * parents' own body, not the school board or the council, whatever its last word.
 */
const PARENT_BODY_RE =
  /\b(?:parents?['’]?|parent-teachers?|home[ \u00A0]+and[ \u00A0]+school)[ \u00A0]+(?:advisory[ \u00A0]+)?(?:council|association|organi[sz]ation|committee|forum|club|group)\b|\bPT[AO]s?\b/i;

/** "the village hall trustees", "the community hall committee": a hall's own charity, not the parish or town council. */
const HALL_CHARITY_RE =
  /\b(?:village|community|church|memorial|parish|miners['’]?)[ \u00A0]+hall[ \u00A0]+(?:trustees|trust|committee|management[ \u00A0]+committee|association)\b/i;

/** "the Royal College of Nursing's associate director": a profession's college, its union or guild, not the health service. */
export const ROYAL_COLLEGE = String.raw`Royal[ \u00A0]+College[ \u00A0]+of`;
const ROYAL_COLLEGE_RE = new RegExp(String.raw`\b${ROYAL_COLLEGE}\b`);

/** A school that teaches a pastime or a skill ("a surf school", "the driving school"): a business, not a state school. */
const ACTIVITY_SCHOOL_RE =
  /\b(?:surf|surfing|driving|dance|dancing|riding|swim|swimming|language|ski|skiing|sailing|cookery|cooking|flying|diving|karate|ballet|yoga)[ \u00A0]+school\b/i;

/** "the Port Lachlan Board of Trade": a Canadian town's business association, not a public board. */
const BOARD_OF_TRADE_RE = /\bboard[ \u00A0]+of[ \u00A0]+trade\b/i;
/** "Shelby Bridge & Culvert": a name joined by "&", the way firms are named; the words either side of it. */
const AMPERSAND_NAME_RE = /([A-Z][\w'’-]*)[ \u00A0]*&[ \u00A0]*([A-Z][\w'’-]+?)(?:[ \u00A0]+([A-Z][\w'’-]+?))*(?:['’]s?)?$/;
/** Nations that close a government department's name ("Fisheries & Oceans Canada"). */
const NATION_NAMES = new Set(['canada', 'australia', 'zealand', 'scotland', 'wales', 'england', 'ireland']);
/** A word of a public body's or service's name: "Parks & Recreation", "Environment & Climate Change Canada" name no firm. */
const servesPublic = (w: string | undefined): boolean => {
  const l = (w ?? '').toLowerCase();
  return PUBLIC_WORDS.has(l) || ROLE_VOCAB.has(l) || SERVICE_WORDS.has(l) || NATION_NAMES.has(l);
};
/** Is the phrase a firm's name joined by "&", with no public service's word on either side of it? */
function ampersandFirm(phrase: string): boolean {
  const m = execNative(AMPERSAND_NAME_RE, phrase.trim());
  return !!m && !servesPublic(m[1]) && !servesPublic(m[2]) && !servesPublic(m[3]);
}

/** Does a noun phrase end in a private body's noun ("the tenants' association", "a local firm"), or set a name beside one ("the union Unite")? */
export function hasPrivateHead(phrase: string): boolean {
  if (
    (testNative(GROUP_END_RE, phrase) && testNative(PARTY_GROUP_RE, phrase)) ||
    isHealthTrust(phrase) ||
    isPublicService(phrase) ||
    testNative(PUBLIC_CENTER_RE, phrase) ||
    testNative(SCHOOLS_TRUST_RE, phrase)
  )
    return false;
  if (
    namesMembersBody(phrase) ||
    testNative(BID_RE, phrase) ||
    testNative(POST_OFFICE_RE, phrase) ||
    volunteersCommittee(phrase) ||
    testNative(HALL_CHARITY_RE, phrase) ||
    testNative(ROYAL_COLLEGE_RE, phrase) ||
    testNative(UNIVERSITY_SCHOOL_RE, phrase) ||
    testNative(PARENT_BODY_RE, phrase) ||
    testNative(ACTIVITY_SCHOOL_RE, phrase) ||
    testNative(BOARD_OF_TRADE_RE, phrase) ||
    ampersandFirm(phrase)
  )
    return true;
  // "the Westmarsh Town Centre Trust", "the Kelder Leisure Trust": a trust named, other than the health service's, is a charity.
  if (testNative(NAMED_TRUST_RE, phrase)) return true;
  const ws = phrase.split(warmRegExp(NON_WORD_RE, phrase)).filter(Boolean);
  if (ws.length === 0) return false;
  if (PRIVATE_NOUNS.has(norm(ws[ws.length - 1]!))) return true;
  // "the association's volunteer board", "the club's committee": a private body's own board.
  if (ws.some((w, i) => i < ws.length - 1 && /['’]s$/.test(w) && PRIVATE_NOUNS.has(norm(w.slice(0, -2))))) return true;
  // "Keystone Civic Design", "Hale Associates": a firm's own name ends so; a lower-case "design" is a remit ("head of urban
  // design"), and a public body's unit may end so too ("the city's Department of Design and Construction").
  // ("Head of Coastal Engineering": a department's name, every word before the end a service's, is no firm's.)
  if (ws.length > 1 && isFirmNameEnd(ws[ws.length - 1]!) && !testNative(PUBLIC_UNIT_RE, phrase) && !isDepartmentName(ws)) return true;
  // "the League of Women Voters of Sable County", "the Transit Union local": the body's own noun, before its "of" or its branch.
  const named = ws.findIndex((w, i) => i > 0 && norm(w) === 'of');
  if (named > 0 && testNative(CAPITAL_START_RE, ws[named - 1]!) && PRIVATE_NOUNS.has(norm(ws[named - 1]!))) return true;
  if (ws.length > 1 && testNative(BRANCH_RE, ws[ws.length - 1]!) && PRIVATE_NOUNS.has(norm(ws[ws.length - 2]!))) return true;
  // "the union Unite", "the charity Shelter", "the residents' group Oxbow Land Stewards": the noun, then the body's own name set beside it.
  const lastLower = ws.findLastIndex((w) => !testNative(CAPITAL_START_RE, w));
  if (lastLower <= 0 || !PRIVATE_NOUNS.has(norm(ws[lastLower]!))) return false;
  const before = ws[lastLower - 1]!;
  return DETERMINERS.has(norm(before)) || (/s['’]$/.test(before) && lastLower > 1 && DETERMINERS.has(norm(ws[lastLower - 2]!)));
}
