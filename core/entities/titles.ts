/**
 * Title lexicon: words written directly before a name ("Cllr", "Mr", "Metro Mayor").
 * A title is part of the mention text; an office title also makes the person an official.
 */
import { officeWord } from './not-names';

/** How a title bears on officialness. */
export type TitleKind = 'office' | 'honorific';

/** What a title tells us about the person it precedes. */
export interface TitleInfo {
  kind: TitleKind;
  /** Role implied by the title when the article states none ("councillor"). */
  role: string | null;
  /** Gender cue used to keep "Mr Smith" and "Mrs Smith" apart. */
  gender?: 'm' | 'f';
  /** Titles like "Mayor" often follow a descriptive prefix ("West Midlands Mayor"). */
  absorbsPrefix?: boolean;
  /** Knights and dames are called by title and given name ("Sir Anthony"). */
  withFirstName?: boolean;
  /** A capitalised role used as a title ("County Administrator"): its text is the stated role. */
  stated?: boolean;
}

const office = (role: string, absorbsPrefix = false): TitleInfo => ({ kind: 'office', role, absorbsPrefix });
const honorific = (gender?: 'm' | 'f'): TitleInfo => ({ kind: 'honorific', role: null, gender });

/** Keys are lower-case, without full stops, words joined by one space. */
const TITLES: Record<string, TitleInfo> = {
  coun: office('councillor'),
  cllr: office('councillor'),
  councillor: office('councillor'),
  councilor: office('councilor'),
  councilmember: office('council member'),
  'council member': office('council member'),
  councilman: office('councilman'),
  councilwoman: office('councilwoman'),
  alderman: office('alderman'),
  alderwoman: office('alderwoman'),
  alderperson: office('alderperson'),
  ald: office('alderman'),
  // Australian and New Zealand councils write "Cr" (plural "Crs"); some in New South Wales "Clr".
  cr: office('councillor'),
  clr: office('councillor'),
  // The chair of an Irish county council, and its deputy ("Leas-Chathaoirleach", the Irish mutating the noun).
  cathaoirleach: office('cathaoirleach'),
  'leas-chathaoirleach': office('leas-chathaoirleach'),
  'leas-cathaoirleach': office('leas-cathaoirleach'),
  // A Canadian township's or county's head: "Reeve Brian Koster", "Deputy Reeve X", "Warden X".
  reeve: office('reeve'),
  // A Quebec regional county municipality's (MRC's) head: "Prefect Solange X".
  prefect: office('prefect'),
  'deputy reeve': office('deputy reeve'),
  warden: office('warden', true),
  'deputy warden': office('deputy warden'),
  mayor: office('mayor', true),
  'metro mayor': office('metro mayor', true),
  'lord mayor': office('lord mayor', true),
  'deputy mayor': office('deputy mayor', true),
  'vice mayor': office('vice mayor', true),
  'mayor pro tem': office('mayor pro tem', true),
  'president pro tem': office('president pro tem', true),
  // "X General" offices: the second word is no role on its own ("Attorney General", "Auditor General for Wales").
  'attorney general': office('attorney general', true),
  // A US city's chief lawyer: "Corporation Counsel Rachel Ebbesen".
  'corporation counsel': office('corporation counsel'),
  // New York City's elected ombudsman.
  'public advocate': office('public advocate', true),
  // The person a council must consult on standards complaints: "Independent Person Martin Crewe".
  'independent person': office('independent person'),
  'solicitor general': office('solicitor general', true),
  'auditor general': office('auditor general', true),
  'comptroller general': office('comptroller general', true),
  'inspector general': office('inspector general', true),
  'surgeon general': office('surgeon general', true),
  'deputy lord mayor': office('deputy lord mayor', true),
  commissioner: office('commissioner', true),
  supervisor: office('supervisor', true),
  // California papers shorten a county supervisor so: "Sup. Ana Ruiz".
  sup: office('supervisor'),
  assemblymember: office('assembly member'),
  assemblyman: office('assemblyman'),
  assemblywoman: office('assemblywoman'),
  senator: office('senator'),
  sen: office('senator'),
  'state sen': office('state senator'),
  rep: office('representative'),
  // Virginia's, Maryland's and West Virginia's lower houses: "Del. Ken Ward" (see DOTTED_ONLY), "State Delegate X".
  // ("Delegate" alone is left out: a union's or a party conference's delegates hold no office.)
  'state delegate': office('state delegate'),
  del: office('delegate'),
  // A New York county legislator, in the papers' short form: "Legis. Tom Brannigan".
  legis: office('legislator'),
  'state rep': office('state representative'),
  // Members of Congress and federal prosecutors written with the country ("U.S. Rep. Lisa Chao"):
  // keys drop only a word's last full stop, so "U.S." is "u.s".
  'u.s rep': office('representative'),
  'u.s representative': office('representative'),
  'u.s sen': office('senator'),
  'u.s senator': office('senator'),
  'u.s attorney': office('U.S. attorney'),
  'u.s district judge': office('district judge'),
  'u.s magistrate judge': office('magistrate judge'),
  'u.s bankruptcy judge': office('bankruptcy judge'),
  // A county's elected prosecutor: Florida's "State Attorney X", and Illinois's or Maryland's
  // "State's Attorney X" (the possessive is kept in the mention, see name-spans.ts).
  'state attorney': office('state attorney'),
  // Washington's, Missouri's or Ohio's: "Prosecuting Attorney X", "County Prosecuting Attorney Y".
  'prosecuting attorney': office('prosecuting attorney'),
  // (And not the first two words of a state's "Attorney General".)
  'state attorney general': office('attorney general', true),
  // Complaints ombudsmen ("Housing Ombudsman Richard Blakeway", "Ombudsman Amy Lee").
  ombudsman: office('ombudsman'),
  'housing ombudsman': office('housing ombudsman'),
  'local government ombudsman': office('local government ombudsman'),
  // The presiding officer of a legislature or council ("House Speaker Ellen Ward").
  speaker: office('speaker'),
  'house speaker': office('house speaker'),
  'assembly speaker': office('assembly speaker'),
  'deputy speaker': office('deputy speaker'),
  gov: office('governor'),
  governor: office('governor'),
  selectman: office('selectman'),
  selectwoman: office('selectwoman'),
  'first selectman': office('first selectman'),
  'first selectwoman': office('first selectwoman'),
  'first minister': office('first minister'),
  'deputy first minister': office('deputy first minister'),
  freeholder: office('freeholder'),
  // New Jersey's township committees ("Township Committeeman X"); a party's ward committeeman is told by the party before it.
  committeeman: office('committeeman'),
  committeewoman: office('committeewoman'),
  committeeperson: office('committeeperson'),
  sheriff: office('sheriff'),
  // A Kentucky county's elected officers: "District 2 Magistrate X" sits on the fiscal court, "Jailer Y" runs the jail.
  magistrate: office('magistrate'),
  'magistrate judge': office('magistrate judge'),
  jailer: office('jailer'),
  // A member of a Louisiana parish's governing body, the police jury: "Police Juror Wade Fontenot".
  'police juror': office('police juror'),
  // ("Juror Claude Ardoin" in a story about the jury; a trial's jurors are not named in the papers.)
  juror: office('police juror'),
  judge: office('judge'),
  'district judge': office('district judge'),
  'circuit judge': office('circuit judge'),
  'common pleas judge': office('common pleas judge'),
  'probate judge': office('probate judge'),
  'superior court judge': office('superior court judge'),
  // High Court and Court of Appeal judges in England and Wales: "Mr Justice Fordham", "Lady Justice Carr".
  'mr justice': office('judge'),
  'mrs justice': office('judge'),
  'ms justice': office('judge'),
  'lord justice': office('judge'),
  'lady justice': office('judge'),
  // A circuit judge in court, as English papers write one: "His Honour Judge Martin Cresswell".
  'his honour judge': office('judge'),
  'her honour judge': office('judge'),
  'chief justice': office('chief justice'),
  // New England towns elect a road agent to run their highways.
  'road agent': office('road agent'),
  // Fire services' ranks ("Station Commander X", "Watch Manager Y", "Crew Commander Z").
  'crew commander': office('crew commander'),
  'crew manager': office('crew manager'),
  'watch commander': office('watch commander'),
  'watch manager': office('watch manager'),
  'station commander': office('station commander'),
  'station manager': office('station manager'),
  // US fire departments' ranks and callings ("Battalion Chief X", "Firefighter-paramedic Y").
  'battalion chief': office('battalion chief'),
  'firefighter-paramedic': office('firefighter-paramedic'),
  'firefighter-emt': office('firefighter-EMT'),
  'group commander': office('group commander'),
  // Air force ranks: the whole rank is the title, whatever the post.
  'wing commander': honorific(),
  'squadron leader': honorific(),
  coroner: office('coroner'),
  // County offices US voters elect: "County Assessor X", "Tax Collector X" ("Register of Deeds X" is read as a remit: name-spans.ts).
  assessor: office('assessor', true),
  'tax assessor': office('tax assessor', true),
  'tax collector': office('tax collector', true),
  // A Texas county's elected tax officer, written as one hyphenated word.
  'tax assessor-collector': office('tax assessor-collector', true),
  recorder: office('recorder', true),
  // A Texas appraisal district's head, hired by its elected board ("Chief Appraiser X").
  'chief appraiser': office('chief appraiser', true),
  'senior coroner': office('senior coroner'),
  'area coroner': office('area coroner'),
  'assistant coroner': office('assistant coroner'),
  'chief constable': office('chief constable'),
  // A Jersey parish's head, and its honorary police's senior officer: "Connétable Le Sueur", "Centenier X".
  connétable: office('constable'),
  centenier: office('centenier'),
  'deputy chief constable': office('deputy chief constable'),
  'assistant chief constable': office('assistant chief constable'),
  'chief superintendent': office('chief superintendent'),
  'chief inspector': office('chief inspector'),
  'detective chief inspector': office('detective chief inspector'),
  'detective inspector': office('detective inspector'),
  inspector: office('inspector'),
  'detective superintendent': office('detective superintendent'),
  sergeant: office('sergeant'),
  sgt: office('sergeant'),
  // The RCMP's and US forces' senior sergeants ("Staff Sgt. Ian Rafuse").
  'staff sergeant': office('staff sergeant'),
  'staff sgt': office('staff sergeant'),
  pc: office('police constable'),
  'police constable': office('police constable'),
  bailie: office('bailie'),
  insp: office('inspector'),
  // "Ch Insp X", "Ch Supt Y": British papers' short forms of the chief ranks.
  'ch insp': office('chief inspector'),
  'ch supt': office('chief superintendent'),
  'det ch insp': office('detective chief inspector'),
  'det ch supt': office('detective chief superintendent'),
  'det insp': office('detective inspector'),
  'det sgt': office('detective sergeant'),
  'det supt': office('detective superintendent'),
  'det con': office('detective constable'),
  // Detective ranks as UK papers abbreviate them ("DS Kelly Ward", "DCI Amy Rowe"); not "DC", a US capital's.
  ds: office('detective sergeant'),
  dci: office('detective chief inspector'),
  dsupt: office('detective superintendent'),
  det: office('detective'),
  // Police community support officer (England and Wales).
  pcso: office('police community support officer'),
  // US police and fire ranks, mostly abbreviated ("Lt. Ana Ruiz", "Fire Capt. Joe Kim").
  lt: office('lieutenant'),
  lieutenant: office('lieutenant'),
  'lt gov': office('lieutenant governor'),
  'lieutenant governor': office('lieutenant governor'),
  capt: office('captain'),
  maj: office('major'),
  col: office('colonel'),
  cpl: office('corporal'),
  ofc: office('officer'),
  superintendent: office('superintendent', true),
  provost: office('provost', true),
  // A council's or port authority's harbour master: "Harbourmaster Callum Ross".
  harbourmaster: office('harbourmaster'),
  harbormaster: office('harbormaster'),
  'harbour master': office('harbour master'),
  'harbor master': office('harbor master'),
  // A Scottish city's civic head and deputy ("Lord Provost Fiona McAuley"): offices, not peers.
  'lord provost': office('lord provost', true),
  'depute provost': office('depute provost', true),
  // The Crown's representatives in a county ("Lord Lieutenant Andrew Coombe", "High Sheriff X"): offices, not a peer or a police sheriff.
  'lord lieutenant': office('lord lieutenant', true),
  'lord-lieutenant': office('lord lieutenant', true),
  'deputy lieutenant': office('deputy lieutenant', true),
  'high sheriff': office('high sheriff', true),
  // The chair of a Scottish council committee, used as a title ("Convener Baird").
  convener: office('convener'),
  convenor: office('convenor'),
  supt: office('superintendent'),
  lord: { kind: 'office', role: 'peer', gender: 'm' },
  baroness: { kind: 'office', role: 'peer', gender: 'f' },
  mr: honorific('m'),
  mrs: honorific('f'),
  ms: honorific('f'),
  miss: honorific('f'),
  mx: honorific(),
  dr: honorific(),
  sir: { kind: 'honorific', role: null, gender: 'm', withFirstName: true },
  dame: { kind: 'honorific', role: null, gender: 'f', withFirstName: true },
  lady: honorific('f'),
  prof: honorific(),
  professor: honorific(),
  rev: honorific(),
  revd: honorific(),
  reverend: honorific(),
  // Clergy of other churches and faiths ("Fr Tom Kane", "Pastor Dennis Reyes", "Rabbi Sam Levy", "Imam Ali
  // Khan", "Canon Carys Watkin"): people, never officials by it. ("Father" and "Bishop" are left out: "Father Christmas", "Cllr Bishop".)
  fr: honorific('m'),
  pastor: honorific(),
  rabbi: honorific(),
  imam: honorific(),
  canon: honorific(),
  archdeacon: honorific(),
  'rt hon': honorific(),
  // A ship's master's, or a retired officer's, courtesy title ("Captain Robert Ellery, the harbour board's
  // chairman"): part of the name, no office by itself; a police or fire captain is told by "Fire Capt." or a role.
  captain: honorific(),
  'the rt hon': honorific(),
};

/** First words of every title, to skip most tokens with one set lookup. */
const TITLE_FIRST_WORDS = new Set(Object.keys(TITLES).map((k) => k.split(' ')[0]!));

/** Normalise a title word or phrase to its lexicon key. */
export function titleKey(words: readonly string[]): string {
  return words.map(bareTitleWord).join(' ');
}

/**
 * A title word lower-cased, without its full stop, an "-elect" or an "-at-large" ("Cllr." -> "cllr",
 * "Mayor-elect" -> "mayor", "Councilmember-at-large" -> "councilmember").
 */
const bareTitleWord = (w: string): string => officeWord(w.replace(/\.$/, '')).toLowerCase();

/** Look a title up by its words ("Metro", "Mayor"); null when it is not a title. */
export function lookupTitle(words: readonly string[]): TitleInfo | null {
  const info = TITLES[titleKey(words)] ?? null;
  const last = words[words.length - 1]!;
  if (!info?.role) return info;
  // "Mayor-elect": the office, not yet taken up. "Councilmember-at-large": the office and its seat.
  if (/-elect$/i.test(last)) return { ...info, role: `${info.role}-elect` };
  return /-at-large$/i.test(last) ? { ...info, role: `${info.role} at-large` } : info;
}

/** Abbreviations that are titles only with their full stop: "Del. Ken Ward" is a delegate, "Del Harris" a given name ("Col Reinke", an Australian Colin). */
const DOTTED_ONLY = new Set(['del', 'legis', 'col']);

/**
 * Longest title starting at `index` in a token list (up to three words), as a word count,
 * or 0. Multi-word titles are tried first so "Metro Mayor" wins over "Metro".
 */
export function matchTitleAt(words: readonly string[], index: number): number {
  const w = words[index];
  // "MS Llyr Davies": a Member of the Senedd written in capitals, a post before the name (see leading-role.ts), not "Ms".
  if (w === undefined || w === 'MS' || !TITLE_FIRST_WORDS.has(bareTitleWord(w))) return 0;
  if (DOTTED_ONLY.has(bareTitleWord(w)) && !w.endsWith('.')) return 0;
  for (let n = 3; n >= 1; n--) {
    if (index + n > words.length) continue;
    if (lookupTitle(words.slice(index, index + n))) return n;
  }
  return 0;
}

/** True when two titles cannot belong to the same person (Mr versus Mrs). */
export function titlesConflict(a: TitleInfo | null, b: TitleInfo | null): boolean {
  return !!(a?.gender && b?.gender && a.gender !== b.gender);
}
