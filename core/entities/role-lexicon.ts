/**
 * Role vocabulary: the head nouns of role phrases ("leader", "chief executive", "MP"), the words
 * that may modify them ("social services", "finance"), and the words that show a role is held in a
 * public body ("council", "government").
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Plural titles of public offices, written before a list of their holders ("Magistrates A, B and C",
 * "Councillors Ann Lee and Raj Patel"). The one list of them, as PLURAL_TITLE_ABBREVIATIONS is of
 * the abbreviations: the name filter, the role heads, the always-official roles and the list readers
 * all take them from here, so a new one is written once.
 */
// prettier-ignore
export const PLURAL_OFFICE_SINGULARS: Readonly<Record<string, string>> = {
  councillors: 'councillor', councilors: 'councilor', councilmembers: 'councilmember', councilmen: 'councilman',
  councilwomen: 'councilwoman', assemblymembers: 'assemblymember', aldermen: 'alderman', alderwomen: 'alderwoman',
  alderpersons: 'alderperson', alderpeople: 'alderperson', selectmen: 'selectman', selectwomen: 'selectwoman',
  supervisors: 'supervisor', commissioners: 'commissioner', senators: 'senator', mps: 'MP', msps: 'MSP', mlas: 'MLA',
  meps: 'MEP', tds: 'TD', legislators: 'legislator', lawmakers: 'lawmaker',
  // A Louisiana parish's police jury ("Jurors Wade Guidry and Felicia Batiste").
  jurors: 'juror',
  // A Kentucky fiscal court's members ("Magistrates Denise Hatcher and Ron Pelfrey").
  magistrates: 'magistrate',
  // Police community support officers, named in pairs ("PCSOs Lauren Pike and Dev Chauhan").
  pcsos: 'PCSO',
  // A Scottish council's bailies ("Bailies Ian Rennie and Tom Gillespie").
  bailies: 'bailie',
  // Garda and police superintendents named in pairs ("Superintendents Aidan Rowe and Clodagh Byrne").
  superintendents: 'superintendent',
  // Members of the Dáil, or of the States of Jersey and Guernsey ("Deputies Naughton and Gaffney").
  deputies: 'deputy',
  // The mayors who sit on a Quebec regional county municipality's council ("Mayors Kealey and Sloan-Ryan").
  mayors: 'mayor',
};
/** The plural office titles (lower-case), in the order of {@link PLURAL_OFFICE_SINGULARS}. */
export const PLURAL_OFFICE_TITLES: readonly string[] = Object.keys(PLURAL_OFFICE_SINGULARS);

/** Nouns a role phrase ends with (lower-case). */
// prettier-ignore
export const ROLE_HEADS = new Set([...PLURAL_OFFICE_TITLES, ...words(`
  leader executive director councillor councilor councilmember councilman councilwoman member mayor
  mp mep msp mla minister secretary officer manager commissioner supervisor superintendent chief head chair
  chairman chairwoman chairperson president alderman alderwoman treasurer clerk controller comptroller
  auditor inspector ombudsman governor senator representative sheriff undersheriff constable troubleshooter official
  administrator regulator attorney solicitor boss holder lead adviser advisor coordinator co-ordinator peer deputy
  delegate assemblymember assemblyman assemblywoman selectman selectwoman trustee magistrate jailer judge
  coroner registrar provost convener convenor reeve members leaders directors officials officers chancellor whip
  spokesman spokeswoman spokesperson owner founder campaigner organiser organizer lawmaker legislator
  politician engineer planner surveyor architect economist executives moderator principal headteacher rector counsel counselor counsellor firefighter firefighters marshal
  trustees mpp mpps mna mha mhr mlc mlcs mhk mhks bailiff
  representatives governors cllrs couns crs clrs
  appointee appointees ranger rangers warden wardens defender defenders dispatcher dispatchers roadmaster
  examiner examiners aide aides assistant alderperson justice assessor appraiser recorder register prosecutor prosecutors
  ceo cfo cao
  arborist arborists forester naturalist historian archivist ecologist hydrologist geologist epidemiologist commander commanders champion
  liaison investigator investigators mediator mediators employee employees analyst analysts incumbent
  master harbourmaster harbormaster foreman
`)]);

/**
 * Posts of two words whose last word is a calling or no post on its own, by that word: the word
 * before it, as it must end the text before ("the standards independent person", "the trust's chief nurse").
 */
const TWO_WORD_POSTS = new Map([
  ['person', /\bindependent[ \u00A0]+$/i],
  ['nurse', /\bchief[ \u00A0]+$/i],
  ['midwife', /\bchief[ \u00A0]+$/i],
  ['pharmacist', /\bchief[ \u00A0]+$/i],
  ['teacher', /\bhead[ \u00A0]+$/i],
  // A council's social worker, and its statutory lead for them: "Principal Social Worker X".
  ['worker', /\bsocial[ \u00A0]+$/i],
]);
/** Does `word`, with the text `before` it, end one of TWO_WORD_POSTS ("Chief " + "nurse")? */
export const endsTwoWordPost = (word: string, before: string): boolean => TWO_WORD_POSTS.get(word.toLowerCase())?.test(before) ?? false;

/** Kinds of seat on a public board, written before "representative" ("parent representative", "community representatives"). */
export const SEAT_KINDS = ['parent', 'parents', 'community', 'staff', 'student', 'teacher', 'employee', 'lay'] as const;

/** The heads of a school, one word each ("head teacher" in two is read where the text allows it). */
export const SCHOOL_HEADS: ReadonlySet<string> = new Set(['principal', 'headteacher', 'headmaster', 'headmistress', 'rector']);
/** The words ending the name of a school of a kind councils and districts run ("Millbrook High", "Bryngolau Primary School"). */
export const STATE_SCHOOL_KINDS: ReadonlySet<string> = new Set([
  'elementary',
  'primary',
  'secondary',
  'middle',
  'high',
  'school',
  'infants',
  'junior',
  'intermediate',
]);
/** Every word that may end a school's name: an academy's, a college's and a nursery's too. */
export const SCHOOL_KINDS: ReadonlySet<string> = new Set([...STATE_SCHOOL_KINDS, 'academy', 'college', 'nursery']);
/** The same heads as an expression's alternation, with "head teacher" in two words. */
export const SCHOOL_HEAD = String.raw`(?:${[...SCHOOL_HEADS].join('|')}|head[ \u00A0]+teacher)`;

/**
 * An office holder's own office, a public body ("the Ethical Standards Commissioner's office", "the
 * Sheriff's Office"), as an expression's alternation over the holder's capitalised title.
 */
export const HOLDERS_OFFICE = String.raw`(?:Commissioner|Ombudsman|Auditor|Attorney|Sheriff|Coroner|Comptroller|Controller|Treasurer|Assessor|Clerk|Prosecutor)['’]s[ \u00A0]+[Oo]ffice`;

/** A legislature's name, written before its member's title ("Senedd Member X", "the Senedd Member for Bryntawe"). */
export const LEGISLATURE_NAME_RE = /^(?:Senedd|Stormont|Holyrood|Assembly|Parliament|Congress)$/;

/** Lower-case words allowed inside a role phrase before its head. */
// prettier-ignore
export const ROLE_VOCAB = words(`
  council county city borough district parish town village township shire cabinet executive chief deputy assistant acting
  interim former retired senior principal strategic corporate finance financial fiscal administrative resources housing planning
  transport education children's children adult adults social services service health care public
  environment environmental regeneration economy economic development culture leisure communities
  community neighbourhoods neighbourhood highways waste policy legal democratic governance monitoring
  state police fire crime school schools elections election opposition shadow party group local
  national then current outgoing incoming newly elected independent government ministry department
  safeguarding audit scrutiny committee board panel vice general managing operations operational operating
  portfolio business property assets estates digital technology customer human hr workforce
  commercial procurement equality equalities inclusion sustainability climate skills employment sport
  parks libraries tourism licensing enforcement protection trading standards revenue revenues benefits
  tax budget treasury transformation improvement performance strategy partnerships wellbeing
  prosecutor municipal ward regional metro mayoral combined unitary executive
  backbench cross-party ruling governing presiding long-serving veteran joint lead principal
  and & of for labour conservative progressive depute tory lib dem liberal democrat green reform leading national
  cabinet-level top government's transport infrastructure growth investment inward place delivery
  adult's communications engagement assembly parliamentary junior apprentice trainee section registered
  both area press media fellow only lone sole newest youngest oldest case duty liaison welfare non-executive
  scottish welsh irish ulster english british medical nursing clinical dental selectboard lord
`);

/**
 * Services and subjects that may stand before a job's head in lower case ("highways asset manager",
 * "special educational needs officer"). Kept apart from {@link ROLE_VOCAB}: written with capitals in
 * a body's name ("Tamarack Justice Project", "Severn Water") they name a firm or charity, not a service.
 */
// prettier-ignore
export const SERVICE_WORDS = words(`
  asset highway traffic road roads network drainage flood flooding maintenance building buildings facilities
  fleet contracts project projects programme programmes program programs data information security emergency
  resilience risk insurance pensions payroll accounts marketing events recycling street streets scene grounds
  countryside access coastal harbour harbor energy water utilities transit parking library museum museums arts heritage
  conservation design urban rural management control compliance records capital family families youth
  early years adoption fostering homelessness homes tenancy repairs lettings regulatory registration electoral
  support bereavement cemeteries zoning permit permits permitting inspection inspections animal sanitation
  stormwater wastewater sewer utility purchasing innovation research intelligence analytics legislative
  intergovernmental relations affairs outreach land use transportation mobility travel active special
  educational needs learning attendance admissions catering jail jails detention corrections correctional
  court courts probation juvenile custody homeless works code recreation veterans ageing aging diversity equity
  cultural wellness nutrition food airport port marina cemetery solid volunteer on-call retained wholetime full-time part-time quality improvement
  billing collections wellbeing disaster recovery
`);

/** A lower-case word that may sit inside a role phrase before its head. */
export const isRoleModifier = (word: string): boolean => ROLE_VOCAB.has(word) || SERVICE_WORDS.has(word);

/** Secretaries of state by their department ("Housing Secretary X", "the home secretary, Y"): no firm or club has these. */
// prettier-ignore
export const SECRETARIES_OF_STATE = [
  'home secretary', 'foreign secretary', 'health secretary', 'housing secretary', 'justice secretary', 'education secretary',
  'transport secretary', 'culture secretary', 'environment secretary', 'business secretary', 'defence secretary', 'energy secretary',
  'pensions secretary', 'communities secretary', 'levelling up secretary', 'scottish secretary', 'welsh secretary',
  'northern ireland secretary', 'science secretary', 'trade secretary', 'chief secretary to the treasury',
];

/** Role words that always mean a public office, whatever the context (lower-case, may be phrases). */
// prettier-ignore
export const ALWAYS_OFFICIAL = [
  'councillor', 'councilor', 'councilmember', 'councilman', 'councilwoman', 'council member',
  'alderman', 'alderwoman', 'alderperson', 'public advocate', 'mayor', 'mp', 'mep', 'msp', 'mla', 'mlc', 'td', 'minister', 'senator', 'governor',
  'commissioner', 'supervisor', 'superintendent', 'sheriff', 'constable', 'peer', 'selectman', 'reeve',
  'selectwoman', 'assemblymember', 'assemblyman', 'assemblywoman', 'ombudsman', 'chancellor',
  // "Place 3 incumbent Gloria Ybarra", "Ybarra, the incumbent,": the holder of the seat being fought.
  'incumbent',
  // A legislature's party leaders ("Minority Leader Janine Okafor").
  'majority leader', 'minority leader',
  ...PLURAL_OFFICE_TITLES,
  'judge', 'coroner', 'cabinet member', 'portfolio holder', 'executive member for', 'lead member for', 'city manager', 'town manager',
  'county manager', 'county executive', 'city clerk', 'town clerk', 'police chief', 'fire chief',
  'monitoring officer', 'secretary of state', 'attorney general', 'district attorney', 'public defender', 'roadmaster', 'lawmaker',
  'legislator', 'whip', 'magistrate', 'registrar', 'comptroller', 'treasurer', 'auditor general',
  'inspector', 'inspectors', 'provost', 'section 151 officer', 's151 officer', 'head of paid service', 'council members',
  'ministers', 'peers',
  'member of parliament', 'member of the senedd', 'member of the scottish parliament', 'member of the legislative assembly',
  'prosecutor', 'justice of the peace', 'register of deeds', 'register of wills', 'recorder of deeds', 'tax assessor', 'tax collector', 'county assessor', 'county recorder', 'chief appraiser',
  'member of congress', 'independent person', 'cllrs', 'couns', 'crs', 'clrs',
  // Fire and rescue services' ranks, which no other trade uses ("Crew commander X", "watch manager Y").
  'crew commander', 'watch commander', 'station commander', 'group commander', 'crew manager', 'watch manager',
  'battalion chief', 'firefighter-paramedic', 'firefighter-emt',
  // A harbour authority's or council's officer in charge of a port ("The harbour master, X").
  'harbour master', 'harbor master', 'harbourmaster', 'harbormaster',
  ...SECRETARIES_OF_STATE,
];

/** Heads that never make someone an official (owners, campaigners). Spokespeople are officials of public bodies only. */
// prettier-ignore
export const NON_OFFICIAL_HEADS = words(`
  owner founder campaigner organiser organizer
`);

/** Words showing that a generic role (director, leader) is held in a public body. */
// prettier-ignore
export const PUBLIC_WORDS = words(`
  council councils council's councils' comhairle comhairle's authority authority's government government's borough county township agency agency's
  county's city city's town village village's parish district cabinet ministry department nhs police fire ofsted
  inspectorate watchdog commission parliament parliamentary assembly state federal municipal civic
  whitehall westminster labour conservative conservatives tory tories liberal democrat democrats
  democratic republican republicans green greens reform snp plaid ukip party opposition school schools ysgol
  unitary combined mayoral mayor's minister's ministerial public board trustees independent independents
  senedd stormont congress legislature statehouse sheriff sheriff's superintendent ward elementary primary icb icbs ccg ccgs
  courts selectboard selectmen region's shire shire's municipality commissioners
`);

/**
 * Plural abbreviations set before a list of names ("Cllrs Lee, Patel and Hughes", "Sens. Amari and
 * Kowal"), each with the post one name of the list holds. The one list of them: the title reader,
 * the list readers, the name filter and the role's singular all take it from here.
 */
export const PLURAL_TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Cllrs: 'councillor',
  Couns: 'councillor',
  Crs: 'councillor',
  Clrs: 'councillor',
  Sens: 'senator',
  Reps: 'representative',
  Dels: 'delegate',
  Alds: 'alderman',
};
/** The abbreviations as written, for building expressions ("Cllrs|Couns|..."). */
export const PLURAL_TITLE_ALTERNATION = Object.keys(PLURAL_TITLE_ABBREVIATIONS).join('|');

/** Legislators' letters that read as other words in lower case ("Ms", "am"), and the plural title abbreviations ("Reps" is also "union reps"): compared as written. */
// prettier-ignore
export const CASED_HEADS = new Set([
  'MS', 'AM', 'TD', 'MLA', 'MLC', 'MP', 'MSP', 'MEP', 'MPP', 'MNA', 'MHA', 'MHR', 'MHK', 'MPs', 'MSPs', 'MLAs', 'MEPs',
  ...Object.keys(PLURAL_TITLE_ABBREVIATIONS),
]);

/** Words that end a role phrase when walking back from a name. */
export const CONNECTORS = words(`and & of for`);

/** Prepositions that can follow a role head and qualify it ("leader of the council"). */
export const QUALIFIERS = words(`of for at on from`);

/** Words that mark a private body anywhere in a phrase ("Acme Ltd", "the tenants' association", "a local firm"). */
// ("business travelers", "business rates", "the business case": the word as a modifier names no business.)
export const PRIVATE_BODY_RE =
  /\b(?:company|firm|association|charity|business(?![ \u00A0]+(?:travell?ers|owners?|rates?|leaders?|people|communit(?:y|ies)|case|plans?|parks?|districts?|improvement|customers|premises|units?|hours|licen[cs]es?|class|sector|support|growth|development|tax(?:es)?|news|interests|travel|meetings?|items?|days?|model|loans?|grants?)\b)|ltd|inc|llc|llp|plc|union|club)\b/i;

/** A bare generic title ("Manager Lee Fairbrother", "Coach X"): a club's or a firm's unless a public body is named beside it. */
export const BARE_GENERIC_TITLE_RE = /^(?:manager|coach|captain)$/i;
