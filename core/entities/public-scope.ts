/**
 * Generic posts ("director of finance", "chief executive", "registered manager") are public offices
 * when the article is about a public body and the post is not attached to a private one
 * ("chief executive of Barclays", "Collaborate's chief executive", "the developer's director").
 * The article is read once for its public bodies; each role cue is then checked against it.
 */
import { SEAT_FOR_RE, isPartyPost, isPastRole, type RoleCue } from './roles';
import { BARE_GENERIC_TITLE_RE, PUBLIC_WORDS, ROLE_HEADS, SCHOOL_HEAD, SCHOOL_HEADS, SECRETARIES_OF_STATE, STATE_SCHOOL_KINDS } from './role-lexicon';
import { hasPrivateHead, headsSchoolsFederation, isIrishStateBody, isPublicInitials, namesPrivateBody } from './role-owner';
import { isNationOwner } from './nations';
import { L, LL, LU, M } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';

const NOT_WORD_RE = new RegExp(String.raw`[^${L}${M}'’-]+`, 'u');

/** What the whole article says about public bodies. */
export interface ArticleScope {
  /** The article is about a council, authority, NHS body, police force, department... */
  public: boolean;
  /** The article names no public body at all (a film review, a tech story). */
  none: boolean;
  /** How often the article names a public body by its kind ("council", "water district", "police"). */
  bodyWords: number;
  /** Lower-case proper-name words used in public-body names ("thornbury" in "Thornbury Borough Council"). */
  publicNames: Set<string>;
  /** Initials of the public bodies the article names ("EA" for "Education Authority"): a post they own is public. */
  publicInitials: Set<string>;
  /** Lower-case words of names the article calls a private body ("Hearthstone is a housing association"). */
  privateNames: Set<string>;
  /** An election story (results, candidates): a party label marks a candidate, not an office holder. */
  election: boolean;
  /** The article names an NHS body, so "the trust" is that public body. */
  nhs: boolean;
  /** Lower-case surnames of people titled with an office now ("Mayor Ann Cole"): their staff work for the office. */
  officeHolders?: Set<string>;
  /** Lower-case words of names the article gives state schools ("Hawthorne" in "Hawthorne and Juniper Ridge elementary schools"). */
  schoolNames?: Set<string>;
  /** Units the article introduces as a public body's own ("center" in "the county's 911 center"): "the center's director" is its staff. */
  publicUnits?: Set<string>;
}

/**
 * "Hawthorne Elementary", "Bryngolau Primary School", "Hawthorne and Juniper Ridge elementary schools": names of
 * schools of the kinds districts and councils run (not an academy, a college or a private school); "Millbrook
 * High" too, but not "the High Court" or "Millbrook High Street".
 */
const SCHOOL_NAME_RE = new RegExp(
  String.raw`((?:[${LU}][${L}${M}'’\-]*[ \u00A0]+){1,3}(?:(?:,|and)[ \u00A0]+(?:[${LU}][${L}${M}'’\-]*[ \u00A0]+){1,3}){0,3})(?:(?:[Ee]lementary|[Pp]rimary|[Mm]iddle|[Ii]nfants?|[Jj]unior|[Ss]econdary|[Ii]ntermediate)(?:[ \u00A0]+[Ss]chools?)?\b(?![ \u00A0]+Academ)|[Hh]igh(?:[ \u00A0]+[Ss]chools?\b|\b(?![ \u00A0]+[${LU}])))`,
  'gu',
);

/** The capitalised words a school's name opens with ("Ōhineroa Intermediate": any letter, marks and all). */
const SCHOOL_NAME_START_RE = new RegExp(String.raw`^(?:the\s+)?((?:[${LU}][${L}${M}\d'’-]*\s*)+)`, 'u');
/** Is every word of the name `body` opens with ("Hawthorne") in a state school's name the article gives? */
function namedSchool(body: string, scope: ArticleScope): boolean {
  // "Hawthorne for the past nine years": the name is the capitalised words the phrase opens with.
  const name = execNative(SCHOOL_NAME_START_RE, body)?.[1] ?? '';
  // "Millbrook High School": the school's kind is not part of the name SCHOOL_NAME_RE collects.
  const words = name
    .split(warmRegExp(NOT_WORD_RE, name))
    .filter((w) => w && !NAME_JOINERS.has(w))
    .filter((w, i) => i === 0 || !STATE_SCHOOL_KINDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => scope.schoolNames?.has(w.toLowerCase()));
}

const BODY = String.raw`(?:Council|Borough|County|District|City|Authority|Police|Constabulary|NHS|Board|Commission|Department|Ministry|Government|Parish|Fire|ICB|(?:Primary|High|Secondary)(?:[ \u00A0]+School|(?![ \u00A0]+Academy))|Elementary|Middle[ \u00A0]+School)`;
const BODY_WORD_RE =
  /\b(?:council|councils|councillors?|authority|nhs|icb|integrated care board|health board|health trust|police|constabulary|government|department|ministry|parliament|mayor|borough|coroner|ofsted|whitehall|school (?:district|board)|(?:water|irrigation|utility|utilities|transit|sanitation|sewer|fire|fire protection|parks?|library|hospital|special|conservation|community services|improvement) district|(?:district|agency)['’]s (?:[a-z-]+ )?board|village board|library board|board of library trustees|select ?board|board of selectmen|board of elections|elections? board|board of (?:education|trustees|supervisors|(?:zoning[ \u00A0]+)?appeals)|(?:planning|zoning|plan)[ \u00A0]+(?:board|commission)|(?:port|harbou?r)[ \u00A0]+(?:commission|authority|district)|zoning[ \u00A0]+appeals[ \u00A0]+board|superintendent|trustees|senedd|stormont|legislature|city hall|commissioners|county commission|sheriff|supervisors|(?<!(?:estate|recruitment|advertising|travel|employment|letting|lettings|modelling|news|talent|marketing|care|nursing)[ \u00A0])agenc(?:y|y['’]s|ies))\b/gi;
// Capped at eight words before the body word, so a page of capitals ("Mr Mr Mr ...") is read in linear time.
const NAMED_BODY_RE = new RegExp(String.raw`((?:[${LU}][${L}${M}'’\-]*[ \u00A0]+(?:and[ \u00A0]+)?){1,8})${BODY}\b`, 'gu');
/** Words of local government too common to count as a body, but enough to say the article is not about none. */
const LOCAL_GOVERNMENT_RE = /\b(?:county|city|town|village|state|district|parish|federal|municipal|civic|cabinet|jail|court|school)\b/i;
const TRUST_RE = /\btrust\b/gi;
const NHS_TRUST_OWNER_RE = /^(?:the[ \u00A0]+)?trust(?:['’]s)?[ \u00A0]*$/i;
/** "trust chairman", "trust board member": a post in the trust, the role lower-cased (not "trust fund manager"). */
const TRUST_POST_RE = /^trust (?!funds?\b)[a-z]/;
/** "chairs the trust", "leads the trust's board": a duty in the trust itself. */
const TRUST_DUTY_RE = /^(?:chairs|leads|heads|runs)[ \u00A0]+the[ \u00A0]+trust(?:['’]s[ \u00A0]+board)?$/i;
/**
 * "the hospital trust", "the ambulance trust": the NHS's own kinds of trust, named by kind instead of by name;
 * Northern Ireland's health service is run by its "Health and Social Care" trusts.
 */
const NHS_KIND_TRUST_RE =
  /\b(?:hospitals?|ambulance|mental[ \u00A0]+health|community[ \u00A0]+health|health[ \u00A0]+and[ \u00A0]+social[ \u00A0]+care)[ \u00A0]+(?:services[ \u00A0]+)?(?:foundation[ \u00A0]+)?trust\b/i;
const NHS_NAME_RE = new RegExp(String.raw`\bNHS[ \u00A0]+((?:[${LU}][${L}${M}'’-]*[ \u00A0]*(?:and[ \u00A0]+)?){1,8})`, 'gu');

/**
 * "Hearthstone is a housing association", "Greystone Homes, a private developer": a name the article
 * itself calls a private body. Not a body described as the council's own ("a council-owned company").
 */
const DESCRIBED_PRIVATE_RE = new RegExp(
  String.raw`([${LU}][${L}${M}'’\-]*(?:[ \u00A0]+(?:(?:for|of|on|and|the|a|an)[ \u00A0]+){0,2}[${LU}][${L}${M}'’\-]*){0,5})(?:,|[ \u00A0]+(?:is|was))[ \u00A0]+(?:a|an|the)[ \u00A0]+((?:[${LL}'’\-]+[ \u00A0]+|[${LU}][${LL}'’\-]+[ \u00A0]+(?=[${LL}])){0,3})(?:housing association|association|company|firm|charity|developer|housebuilder|landlord|consultancy|business|contractor|nonprofit|non-profit|alliance|coalition|venture|subsidiary|manufacturer|supplier|start-?up|think[ \u00A0-]tank|(?:volunteer|campaign|pressure|action|advocacy|community|residents['’]?|tenants['’]?|neighbou?rhood|environmental|conservation|research|lobby|lobbying|industry|trade)[ \u00A0]+(?:group|organi[sz]ation|body))\b`,
  'gu',
);
/** Words that join the words of an organisation's name ("Committee for a Responsible Budget"). */
const NAME_JOINERS = new Set(['for', 'of', 'on', 'and', 'the', 'a', 'an']);
const OWNED_BY_PUBLIC_RE = /\b(?:council|publicly|public|state|city|county|government)\b/i;

/**
 * "a 10-year contract with Ridgeline Environmental Services", "awarded the contract to Kestrel Paving": the
 * body holds a contract from the public one, so it is a contractor, unless its name is a public body's
 * ("a contract with the Harlow County Sheriff's Office").
 */
const CONTRACTOR_RE = new RegExp(
  String.raw`\bcontracts?[ \u00A0]+(?:with|to)[ \u00A0]+(?:the[ \u00A0]+)?([${LU}][${L}${M}'’&\-]*(?:[ \u00A0]+(?:(?:of|and|&)[ \u00A0]+)?[${LU}][${L}${M}'’&\-]*){0,5})`,
  'gu',
);
/**
 * "proposed by Chicago-based Prairie Line Energy": a firm or group introduced by where it is based. Public
 * bodies are named by their place, not placed by it; a name holding a public body's word is left out all the same.
 */
const BASED_RE = new RegExp(
  String.raw`\b[${LU}][${L}${M}.'’]*-based[ \u00A0]+([${LU}][${L}${M}'’&\-]*(?:[ \u00A0]+(?:(?:of|and|&)[ \u00A0]+)?[${LU}][${L}${M}'’&\-]*){0,5})`,
  'gu',
);
const PUBLIC_NAME_WORD_RE =
  /\b(?:Council|County|City|Town|Village|Township|State|Sheriff|Department|Office|Authority|District|Board|Commission|Police|NHS|Trust|Agency|Schools?|University|College|Government|Service)\b/;

/** Lower-case words of the names the article calls private bodies, tells as a public body's contractor, or places by their base. */
function describedPrivateNames(text: string): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    for (const w of name.split(/[ \u00A0]+/)) if (!NAME_JOINERS.has(w)) names.add(w.replace(/['’]s$/, '').toLowerCase());
  };
  for (const m of text.matchAll(warmRegExp(DESCRIBED_PRIVATE_RE, text))) if (!testNative(OWNED_BY_PUBLIC_RE, m[2]!)) add(m[1]!);
  if (text.includes('ontract')) for (const m of text.matchAll(warmRegExp(CONTRACTOR_RE, text))) if (!testNative(PUBLIC_NAME_WORD_RE, m[1]!)) add(m[1]!);
  if (text.includes('-based')) for (const m of text.matchAll(warmRegExp(BASED_RE, text))) if (!testNative(PUBLIC_NAME_WORD_RE, m[1]!)) add(m[1]!);
  return names;
}

/** Is every word of `owner` ("Hearthstone's") in a name the article calls a private body? */
export function ownedByDescribedPrivate(owner: string, scope: ArticleScope): boolean {
  const words = owner.split(warmRegExp(NOT_WORD_RE, owner)).filter((w) => w && !NAME_JOINERS.has(w));
  return words.length > 0 && words.every((w) => scope.privateNames.has(w.replace(/['’]s$/, '').toLowerCase()));
}

/** Lower-case words of the state schools' names the article gives (see SCHOOL_NAME_RE). */
function schoolNames(text: string): Set<string> {
  const names = new Set<string>();
  if (!/lementary|rimary|iddle|nfant|unior|High|econdary|ntermediate/.test(text)) return names;
  for (const m of text.matchAll(warmRegExp(SCHOOL_NAME_RE, text))) for (const w of m[1]!.split(/[ \u00A0,]+/)) if (w && w !== 'and') names.add(w.toLowerCase());
  return names;
}

const ELECTION_RE = /\b(?:(?:by-)?elections?|candidates[ \u00A0]+(?:ran|stood)[ \u00A0]+for)\b/i;
const POLL_RE =
  /\b(?:polled|turnout|returning officer|candidates? (?:for|in) (?:the|this)|on the ballot|recount|ballots cast|votes cast|runner-up|conceded|vote-?getter)\b/i;

/** Read the article once: is it about a public body, and which names belong to public bodies? */
export function articleScope(text: string): ArticleScope {
  let hits = text.match(warmRegExp(BODY_WORD_RE, text))?.length ?? 0;
  const publicNames = new Set<string>();
  const publicInitials = new Set<string>();
  let nhsNamed = false;
  for (const re of [NAMED_BODY_RE, NHS_NAME_RE]) {
    for (const m of text.matchAll(re)) {
      nhsNamed ||= re === NHS_NAME_RE;
      for (const w of m[1]!.split(/[ \u00A0]+/)) if (w && w !== 'and') publicNames.add(w.replace(/['’]s$/, '').toLowerCase());
      // "the Culbinnie Integration Joint Board (IJB)": a place's name opening the body's is left out of the initials it goes by.
      if (re === NAMED_BODY_RE) for (let letters = initials(m[0]); letters.length >= 2; letters = letters.slice(1)) publicInitials.add(letters);
    }
  }
  nhsNamed ||= testNative(NHS_KIND_TRUST_RE, text);
  // "Fenmoor Hospitals NHS Foundation Trust ... the trust's medical director": once an NHS body is
  // named (or "the hospital trust"), "the trust" is that public body.
  if (nhsNamed && hits < 2) hits += text.match(warmRegExp(TRUST_RE, text))?.length ?? 0;
  return {
    public: hits >= 2,
    none: hits === 0 && !testNative(LOCAL_GOVERNMENT_RE, text),
    bodyWords: hits,
    publicNames,
    publicInitials,
    privateNames: describedPrivateNames(text),
    schoolNames: schoolNames(text),
    publicUnits: publicUnits(text),
    election: testNative(ELECTION_RE, text) && testNative(POLL_RE, text),
    nhs: nhsNamed,
  };
}

/** A public body's own unit, named with its possessive and up to two describing words: "the county's 911 center", "the city's dispatch centre". */
const PUBLIC_UNIT_RE =
  /\b(?:county|city|council|town|state|borough|district|village|township|authority|government)['’]s[ \u00A0]+(?:[\w-]+[ \u00A0]+){0,2}?(center|centre|office|unit|team|service|agency|lab|laboratory|clinic|library|shelter|depot|facility|jail|museum)\b/gi;

/** A Canadian province's school authority, named in full: "the Tidewater Regional Centre for Education". */
const EDUCATION_CENTRE_RE = /\bRegional[ \u00A0]+(Centre|Center)[ \u00A0]+for[ \u00A0]+Education\b/;

function publicUnits(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(warmRegExp(PUBLIC_UNIT_RE, text))) out.add(m[1]!.toLowerCase());
  // ("The regional centre's executive director", "the centre's director of operations": the authority, called short.)
  const centre = execNative(EDUCATION_CENTRE_RE, text)?.[1]?.toLowerCase();
  if (centre) out.add(centre).add(`regional ${centre}`);
  return out;
}

/** "The center's director", where the article told of "the county's 911 center": the post of a public body's unit. */
const UNIT_OWNER_RE = /^(?:[Tt]he[ \u00A0]+)?((?:[a-z]+[ \u00A0])?[a-z]+)(?:['’]s)?$/;
const ownedByPublicUnit = (owner: string, scope: ArticleScope): boolean => !!scope.publicUnits?.has(execNative(UNIT_OWNER_RE, owner.trim())?.[1] ?? '');

/** The capitals opening the words of a body's name ("Education Authority" -> "EA"; "and", "of" have none). */
const initials = (name: string): string => (name.match(/(?<![\w'’-])[A-Z]/g) ?? []).join('');
/** Initials the owner is written in (`The EA’s` -> "EA"), or null for any other owner. */
const OWNER_INITIALS_RE = /^(?:[Tt]he\s+)?([A-Z]{2,6})(?:['’]s)?$/;
/** "The EA’s chief executive", where the article names the Education Authority: that public body's post. */
function namedBodysInitials(owner: string, scope: ArticleScope): boolean {
  const letters = execNative(OWNER_INITIALS_RE, owner.trim())?.[1];
  return !!letters && scope.publicInitials.has(letters);
}

/** Heads of posts that public bodies employ (and private ones too, hence the owner test). */
const POST_HEADS = new Set([
  'director',
  'directors',
  'executive',
  'executives',
  'chief',
  'head',
  'manager',
  'managers',
  'officer',
  'officers',
  'adviser',
  'advisor',
  'administrator',
  'clerk',
  'lead',
  'registrar',
  'controller',
  'coordinator',
  'co-ordinator',
  'planner',
  'treasurer',
  // A Channel Island's chief judge, who presides over its parliament: "The Bailiff, Sir X".
  'bailiff',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'engineer',
  'surveyor',
  'member',
  'members',
  'principal',
  'headteacher',
  'counsel',
  'firefighter',
  'firefighters',
  'ranger',
  'rangers',
  'warden',
  'wardens',
  'dispatcher',
  'dispatchers',
  'examiner',
  'examiners',
  'deputy',
  'deputies',
  'aide',
  'aides',
  'analyst',
  'analysts',
  // "said trustee Bob Ames" in a school board's story; not "a trustee of the Harwick Food Bank" (the owner test).
  'trustee',
  'trustees',
  // "Deputy leader Ian McLeod" in a council's story; not a community's, faith's or campaign's leader (PRIVATE_POST_RE).
  'leader',
]);
/** The head of a school: "principal at Hawthorne", "headteacher of Bryngolau". */
const SCHOOL_HEAD_RE = new RegExp(String.raw`\b${SCHOOL_HEAD}[ \u00A0]+(?:at|of)[ \u00A0]+$`, 'i');
/** A school's name written before its head: "Laurel Run principal". */
const SCHOOL_BEFORE_HEAD_RE = new RegExp(String.raw`^(?:the\s+)?([A-Z].*?)\s+${SCHOOL_HEAD}$`);
/** A school that says it is the state's in its own name ("Yandoo Creek Public School", "Bowen State School"), whatever the article names. */
const PUBLIC_SCHOOL_RE = /\b(?:Public|State)[ \u00A0]+School$/;
/** "principal of Cedar Falls High", "headteacher at Bryngolau": the head of a state school the article names. */
function headOfNamedSchool(role: string, scope: ArticleScope): boolean {
  const object = qualifierObject(role);
  return !!object && testNative(SCHOOL_HEAD_RE, role.slice(0, role.length - object.body.length)) && namedSchool(object.body, scope);
}
/** Posts only public services hold: "a firefighter at Stoke Wallis" names a station, not a firm. */
const PUBLIC_SERVICE_HEADS = /\bfirefighters?\b/i;
/** Posts that belong to companies whatever the article is about. */
const PRIVATE_POST_RE =
  /\b(?:managing director|sales|marketing|commercial director|site manager|store manager|branch manager|(?:property|retail|restaurant|hotel|bar|pub|shop|farm)[ \u00A0]+manager|(?:community|faith|church|religious|union|campaign|business|youth|student|team|tribal|civic|tenants?|residents?|scout|squad|project|protest|opposition group|pressure group)[ \u00A0]+leader)\b/i;
/** "vice-chair of the scrutiny panel", "sit on the committee", "the panel's ... its chair": a place on a committee, public in a public article. */
const COMMITTEE_RE = /\b(?:committee|sub-committee|panel|scrutiny|cabinet)\b/i;

/** Is this role a generic post that may be promoted in a public article? */
function isPost(role: string): boolean {
  if (testNative(PRIVATE_POST_RE, role)) return false;
  const core = role
    .split(/\s+(?:of|for|at|on)\s+/i)[0]!
    .toLowerCase()
    // ("secretary-treasurer": two posts held as one, the last its head.)
    .split(/\s+|-/);
  const head = [...core].reverse().find((w) => ROLE_HEADS.has(w));
  return !!head && POST_HEADS.has(head);
}

/** The body a role phrase attaches itself to: "of Barclays", "at the developer". */
function qualifierObject(role: string): { word: string; body: string } | null {
  // "director of finance at the Coalition for X": "at" names the body; "of" named the service.
  // "an engineer from Corran Gas Services", "a planner with Arcadis": so do "from" and "with".
  const m = /\s(at|from|with)\s+(.+)$/i.exec(role) ?? /\s(of|for)\s+(.+)$/i.exec(role);
  return m ? { word: m[1]!.toLowerCase(), body: m[2]! } : null;
}

/**
 * Titles that firms, studios and clubs use as much as public bodies ("Director David Lowery", "ILM
 * supervisor John Knoll"): no office in an article that names no public body.
 */
const SHARED_TITLE_RE = /\b(?:supervisor|director|manager|president|chair(?:man|woman|person)?|treasurer|secretary|executive|planner|engineer|commissioner)$/i;
/**
 * The same titles written alone, with no word for the body ("Director David Lowery filmed it"): a
 * film's or a firm's in an article that never names a public body by its kind, even if it mentions
 * a town. Titles that are also a state's or a county's own ("President", "Supervisor") are left out.
 */
const BARE_SHARED_TITLE_RE = /^(?:director|manager|executive|planner|engineer)$/i;

/** Does the role phrase itself name a public body ("county supervisor", "director of the state's parks")? */
function namesPublicBody(role: string): boolean {
  return role
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((w) => PUBLIC_WORDS.has(w) || PUBLIC_WORDS.has(w.replace(/'s?$/, '')));
}

/**
 * "council leader", "county commissioner", "town clerk": a post that names its own local authority,
 * so the capitalised word written before it ("Westford council leader X") is the place, not a firm.
 */
const LOCAL_POST_RE =
  /^(?:county|city|town|borough|district|parish|township|village|council|(?:county|city|town|borough|district|parish) council) (?:leader|deputy leader|member|councill?or|commissioner|supervisor|clerk|manager|administrator|executive|attorney|treasurer|auditor|assessor)$/;

/** Posts the law gives only to public bodies (lower case). */
const STATUTORY_POST_RE =
  /^(?:interim |acting )?(?:director of (?:public health|children's services|adult social (?:services|care)|adults' services)|monitoring officer|section 151 officer|s151 officer|head of paid service|chief constable)$/;

/** A seat that represents people ("MP", "local councillor"), named with its constituent ("Ms Lowe's MP") or place ("Eastfield councillor"): no firm has one. */
const SEAT_ROLE_RE =
  /^(?:(?:local|ward|constituency) )?(?:mp|msp|ms|mla|mha|mhr|mpp|mna|mlc|mhk|am|td|councill?or|council member|(?:state )?senator|state representative|congress(?:man|woman|member)|assembly(?:man|woman|member))$/;

/** Posts only a state's government has ("press secretary", "foreign minister", "ambassador"). */
const STATE_POST_RE = /\b(?:minister|president|premier|chancellor|secretary|ambassador|envoy|consul|spokes(?:man|woman|person)|officials?)$/i;

/** Make generic posts official in a public article unless they attach to a private body. */
export function promotePosts(cues: readonly RoleCue[], scope: ArticleScope): void {
  for (const cue of cues) {
    // "The center's director", where the article told of "the county's 911 center": that centre is the county's, not a private one.
    if (cue.privateBody && cue.owner && cue.role && ownedByPublicUnit(cue.owner, scope) && isPost(cue.role)) {
      delete cue.privateBody;
      cue.official = true;
    }
    // What someone does now was judged whole where it was read (roles-after.ts); a past post is no office.
    if (cue.present || cue.privateBody || (cue.role && (isPastRole(cue.role) || isPartyPost(cue.role)))) continue;
    if (
      cue.official &&
      !cue.evidence &&
      cue.role &&
      (scope.none || (scope.bodyWords === 0 && testNative(BARE_SHARED_TITLE_RE, cue.role.trim()))) &&
      testNative(SHARED_TITLE_RE, cue.role.trim()) &&
      !namesPublicBody(`${cue.owner ?? ''} ${cue.role}`) &&
      !SECRETARIES_OF_STATE.includes(cue.role.trim().toLowerCase())
    )
      cue.official = false;
    // Posts public by their own words, whoever the text says holds them: a local authority's own
    // ("Westford council leader"), a seat whoever it is said to be of ("Ms Lowe's MP") and the statutory
    // officers only public bodies have ("Hartwell's director of public health"). Matched on the role
    // lower-cased, spaces made plain: an expression without the `i` flag compiles at a fraction of the cost.
    const role = cue.role?.trim().toLowerCase().replace(/\s+/g, ' ');
    // "Principal Dana Reyes of Millbrook High", where the article names "Millbrook High" (SCHOOL_NAME_RE): a state school’s head.
    const schoolHead = !!role && !!cue.owner && SCHOOL_HEADS.has(role) && namedSchool(cue.owner, scope);
    // "The EA’s chief executive", where the article names the Education Authority: that public body's post.
    const publicInitials = !!cue.owner && namedBodysInitials(cue.owner, scope);
    // "Yandoo Creek Public School principal": a school whose own name says it is the state's.
    // (The school's name before its head, read once: "the Laurel Run principal" below reads it too.)
    const schoolBeforeHead = cue.role ? execNative(SCHOOL_BEFORE_HEAD_RE, cue.role.trim())?.[1] : undefined;
    const publicSchoolHead = !!schoolBeforeHead && testNative(PUBLIC_SCHOOL_RE, schoolBeforeHead);
    const publicPost =
      !!role &&
      (testNative(LOCAL_POST_RE, role) ||
        testNative(STATUTORY_POST_RE, role) ||
        testNative(SEAT_ROLE_RE, role) ||
        schoolHead ||
        publicInitials ||
        publicSchoolHead);
    // "Its planning director" after "The applicant, Greystone Homes": a service-area post held at a firm.
    if (cue.official && cue.role && !cue.fromTitle && !publicPost && isPost(cue.role) && privatelyHeld(cue, scope)) cue.official = false;
    // "Hearthstone's chair" where the article says Hearthstone is a housing association, and
    // "president of the Fire Safe Council" where it says the council is a volunteer group.
    const heldBy = cue.owner ?? (cue.role ? qualifierObject(cue.role)?.body.replace(/^(?:the|a|an)\s+/i, '') : undefined);
    // ("Silverthread–Dunmore MPP X", where the article calls a firm in Dunmore "the company": a seat is no firm's.)
    const describedPrivate =
      !cue.fromTitle &&
      !publicPost &&
      !testNative(SEAT_FOR_RE, cue.role ?? '') &&
      ((!!heldBy && ownedByDescribedPrivate(heldBy, scope)) || (!heldBy && !!cue.subjectBefore && ownedByDescribedPrivate(cue.subjectBefore, scope)));
    if (describedPrivate) cue.official = false;
    // "Millhaven Chamber of Commerce President Janet Oyelaran": a title written after a private body's name is that body's.
    if (cue.official && cue.stated && cue.owner && !publicPost && namesPrivateBody(cue.owner, scope)) cue.official = false;
    // "The trust's chair of trustees" where no NHS body is named: a charitable trust, not a public body.
    // "Harbor Light board chair X": a post written after the name of a body that is no public one's.
    // ("Cllr O'Neill's deputy": a titled office holder's name is no body's.)
    const owner = cue.owner?.trim();
    const staff = !!cue.role && !!heldBy && isOfficeStaff(cue.role, heldBy, scope);
    if (
      !cue.fromTitle &&
      owner &&
      ((!scope.nhs && testNative(NHS_TRUST_OWNER_RE, owner)) ||
        (!cue.stated && !staff && !publicPost && testNative(OWNER_NAME_RE, owner) && namesPrivateBody(owner, scope)))
    ) {
      cue.official = false;
      continue;
    }
    // "Trust chair Helen Carmody" in a story about an NHS trust: the trust is the public body named.
    // "The trust chairman, Sir Keith Armstrong": the same, with the body's word inside the role.
    if (
      !cue.official &&
      cue.role &&
      scope.nhs &&
      (cue.owner ? testNative(NHS_TRUST_OWNER_RE, cue.owner) : testNative(TRUST_POST_RE, role!)) &&
      !isPastRole(cue.role)
    )
      cue.official = true;
    // "Margaret Ellison, who chairs the trust": the same, told as what she does.
    if (!cue.official && cue.role && scope.nhs && testNative(TRUST_DUTY_RE, cue.role.trim())) cue.official = true;
    // "ZBA Chairman Bob Kline": a public body known by its initials owns the post; "White House press
    // secretary X", "Tunisian Prime Minister Y": so does a state, named by its seat or its people's adjective.
    // (A nation's adjective before a calling is a nationality: "French engineer X" is no state's.)
    if (
      !cue.official &&
      cue.role &&
      cue.owner &&
      (isPublicInitials(cue.owner) ||
        isIrishStateBody(cue.owner) ||
        publicInitials ||
        ownedByPublicUnit(cue.owner, scope) ||
        (isNationOwner(cue.owner) && testNative(STATE_POST_RE, cue.role.trim())))
    )
      cue.official = true;
    // "Cole's spokeswoman", "a spokeswoman for Cole", "Pittman's chief of staff": an office holder's staff work for the office.
    if (!cue.official && staff) cue.official = true;
    // "the Laurel Run principal", where the article names "Laurel Run Elementary": a state school's head.
    if (!cue.official && !!schoolBeforeHead && (namedSchool(schoolBeforeHead, scope) || publicSchoolHead)) cue.official = true;
    // "principal of Cedar Falls High", where the article names that school (SCHOOL_NAME_RE): the same.
    if (!cue.official && cue.role && headOfNamedSchool(cue.role, scope)) cue.official = true;
    if (!scope.public) continue;
    if (cue.official || !cue.role || cue.fromTitle || !(isPost(cue.role) || testNative(COMMITTEE_RE, `${cue.owner ?? ''} ${cue.role}`) || cue.theChair))
      continue;
    // ("Manager Lee Fairbrother" in a story about a council's vote on a club's ground is the club's manager.)
    if (cue.stated && testNative(BARE_GENERIC_TITLE_RE, cue.role.trim())) continue;
    if (describedPrivate || privatelyHeld(cue, scope)) continue;
    cue.official = true;
  }
}

/** An owner written as a proper name of two or more words ("Harbor Light"), not a person's surname or a common noun. */
const OWNER_NAME_RE = /^(?:the[ \u00A0]+)?[A-Z][\w&'’-]*(?:[ \u00A0]+[A-Z][\w&'’-]*)+(?:['’]s?)?$/;

const OFFICE_STAFF_RE =
  /^(?:(?:the|a|an|his|her|their)\s+)?(?:(?:chief|deputy|senior|press|communications|policy|political|executive)\s+)?(?:spokes(?:man|woman|person)|chief\s+of\s+staff|press\s+secretary|aide|advis[eo]r|assistant|deputy|director\s+of\s+communications|communications\s+director|chief\s+executive)(?:\s+(?:for|to)\s+.+)?$/i;

/** Is the post a staff post or the deputy, held for someone the article titles with an office ("Mayor Ann Cole")? */
function isOfficeStaff(role: string, heldBy: string, scope: ArticleScope): boolean {
  // "Cllr O'Neill's": the surname, whatever title is written before it.
  const holder = heldBy
    .replace(/['’]s?$/, '')
    .trim()
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  return !!scope.officeHolders?.has(holder) && testNative(OFFICE_STAFF_RE, role.trim());
}

/** "the DEP", "the EPA": a body known by its initials may be a public agency; it is judged elsewhere. */
const INITIALS_RE = /^(?:the\s+)?[A-Z]{2,6}$/;
const SPOKES_RE = /^(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?spokes(?:man|woman|person)\s+for\s/i;

/** An owner that is one lower-case noun for a community's own venture ("the garden's", "the festival's", "the church's"). */
const COMMUNITY_OWNER_RE =
  /^(?:the[ \u00A0]+)?(?:garden|gardens|festival|church|mosque|temple|synagogue|congregation|choir|band|orchestra|fair|carnival|gala|regatta|pantry|allotments?|farm|league|appeal|campaign|coalition|collective|co-?op|cooperative)(?:['’]s?)?$/;
const commonNounOwner = (owner: string): boolean => testNative(COMMUNITY_OWNER_RE, owner.trim());

/** Does the text attach this post to a private body, before it ("Collaborate's") or after it ("of Barclays")? */
function privatelyHeld(cue: RoleCue, scope: ArticleScope): boolean {
  // A stated owner decides: "The council's Director of Services for Roads" is the council's post.
  // ("the garden's coordinator": a community's own venture, called by its common noun, holds no public post.)
  if (cue.owner) return !headsSchoolsFederation(cue.owner, cue.role ?? '') && (namesPrivateBody(cue.owner, scope) || commonNounOwner(cue.owner));
  const object = cue.role ? qualifierObject(cue.role) : null;
  if (!object) return false;
  const head = cue.role!.slice(0, cue.role!.length - object.body.length);
  if (testNative(PUBLIC_SERVICE_HEADS, head)) return hasPrivateHead(object.body);
  // "principal at Hawthorne", where the article names "Hawthorne and Juniper Ridge elementary schools": a state school's head.
  if (headOfNamedSchool(cue.role!, scope)) return false;
  // "for Elmfield" names a place or a portfolio; "for Acme Homes" a firm only by its noun.
  // "regional manager for Summit Correctional Health, the company that ...": a body the article calls private.
  // A spokesperson speaks for a body, not a place or a portfolio: "a spokesperson for Airbnb" is the firm's.
  if (object.word === 'for')
    return (
      hasPrivateHead(object.body) ||
      ownedByDescribedPrivate(object.body, scope) ||
      (testNative(SPOKES_RE, cue.role!) && !testNative(INITIALS_RE, object.body) && namesPrivateBody(object.body.replace(/^(?:the|a|an)\s+/i, ''), scope))
    );
  return namesPrivateBody(object.body, scope);
}
