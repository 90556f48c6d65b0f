/**
 * "County epidemiologist Brian Kerr said", "Jail administrator Wanjiru Kimani said": a public body's
 * name opening the sentence, then a lower-case job, then the name. The job may be one the lexicon
 * does not list; the body makes it public staff, as "the council's ecologist, X" does.
 */
import { OCCUPATION_WORDS } from './not-names';
import type { RoleCue } from './roles';
import { execNative } from '../native-regexp';

/** Capitalised words that name a public body when they open a sentence before a job. */
const BODY = 'County|City|Town|Township|Village|Borough|District|Parish|State|Council|Jail|Sheriff|Police|Fire|School|Library|Highways?';
/** A job: one or two lower-case words, the last ending like a job noun ("officer", "epidemiologist", "librarian"). */
const BODY_JOB_RE = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \u00A0]+)(${BODY})[ \u00A0]+((?:[a-z]{3,}[ \u00A0]+)?[a-z]{3,}(?:ist|ian|er|or|ant))[ \u00A0]+$`);
/**
 * Jobs that are people the story quotes, not staff ("Town developer", "Council tax payer"), besides the
 * callings in OCCUPATION_WORDS ("City resident", "School parent"), which are checked too.
 */
// prettier-ignore
const NOT_STAFF = new Set([
  'developer', 'protester', 'protestor', 'founder', 'partner', 'member', 'customer', 'user', 'dweller', 'lover',
  'supporter', 'neighbor', 'payer', 'taxpayer', 'ratepayer', 'householder', 'leaseholder', 'shopper', 'commuter',
  'rider', 'passenger', 'walker', 'swimmer', 'borrower', 'lender', 'buyer', 'seller', 'renter', 'visitor', 'player',
  'reader', 'viewer', 'listener', 'caller', 'writer', 'blogger', 'survivor', 'donor', 'sponsor', 'contractor',
  'subcontractor', 'consultant', 'applicant', 'claimant', 'occupant', 'entrant', 'migrant', 'immigrant', 'petitioner',
]);
/** Words ending like a job noun that are not nouns ("Police appeal after X burglary"). */
// prettier-ignore
const NOT_NOUNS = new Set([
  'after', 'under', 'over', 'other', 'another', 'never', 'ever', 'whether', 'either', 'neither', 'rather',
  'together', 'further', 'later', 'earlier', 'former', 'latter', 'major', 'minor', 'within', 'without', 'against',
]);

/** The role of the name at `pos` when a body and a job open its sentence, or null. */
export function bodyJobBefore(text: string, pos: number, limit: number): RoleCue | null {
  const from = Math.max(limit, pos - 60);
  const before = text.slice(from, pos);
  const m = execNative(BODY_JOB_RE, before);
  // The expression's "^" is a sentence start only where the slice starts a paragraph.
  if (!m || (m.index === 0 && from > limit && !/^[.!?]/.test(m[0]))) return null;
  const job = m[2]!.replace(/[ \u00A0]+/g, ' ');
  const head = job.slice(job.lastIndexOf(' ') + 1);
  if (NOT_STAFF.has(head) || job.split(' ').some((w) => OCCUPATION_WORDS.has(w) || NOT_NOUNS.has(w))) return null;
  return { role: `${m[1]!.toLowerCase()} ${job}`, official: true };
}
