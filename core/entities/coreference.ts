/**
 * Co-reference: one entity per individual, found from full names and titled surnames, then every
 * later surname, titled surname, initial form, possessive or quoted first name resolved to it.
 */
import type { Mention } from '@/core/model/analysis';
import type { RoleCue } from './roles';
import type { TitleInfo } from './titles';
import { titlesConflict } from './titles';
import { isInitial } from './not-names';
import { IRREGULAR_FULL, isShortForm } from './given-names';
import { givenNameGender } from './given-name-gender';
import { testNative } from '../native-regexp';

/** One individual being assembled from the article. */
export interface Entity {
  /** Canonical name words, particles included. */
  words: string[];
  /** First given name or initial, null when only the surname is known. */
  first: string | null;
  surname: string;
  titles: { text: string; info: TitleInfo }[];
  roles: RoleCue[];
  mentions: Mention[];
  /** Offset of the latest mention resolved so far, -1 before the first. */
  lastPos: number;
  watchlistId: string | null;
  watchlistRole: string | null;
  /** A generation's suffix written with the full name ("Jr."), shown after the canonical name. */
  suffix?: string;
  /** Quoted nickname given with the full name ("Ned"), found again like a first name. */
  nickname?: string;
  /**
   * Named in full with an office somewhere in the article ("Supervisors Marcus Bell and Joe Trautmann"),
   * known before any surname is resolved, so a roll read before that mention can still prefer them.
   */
  namedInOffice?: boolean;
  /** Called by the surname alone in a mention resolved so far ("Vandermolen was first elected ..."). */
  calledBySurname?: boolean;
  /** Called by any short form so far (surname, titled surname, first name): the text has chosen a referent. */
  calledShort?: boolean;
  /** Named in full as someone's relative ("his son, Mark Dombrowski"): news style names kin in full. */
  kin?: boolean;
}

/**
 * A name as compared: a page may set the same name with a straight and a curly apostrophe
 * ("O'Neill", "O’Neill"), and with or without its accents ("Díaz", "Diaz": sites and wire copy
 * often drop them).
 */
const fold = (name: string): string =>
  name
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const key = (w: string): string => fold(w.replace(/\.$/, ''));

/** A romanised Korean given name ("Ji-woo", "Suk-min"); Western hyphenated names capitalise both parts. */
const KOREAN_GIVEN_RE = /^[A-Z][a-z]{1,4}-[a-z]{2,5}$/;

/** Canonical name of an entity ("John Clancy"). */
export function entityName(e: Entity): string {
  return e.words.join(' ');
}

function firstCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  if (isInitial(a) || isInitial(b)) return ka[0] === kb[0];
  // "Bob Haines" after "Robert Haines": a usual short form of the same given name.
  return isShortForm(ka, kb) || isShortForm(kb, ka);
}

/** The entity's sex as a title gives it ("Mrs"), or else as its given name usually does ("Lucy"). */
function genderOf(e: Entity): 'm' | 'f' | undefined {
  return e.titles.find((t) => t.info.gender)?.info.gender ?? givenNameGender(e.first);
}

/** Push to a list in a map of lists. */
function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * The set of entities in one article and the lookups over them. Every lookup goes through an index
 * (surname, last surname word, given name, its first three letters, full name), so a page naming
 * thousands of people stays linear.
 */
export class Registry {
  readonly entities: Entity[] = [];
  private readonly bySurnameKey = new Map<string, Entity[]>();
  private readonly byFirstKey = new Map<string, Entity[]>();
  private readonly byFirstStem = new Map<string, Entity[]>();
  private readonly byFullName = new Map<string, Entity>();
  /** The word before the last of names of three or more words (a first surname, or a middle name). */
  private readonly byInnerKey = new Map<string, Entity[]>();

  /** Find or create the entity for a full name (given name or initial plus surname). */
  addFullName(words: string[], first: string, surname: string, title: TitleInfo | null): Entity {
    const same = (this.bySurnameKey.get(key(surname)) ?? []).filter(
      (e) =>
        key(e.surname) === key(surname) &&
        // "Ted Alvarez" after 'Theodore "Ted" Alvarez': the nickname the article gave stands for the given name.
        (firstCompatible(e.first, first) || (!!e.nickname && key(e.nickname) === key(first))) &&
        !titlesConflict(title, e.titles[0]?.info ?? null),
    );
    const exact = same.find((e) => e.first && key(e.first) === key(first));
    const found = exact ?? same.find((e) => e.first && !isInitial(e.first)) ?? same[0];
    if (found) {
      // Upgrade a surname-only or initial-only entity when the full name turns up.
      if (!found.first || (isInitial(found.first) && !isInitial(first))) {
        found.words = words;
        found.first = first;
        this.indexNames(found);
      }
      return found;
    }
    // "Van Dusen" after "Patrick Van Dusen": a two-word surname written alone, not a new given name.
    if (words.length === 2) {
      const tail = `${key(words[0]!)} ${key(words[1]!)}`;
      const longer = (this.bySurnameKey.get(key(words[1]!)) ?? []).find((e) => e.words.length >= 3 && e.words.slice(-2).map(key).join(' ') === tail);
      if (longer) return longer;
    }
    return this.create(words, first, surname);
  }

  /** Entity for a titled surname with no full name anywhere in the article. */
  addSurname(surname: string): Entity {
    return this.bySurname(surname)[0] ?? this.create([surname], null, surname);
  }

  /** Entities whose surname is `word`. */
  bySurname(word: string): Entity[] {
    // A particle surname ("de la Cruz") is also found by its last word ("Cruz"): both keys are indexed.
    return this.bySurnameKey.get(key(word)) ?? [];
  }

  /**
   * Resolve a surname mention at `pos`: the only entity with that surname, or the most recently
   * mentioned one (an office title, or acting in a vote roll, prefers those who hold an office); null when several fit and
   * none was mentioned yet. A possessive misspelt without its final "s" ("Mr Roger's") falls back
   * to the surname with the "s".
   */
  resolveSurname(word: string, title: TitleInfo | null, possessive: boolean, acts = false): Entity | null {
    let pool = this.bySurname(word);
    if (!pool.length && possessive) pool = this.bySurname(`${word}s`);
    if (title?.gender) pool = pool.filter((e) => !genderOf(e) || genderOf(e) === title.gender);
    if (pool.length <= 1) return pool[0] ?? null;
    // "Ms Patel" after Cllr Anne Patel and Cllr Tarun Patel: the one whose given name is known to fit the title,
    // over one whose given name the list does not know.
    const fits = title?.gender ? pool.filter((e) => genderOf(e) === title.gender) : [];
    if (fits.length === 1) return fits[0]!;
    // "Cllr Holloway" after a councillor and a resident who share the surname: the office holder,
    // titled so, or else given an office in words ("Ward councillor Peter Lang ... his wife, Sandra Lang").
    // So does a surname acting in the body's business ("Castellano, Forsythe and Alvarez voted in favor").
    // "Mayor Quinn" after Mayor Patricia Quinn and Councilman Joe Quinn: the one who holds that office.
    const office = title?.kind === 'office' ? title.role : null;
    if (office) {
      const same = pool.filter((e) => e.titles.some((t) => t.info.role === office) || e.roles.some((r) => r.official && r.role?.toLowerCase() === office));
      if (same.length === 1) return same[0]!;
    }
    if (title?.kind === 'office' || acts) {
      const titled = pool.filter((e) => e.titles.some((t) => t.info.kind === 'office'));
      const holders = titled.length > 0 ? titled : pool.filter((e) => e.namedInOffice || e.roles.some((r) => r.official && !r.evidence));
      if (holders.length > 0) pool = holders;
      if (pool.length === 1) return pool[0]!;
    }
    // "Dorothy Vandermolen ... Vandermolen was first elected ... her husband, Henry Vandermolen ...
    // Vandermolen led the opposition": once the text calls one of them by the surname alone, a relative
    // named in full beside them does not take it over.
    if (!title) {
      const called = pool.filter((e) => e.calledBySurname);
      if (called.length === 1) return called[0]!;
      // "Walter Dombrowski ... his son, Mark Dombrowski ... Dombrowski, a Democrat": the first surname
      // alone after both were named in full is the one not introduced as the other's relative.
      const named = pool.filter((e) => e.lastPos >= 0);
      const unrelated = named.filter((e) => !e.kin);
      if (unrelated.length === 1 && named.length > 1 && !named.some((e) => e.calledShort)) return unrelated[0]!;
    }
    let best: Entity | null = null;
    for (const e of pool) if (e.lastPos >= 0 && (!best || e.lastPos > best.lastPos)) best = e;
    return best;
  }

  /**
   * "Councillor María García López ... García added": the first of two surnames, as Spanish and
   * Portuguese names are shortened, when exactly one name of three or more words has the word just
   * before its last, and no one has it as a given name.
   */
  resolveFirstSurname(word: string): Entity | null {
    const k = key(word);
    if ((this.byFirstKey.get(k) ?? []).some((e) => e.first && key(e.first) === k)) return null;
    const pool = new Set((this.byInnerKey.get(k) ?? []).filter((e) => e.words.length >= 3 && key(e.words[e.words.length - 2]!) === k));
    return pool.size === 1 ? [...pool][0]! : null;
  }

  /** A first name alone ("I wish Mark all the best") or its short form, only when exactly one entity has it. */
  resolveFirstName(word: string, shortForms = true): Entity | null {
    const k = key(word);
    const pool = (this.byFirstKey.get(k) ?? []).filter((e) => e.first && !isInitial(e.first) && (key(e.first) === k || (e.nickname && key(e.nickname) === k)));
    if (pool.length || !shortForms) return pool.length === 1 ? pool[0]! : null;
    // "Greg" for Gregory Hale: only when no one is called Greg and exactly one short-form match.
    const near = [...(this.byFirstStem.get(k.slice(0, 3)) ?? []), ...IRREGULAR_FULL(k).flatMap((f) => this.byFirstKey.get(f) ?? [])];
    const short = [...new Set(near)].filter((e) => e.first && !isInitial(e.first) && isShortForm(k, key(e.first)));
    return short.length === 1 ? short[0]! : null;
  }

  /**
   * Completes entities known by an initial from full names that were not themselves taken as
   * people's ("Trustee J. Whitfield" ... "John Whitfield, in his second term"): only where one name
   * fits one entity, so "K. Moss" stays as written beside "Kate Moss and Karen Moss".
   */
  fillInitials(names: { words: string[]; surname: string }[]): void {
    const fitting = new Map<Entity, Set<string>>();
    const chosen = new Map<string, { words: string[]; entities: Entity[] }>();
    for (const { words, surname } of names) {
      const first = words[0]!;
      if (isInitial(first)) continue;
      const entities = (this.bySurnameKey.get(key(surname)) ?? []).filter(
        (e) => key(e.surname) === key(surname) && !!e.first && isInitial(e.first) && firstCompatible(e.first, first),
      );
      const full = fold(words.join(' '));
      chosen.set(full, { words, entities });
      for (const e of entities) fitting.set(e, (fitting.get(e) ?? new Set()).add(full));
    }
    for (const { words, entities } of chosen.values()) {
      const [e] = entities;
      if (!e || entities.length !== 1 || fitting.get(e)?.size !== 1) continue;
      e.words = words;
      e.first = words[0]!;
      this.indexNames(e);
    }
  }

  /** Entity whose canonical name equals `name` exactly (case-insensitive). */
  byName(name: string): Entity | null {
    return this.byFullName.get(fold(name)) ?? null;
  }

  private create(words: string[], first: string | null, surname: string): Entity {
    const e: Entity = { words, first, surname, titles: [], roles: [], mentions: [], lastPos: -1, watchlistId: null, watchlistRole: null };
    this.entities.push(e);
    const k = key(surname);
    push(this.bySurnameKey, k, e);
    const last = key(surname.split(' ').pop()!);
    if (last !== k) push(this.bySurnameKey, last, e);
    // "Park Ji-woo": a Korean given name (two syllables joined by a hyphen, the second in lower case)
    // shows the name is written surname first, so "Park" alone is this person.
    if (words.length === 2 && testNative(KOREAN_GIVEN_RE, words[1]!)) this.addSurnameKey(e, words[0]!);
    this.indexNames(e);
    return e;
  }

  /** Index the given name and full name (again after an upgrade; stale keys are filtered on lookup). */
  private indexNames(e: Entity): void {
    const full = fold(entityName(e));
    if (!this.byFullName.has(full)) this.byFullName.set(full, e);
    const inner = e.words.length >= 3 ? e.words[e.words.length - 2]! : null;
    if (inner && !isInitial(inner)) push(this.byInnerKey, key(inner), e);
    if (!e.first) return;
    push(this.byFirstKey, key(e.first), e);
    push(this.byFirstStem, key(e.first).slice(0, 3), e);
  }

  /**
   * "Mayor Yoon Suk-min ... Mr Yoon": a name written surname first, as Korean, Chinese and
   * Hungarian names often are. When a titled word is nobody's surname but the first word of exactly
   * one full name, that word is this person's surname too, so later bare and titled forms find them.
   * `fits` may rule a name out ("Mrs Lee" is not Lee Anderson, whom the article calls "Mr Anderson").
   * Returns the entity, or null when none or several fit.
   */
  surnameFirst(word: string, fits: (e: Entity) => boolean = () => true): Entity | null {
    const k = key(word);
    const pool = (this.byFirstKey.get(k) ?? []).filter((e) => e.words.length >= 2 && e.first && key(e.first) === k && fits(e));
    const unique = [...new Set(pool)];
    if (unique.length !== 1) return null;
    this.addSurnameKey(unique[0]!, word);
    return unique[0]!;
  }

  private addSurnameKey(e: Entity, word: string): void {
    const k = key(word);
    if (!(this.bySurnameKey.get(k) ?? []).includes(e)) push(this.bySurnameKey, k, e);
  }

  /** Index a nickname given after the entity was created ("Edward "Ned" Fairbanks"). */
  addNickname(e: Entity, nickname: string): void {
    e.nickname = nickname;
    push(this.byFirstKey, key(nickname), e);
  }
}
