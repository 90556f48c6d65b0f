/**
 * Surnames that open with a particle ("Van der Berg", "de la Cruz", "ap Rhys", "Ní Bhriain"). Later
 * references keep the particle ("De la Cruz said", "Mr ap Rhys"), so the whole phrase is the surname,
 * and a run that starts with a particle is a surname, not a given name plus a surname.
 */
import { NAME_PARTICLES } from './not-names';
import { L, M } from '../letters';
import { testNative } from '../native-regexp';

/** Particles that open a surname, compared lower-case: the lower-case set plus Gaelic and Welsh ones. */
const SURNAME_PARTICLES = new Set([...NAME_PARTICLES, 'ní', 'nic', 'mac', 'ó', 'uí', 'ab', 'el']);

/** Capitalised particles that are also given names ("Al Smith", "Van Morrison"): a surname only before another particle. */
const GIVEN_LIKE = new Set(['al', 'el', 'van', 'del', 'dan', 'la', 'le']);

const lower = (w: string): string => w.toLowerCase();

/** The surname of a full name, particles included: "Pieter Van der Berg" -> "Van der Berg". */
export function surnamePhrase(words: readonly string[]): string {
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    // A capitalised particle in the middle is a surname particle unless it is a given-name-like word.
    if (SURNAME_PARTICLES.has(lower(w)) && (w === lower(w) || !GIVEN_LIKE.has(lower(w)) || NAME_PARTICLES.has(words[k + 1]!))) {
      return words.slice(k).join(' ');
    }
  }
  return words[words.length - 1]!;
}

/**
 * Is this run of name words a particle surname on its own ("De la Cruz", "ap Rhys", "Ní Bhriain")?
 * A capitalised "Van" or "Al" first is a given name unless another particle follows it.
 */
export function isParticleSurname(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!;
  const l = lower(first);
  if (!SURNAME_PARTICLES.has(l)) return false;
  return first === l || NAME_PARTICLES.has(words[1]!) || !GIVEN_LIKE.has(l);
}

const LETTER_RE = new RegExp(String.raw`[${L}${M}]`, 'u');

/**
 * Where a mention of a particle surname really starts: "de la Cruz said" is found as "Cruz", so the
 * lower-case particles just before it are taken in when they complete the known surname.
 */
export function particleStart(text: string, start: number, surname: string): number {
  const parts = surname.split(' ');
  if (parts.length < 2) return start;
  const prefix = `${parts.slice(0, -1).join(' ')} `;
  const before = text.slice(Math.max(0, start - prefix.length - 1), start);
  if (!before.toLowerCase().endsWith(prefix.toLowerCase())) return start;
  const at = start - prefix.length;
  // The particles must be a word start, written lower-case here ("said de la Cruz"), not "Code la".
  return testNative(LETTER_RE, text[at - 1] ?? ' ') || text[at] !== text[at]!.toLowerCase() ? start : at;
}
