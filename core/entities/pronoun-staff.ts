/**
 * "County Executive Steve Ballard signed the order. His spokeswoman, Kara Moss, said ...": a
 * spokesperson or aide given as "his" or "her" works for the person just named, so is an official
 * when that person is one (a public official's staff), and is left alone otherwise.
 */
import type { Entity } from './coreference';
import { testNative } from '../native-regexp';

/** "his spokeswoman", "her chief of staff", "her deputy", "his senior adviser": the owner is a pronoun, the post an aide's. */
const PRONOUN_OWNER_RE = /^(?:his|her)\s*$/i;
const STAFF_POST_RE =
  /^(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|(?:senior\s+)?aide|(?:chief\s+|first\s+|senior\s+)?deputy|(?:personal\s+|executive\s+)?assistant|chief\s+of\s+staff|(?:(?:senior|special|chief|political)\s+)?advis[eo]r|(?:communications|policy)\s+(?:director|adviser|advisor|officer))$/i;

/** How far back (characters) the person a pronoun points to may be named. */
const ANTECEDENT_WINDOW = 300;

const isPronounStaff = (e: Entity): boolean =>
  e.roles.some((r) => !!r.role && !!r.owner && testNative(PRONOUN_OWNER_RE, r.owner) && testNative(STAFF_POST_RE, r.role.trim()));

/**
 * For each entity not yet official, whether it is the pronoun-owned aide of the person named last
 * before it (within {@link ANTECEDENT_WINDOW}), who is an official. `official[i]` is entity i's decision so far.
 */
export function staffOfOfficials(entities: readonly Entity[], official: readonly boolean[]): boolean[] {
  // Every mention's start and owner, in text order, searched by halves: linear however many aides a page names.
  const starts: { at: number; who: number }[] = entities.flatMap((e, who) => e.mentions.map((m) => ({ at: m.start, who })));
  starts.sort((a, b) => a.at - b.at);
  return entities.map((e, i) => {
    if (official[i] || !isPronounStaff(e)) return false;
    const at = e.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
    // The last mention before this entity's first is another entity's: the person the pronoun points to.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    const before = starts[lo - 1];
    return !!before && official[before.who]! && at - before.at <= ANTECEDENT_WINDOW;
  });
}
