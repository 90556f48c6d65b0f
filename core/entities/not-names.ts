/**
 * Words that look like names when capitalised but are not: function words that start sentences,
 * days and months, party names, organisation and place suffixes, post-nominal letters.
 * Gazetteer-free on purpose: these are closed classes, not lists of places or people.
 */
import { LL, LU } from '../letters';
import { PLURAL_OFFICE_TITLES, PLURAL_TITLE_ABBREVIATIONS } from './role-lexicon';
import { testNative } from '../native-regexp';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Capitalised words that are never part of a person's name (compared lower-case). */
// prettier-ignore
export const NON_NAME_WORDS = words(`
  a an the and or but nor so yet if then than that this these those there here it its he she they we i you
  his her their our my your him them us me who whom whose which what when where why how while whilst
  in on at of for with by from to into onto upon over under about above below after before since until
  during despite through throughout within without across against among amongst between beyond via per
  besides beside alongside unlike toward towards amid amidst except whereas
  however meanwhile also although though because as although unless whether therefore thus hence
  instead indeed still even just only already almost perhaps maybe now today tonight yesterday tomorrow
  earlier later recently currently previously finally firstly secondly lastly overall additionally
  furthermore moreover sadly clearly obviously fortunately unfortunately hopefully frankly speaking
  asked according following including regarding concerning given having being said says asking
  joining thanking backing praising supporting opposing echoing quoting citing replacing succeeding urging responding welcoming congratulating
  some many most more much less few all any every each both several no not none one two three four five
  six seven eight nine ten first second third last next another other such same own
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  north south east west northern southern eastern western central greater upper lower inner outer
  new old great little royal national international local regional metropolitan
  bayou coulee port fort
  visit
  trustees messrs members
  council councils councillor government cabinet parliament committee
  ministers minister mayor mayors officials official officers officer leader leaders chief executive
  director directors manager managers chair chairman chairwoman president speaker secretary deputy
  department ministry office authority administration opposition coalition
  british britain english england scottish scotland welsh wales irish ireland american america
  european europe uk us usa u.s eu nhs bbc itv covid coronavirus brexit christmas easter god
  budget tax plan plans report review inquiry act bill law policy strategy scheme programme audit
  email subscribe subscribing newsletter sign read more related click share comments comment
  advertisement image images photo photos picture pictures video videos getty copyright thank thanks
  invalid please follow watch live updates breaking news latest top stories story home sport business
  politics opinion weather traffic health education crime court police fire ambulance service services
  yes okay ok dear hello hi sorry
  approved hired appointed reappointed re-appointed accepted adopted awarded authorized authorised agreed
  voted tabled renewed received recognized recognised thanked honored honoured welcomed elected re-elected
  confirmed introduced rejected postponed scheduled
  resident residents campaigner campaigners parent parents shopkeeper owner owners tenant tenants neighbour
  neighbours pensioner mother father mum dad grandmother grandfather student students teacher nurse
  volunteer landlord trader worker workers driver author artist businessman businesswoman homeowner
  shopper commuter cyclist motorist voter voters local locals fans visitors patient patients pupil pupils
  carer carers headteacher adviser advisor
  town city county borough district parish region village
`);
// Plural titles ("Magistrates") and their abbreviations ("Cllrs", "Sens") are never part of a name either.
for (const title of PLURAL_OFFICE_TITLES) NON_NAME_WORDS.add(title);
for (const abbreviation of Object.keys(PLURAL_TITLE_ABBREVIATIONS)) NON_NAME_WORDS.add(abbreviation.toLowerCase());

/** Words in NON_NAME_WORDS that are also surnames ("Theresa May"): only skipped at a run's start. */
export const SURNAME_CAPABLE = words(`may june april august north west south east little great new young king mayor
  english scott chief judge constable said law parks read more foreman royal reeve`);

/** Callings written capitalised before a private person's full name ("Farmer Earl Whitcomb"): not part of the name. */
// prettier-ignore
export const OCCUPATION_WORDS = words(`
  farmer butcher baker objector paramedic resident campaigner teacher nurse landlord shopkeeper
  pensioner retiree volunteer student parent driver cyclist neighbour owner trader publican builder
  grandmother grandfather mother father mum dad firefighter doctor vicar pastor activist author artist
  businessman businesswoman entrepreneur homeowner tenant organiser organizer fisherman lawyer
  solicitor barrister attorney architect developer consultant plumber electrician chef caterer neighbor
  commuter rider shopper patient voter taxpayer renter landowner veteran coach rabbi imam priest mom
  villager parishioner householder motorist passenger carer widow widower grandma grandad
  machinist mechanic carpenter hairdresser barber midwife pharmacist dentist lecturer pupil
  grocer florist hotelier restaurateur gardener hiker angler swimmer protester petitioner supporter
  opponent critic spectator attendee applicant professor researcher academic economist analyst scientist statistician
`);

/**
 * A calling built on a compound's last part ("Ratepayer", "Leaseholder", "Beekeeper", "Churchgoer",
 * "Steelworker"): three letters or more before the part, so a surname such as "Walker" alone is not one.
 */
const COMPOUND_CALLING_RE = /^[a-z]{3,}(?:payer|holder|owner|keeper|goer|worker|maker|seller|buyer|giver|grower|breeder|dweller|walker|watcher)$/;

/** Is this word (any case) a calling that may stand before a name ("Farmer Earl Whitcomb", "Ratepayer Doug Ames")? */
export function isCalling(word: string): boolean {
  const l = word.toLowerCase();
  return OCCUPATION_WORDS.has(l) || testNative(COMPOUND_CALLING_RE, l) || isPluralCalling(l);
}

/** A calling in the plural, which opens a list of names ("Residents Paul Dean and Marie Cole"). */
export function isPluralCalling(word: string): boolean {
  const l = word.toLowerCase();
  return l.length > 3 && l.endsWith('s') && (OCCUPATION_WORDS.has(l.slice(0, -1)) || testNative(COMPOUND_CALLING_RE, l.slice(0, -1)));
}

/** Political party words and abbreviations (compared lower-case). */
// prettier-ignore
export const PARTY_WORDS = words(`
  labour conservative conservatives tory tories lib dem dems liberal liberals democrat democrats
  democratic republican republicans green greens reform independent independents snp plaid cymru
  ukip con lab ld ind gop dfl sinn féin fein dup sdlp uup tuv alliance aontú fianna fáil fine gael
  nationals ndp liberal-national teal teals progressive
`);

/** Parties' members in the plural ("the 15 Conservatives", "fellow Tories A and B"), compared lower-case. */
export const PARTY_PLURALS = words(`tories conservatives democrats republicans dems greens independents nationalists unionists`);

/** Words that may precede a name as part of a role, capitalised ("Former", "Acting"). */
// prettier-ignore
export const MODIFIER_WORDS = words(`
  former acting interim shadow senior veteran current then outgoing incoming newly elected
  opposition deputy depute assistant vice joint principal fellow temporary presiding majority minority
`);

/**
 * Capitalised role words that can stand before a name ("City Manager", "Police Chief",
 * "Prime Minister"). They are context, not part of the name.
 */
// prettier-ignore
export const CAPITAL_ROLE_WORDS = words(`
  chief executive director leader deputy city county town village manager council councillor member cabinet
  secretary minister prime state police fire superintendent commissioner mayor metro vice lord
  chair chairman chairwoman chairperson president mp mep msp td health education finance housing
  transport planning schools district attorney general sheriff undersheriff treasurer clerk auditor comptroller mla mha mhr mpp mna mlc mhk states isd cisd usd cusd drain
  controller governor senator representative assembly board supervisor crime officer monitoring
  corporate strategic services service social children's adult adults head borough parish
  environment regeneration communities economy culture public safety home foreign justice
  culture chancellor exchequer whip spokesman spokeswoman spokesperson portfolio holder lead section
  administrator trustee provost inspector registrar coroner vice constable detective ceo cfo
  government party group independent zoning commission development works utilities building
  planner engineer surveyor assessor appraiser archivist librarian developer architect
  area station enforcement behavioral behavioural mental team chancery circuit probate governing
  select moderator committee authority business operations operating financial medical nursing clinical water
  recreation resources technology information budget academic library libraries traffic transportation highways
  road roads bridge bridges audit law hm fiscal counsel counselor counsellor school detention jail marshal township jury juror
  highway selectboard shire tribal returning administrative community economic airport aviation harbor harbour ports harbors harbours transit emergency athletic athletics activities code
  facilities environmental sustainability tourism leisure neighborhood neighbourhood procurement communications
  licensing revenue revenues compliance election elections utility parks plan solid waste sanitation recycling
  interior defence defense treasury trade energy security veterans levelling pensions local
  defender roadmaster foreman management purchasing property tax land use dispatcher magistrate examiner ombudsman delegate register recorder collector watch crew prosecutor judge legislator legislature regional investigator
  human common employment tribunal billing ethics historic preservation heritage arts appeals adjustment cemetery civil rights
  meetings rector commander arborist forester naturalist historian ecologist hydrologist geologist epidemiologist army navy naval marine marines military air force guard corps
`);

/** A title word without an "-elect" or "-at-large" ("Treasurer-elect" -> "Treasurer"): the office itself. */
export const officeWord = (w: string): string => w.replace(/-(?:elect|at-large)$/i, '');

/**
 * A capitalised role word, or a hyphenated compound of them ("Clerk-Treasurer"), also one not yet
 * taken up or held at large ("Treasurer-elect", "Trustee-at-large"); `l` is lower case.
 */
export function isCapitalRoleWord(l: string): boolean {
  if (CAPITAL_ROLE_WORDS.has(l)) return true;
  const office = officeWord(l);
  return office.includes('-') ? office.split('-').every((p) => CAPITAL_ROLE_WORDS.has(p)) : office !== l && CAPITAL_ROLE_WORDS.has(office);
}

/**
 * Last words of a firm's name ("Hale Design", "Dale Roofing", "Norvik Renewables"): a post held
 * there is private (role-owner.ts), and a capitalised run ending in one is an organisation.
 */
// prettier-ignore
export const FIRM_NAME_ENDS = words(`
  design designs architects architecture engineering consulting consultants associates partners solutions
  accountants solicitors surveyors advisers advisors
  builders contractors construction developments holdings industries enterprises systems
  paving roofing plumbing landscaping haulage demolition excavating excavation asphalt contracting disposal hauling trucking towing
  renewables
  travel coaches taxis cabs motors garages logistics removals
  action
`);

/** Last words that make a capitalised run an organisation or place, even with a role cue. */
// prettier-ignore
export const STRONG_ORG_SUFFIXES = new Set([...FIRM_NAME_ENDS, ...words(`
  council councils borough party ltd limited plc inc llc llp corp corporation co company trust hospital infirmary cpas
  hospitals committee department dept university college school schools academy authority agency
  commission association society foundation institute institution federation union alliance network
  partnership club chamber fund bank office bureau ministry library libraries museum gallery theatre theater stadium arena
  market hotel times post mail news gazette echo herald telegraph guardian express mirror observer
  chronicle journal standard argus advertiser courier tribune press radio tv television channel
  act bill plan scheme programme program project strategy review report inquiry budget fc afc
  cathedral mosque temple centre center station airport estate services service group board panel tribunal tribunals áras
  government cabinet parliament assembly police constabulary elementary primary secondary infants nursery
  road rd avenue ave square crescent terrace gardens drive boulevard blvd parkway highway plaza
  homes utilities parking development realty ventures properties planning motors logistics lettings
  engineers economics strategies
  heights valley springs meadows bay beach island harbour quay wharf docks creek canyon
  research insights analytics finance capital media lab labs laboratory laboratories technologies software energy
  housing healthcare pharmacy foods farm farms brewery distillery studios productions publishing recruitment
  insurance investments railway railways buses coaches airlines airways pharmaceuticals transport
  inn tavern pub restaurant cafe café diner bistro bakery taproom brewpub saloon motel hostel harbor marina
  water gas electric rail transit telecom broadband township townships
`)]);

/**
 * Suffixes that also serve as surnames (Hall, Street, Ward, Lane): they reject a capitalised run
 * only when nothing else says it is a person.
 */
// prettier-ignore
export const WEAK_ORG_SUFFIXES = words(`
  street st lane hall house park way green hill wood field bridge church court bell page brook
  ward close place row walk town city county district region village marsh vale moor cross gate grove
  heath woods fields hills falls downs lodge grill bar high
`);

/** Letters after a name that are not part of it. */
export const POSTNOMINALS = words(`mp mep msp mla mlc mhk mha mpp mna mhr ms am td qc kc obe mbe cbe jp jr sr ii iii iv phd dl msc bsc`);

/** Lower-case particles inside surnames ("van der", "de"). */
export const NAME_PARTICLES = words(`de da di du del della der den van von le la bin bint ibn al ter ten dos das do los las ap ab an`);

// "J", "J." and run-together initials "J.R." / "A.J.".
const INITIAL_RE = new RegExp(String.raw`^(?:[${LU}]\.?|(?:[${LU}]\.){2,3})$`, 'u');
const CAPITAL_START_RE = new RegExp(String.raw`^(?:[${LU}]|(?:t|h|n|bh|mb|gc|dt|bp)[${LU}])`, 'u');
const LOWER_RE = new RegExp(String.raw`[${LL}]`, 'u');
const PART_START_RE = new RegExp(String.raw`^(?:[${LU}]|O['’][${LU}]|d['’][${LU}]|(?:t|h|n|bh|mb|gc|dt|bp)[${LU}])`, 'u');

/** True when a capitalised token reads as part of a personal name. */
export function looksLikeNameToken(token: string): boolean {
  if (testNative(INITIAL_RE, token)) return true; // initial
  if (!testNative(CAPITAL_START_RE, token)) return false;
  if (!testNative(LOWER_RE, token)) return false; // acronyms such as NHS
  // Every hyphenated part must itself be capitalised: "Smith-Jones", not "London-based"; but a
  // romanised given name writes its second syllable in lower case ("Hye-jin", "Mei-ling").
  return token.split('-').every((part) => testNative(PART_START_RE, part)) || testNative(SYLLABLE_NAME_RE, token);
}

/**
 * "Hye-jin", "Seung-hoon", "Mei-ling": two short syllables; not "Tory-led", "Pre-war", "Labour-run".
 * "Jae-won", "Ji-won": "won" after a syllable of two or three letters ("Tory-won" has four).
 */
const SYLLABLE_NAME_RE =
  /^[A-Z][a-z]{1,2}-won$|^[A-Z][a-z]{1,4}-(?!(?:led|run|won|war|era|old|new|end|day|way|fed|set|off|out|like|wide|born|made|free|only|type|size|week|year|term|time|held|hit|lit|cut|tax|pay|rich|poor|long|high|low|back|side|land|town)$)[a-z]{2,5}$/;

/** True for a single-letter initial ("P", "J."). */
export function isInitial(token: string): boolean {
  return testNative(INITIAL_RE, token);
}

/** Churches' denominations: a run holding one names a church ("Ballyfane Presbyterian Church"), not a person. */
export const DENOMINATIONS = words(`
  presbyterian methodist baptist anglican catholic lutheran episcopal episcopalian pentecostal evangelical congregational unitarian
`);
