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
      if (!LIST_GAP_RE.test(text.slice(prev.c.afterEnd, it.c.start))) break;
      if (!it.accepted) out.push(it);
    }
  }
  return out;
}
