/**
 * Short forms of given names, so a quoted "Greg" can refer back to "Gregory Hale". Only the common
 * English short forms: a prefix of the full name ("Greg", "Chris", "Nick"), a prefix plus "-y"/"-ie"
 * ("Andy", "Jonny"), and the few irregular ones below.
 */

const IRREGULAR: Record<string, readonly string[]> = {
  bill: ['william'],
  will: ['william'],
  billy: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  rob: ['robert'],
  dick: ['richard'],
  jim: ['james'],
  jimmy: ['james'],
  jack: ['john'],
  johnny: ['john'],
  ted: ['edward'],
  tony: ['anthony'],
  steve: ['stephen', 'steven'],
  mike: ['michael'],
  mick: ['michael'],
  dave: ['david'],
  liz: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  betty: ['elizabeth'],
  kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn'],
  cathy: ['catherine'],
  kathy: ['katherine', 'kathryn'],
  sue: ['susan', 'suzanne'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  meg: ['margaret'],
  sandy: ['alexander', 'alexandra', 'sandra'],
  harry: ['henry', 'harold'],
  hal: ['henry'],
  ned: ['edward'],
  jenny: ['jennifer'],
  becky: ['rebecca'],
  vicky: ['victoria'],
  nicky: ['nicola', 'nicholas'],
  jo: ['joanne', 'joanna', 'josephine'],
  pat: ['patricia', 'patrick'],
  nell: ['helen', 'eleanor'],
  tom: ['thomas'],
  tommy: ['thomas'],
  chuck: ['charles'],
  hank: ['henry'],
  rick: ['richard', 'frederick', 'eric'],
  ricky: ['richard'],
  larry: ['lawrence', 'laurence'],
  jerry: ['gerald', 'jerome', 'jeremiah'],
  gerry: ['gerald', 'gerard', 'geraldine'],
  terry: ['terence', 'teresa', 'theresa'],
  sally: ['sarah'],
  molly: ['mary'],
  polly: ['mary'],
  patty: ['patricia'],
  trish: ['patricia'],
};

/** Full names an irregular short form stands for ("bill" -> william), lower-case. */
export const IRREGULAR_FULL = (short: string): readonly string[] => IRREGULAR[short.toLowerCase()] ?? [];

/** True when `short` is a usual short form of the full given name `full` (both any case). */
export function isShortForm(short: string, full: string): boolean {
  const s = short.toLowerCase();
  const f = full.toLowerCase();
  if (s === f) return true;
  if (IRREGULAR[s]?.includes(f)) return true;
  if (s.length >= 3 && f.length > s.length && f.startsWith(s)) return true;
  // "Andy" for Andrew, "Jonny" for Jonathan: a prefix of three or more letters plus -y / -ie.
  const stem = s.replace(/(?:ie|y)$/, '');
  return stem !== s && stem.length >= 3 && f.length > stem.length && f.startsWith(stem.replace(/(.)\1$/, '$1'));
}

/** Given names that are also everyday words or months ("May", "Will", "Grace"): no name on their own. */
const WORD_NAMES = new Set(
  'may june april august will bill mark grace hope faith joy art frank dean chase rose sue pat dawn summer autumn page hunter earnest carol'.split(' '),
);

/** True when the given name `word` is also an everyday word ("Will", "May"). */
export const isWordName = (word: string): boolean => WORD_NAMES.has(word.toLowerCase());
