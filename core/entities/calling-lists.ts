/**
 * "Residents Paul Dean and Marie Cole spoke against it", "local campaigners Ruth Green, Ann Fisher
 * and Ian Firth": a calling in the plural before a list describes every name in it, as "Resident
 * Paul Dean" describes one. The first name is accepted on the calling itself (acceptance.ts); the
 * rest of the list follows it here.
 */
import type { Item } from './detect-people';
import { wordJustBefore } from './leading-role';
import { isPluralCalling } from './not-names';
import { LIST_GAP_RE } from './shared-roles';
import { givenNameGender } from './given-name-gender';
import { testNative } from '../native-regexp';

/** The longest list a calling is read across (names after it). */
const MAX_LIST = 8;

/** The names that follow an accepted name a plural calling opens, in the same list, not yet accepted. */
export function callingListMembers(text: string, full: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < full.length; i++) {
    const first = full[i]!;
    const calling = wordJustBefore(text, first.c.start, first.c.paraStart);
    if (!first.accepted || !calling || !isPluralCalling(calling)) continue;
    for (let k = i + 1; k < full.length && k <= i + MAX_LIST; k++) {
      const prev = full[k - 1]!;
      const it = full[k]!;
      if (!testNative(LIST_GAP_RE, text.slice(prev.c.afterEnd, it.c.start))) break;
      if (!it.accepted) out.push(it);
    }
  }
  return out;
}

/**
 * "Voting yes were Whitfield and appointees Greg Tallis, Yvonne Marsh and Kevin Rourke": names
 * listed beside someone already accepted are people too, though their surnames are also place
 * words or nothing else in the text speaks of them, when their first word is a common given name.
 * Returns the ones not yet accepted.
 */
export function listedBesideAccepted(text: string, full: readonly Item[]): Item[] {
  const out: Item[] = [];
  let run: Item[] = [];
  const flush = () => {
    // Only names that open with a common given name: a ward or a school may sit in a list of people ("who represents Marbury East, and Coun X").
    if (run.length > 1 && run.some((it) => it.accepted)) out.push(...run.filter((it) => !it.accepted && givenNameGender(it.content[0]!) !== undefined));
  };
  for (const it of full) {
    const prev = run[run.length - 1];
    if (prev && prev.c.paraStart === it.c.paraStart && testNative(LIST_GAP_RE, text.slice(prev.c.afterEnd, it.c.start))) run.push(it);
    else {
      flush();
      run = [it];
    }
  }
  flush();
  return out;
}
