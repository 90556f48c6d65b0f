/**
 * Decides which stored official each submitted name is. Pure (no Dexie) so the rules are tested
 * directly and shared by `rememberArticle` (which writes the result) and `pageContext` (which only
 * reads it).
 */
import type { SubmittedOfficial } from '@/messaging/protocol';
import type { OfficialRecord } from '@/core/model/records';
import { nameKey, nameSlug, nameTokens, surnameVariants } from './official-names';

/** Most aliases kept per official: enough for every spelling, bounded against odd pages. */
const MAX_ALIASES = 40;

/** Result of resolving one submission's officials against the stored ones. */
export interface Resolution {
  /** Official id per submitted official, in the submitted order. */
  ids: string[];
  /** Official records to write: new ones and existing ones with new aliases or roles. */
  changed: Map<string, OfficialRecord>;
}

function keysOf(o: OfficialRecord): string[] {
  return [o.name, ...o.aliases].map(nameKey).filter((k) => k.length > 0);
}

function surnameOf(o: OfficialRecord): string {
  const tokens = nameTokens(o.name);
  return tokens[tokens.length - 1] ?? '';
}

/** The only element of `list`, or undefined when there are none or several. */
function single<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** Finds an existing official for `sub`, following the rules in `resolveOfficials`. */
function findExisting(sub: SubmittedOfficial, pool: OfficialRecord[], local: OfficialRecord[]): OfficialRecord | undefined {
  if (sub.watchlistId) return pool.find((o) => o.id === sub.watchlistId);
  const tokens = nameTokens(sub.name);
  const key = tokens.join(' ');
  if (!key) return undefined;
  if (tokens.length > 1) {
    const exact = pool.filter((o) => keysOf(o).includes(key));
    if (exact.length > 0) return exact.sort((a, b) => a.id.localeCompare(b.id))[0];
    // "P Harvey" (council minutes use initials) joins the one Harvey whose first name starts with P.
    const [first, ...rest] = tokens;
    if (first && first.length === 1) {
      const restKey = rest.join(' ');
      return single(
        pool.filter((o) => {
          const t = nameTokens(o.name);
          return t.length > 1 && t[0]!.startsWith(first) && t.slice(1).join(' ').endsWith(restKey);
        }),
      );
    }
    return pool.find((o) => o.id === nameSlug(sub.name));
  }
  // A surname alone ("Rogers", "Mr Roger's") joins the one official with that surname, looking
  // first among the full names of this same article, which is what the writer referred back to.
  const variants = surnameVariants(sub.name);
  const withSurname = (list: OfficialRecord[]) => list.filter((o) => nameTokens(o.name).length > 1 && variants.includes(surnameOf(o)));
  return single(withSurname(local)) ?? single(withSurname(pool)) ?? pool.find((o) => variants.includes(nameKey(o.name)));
}

function addUnique(list: string[], values: (string | null | undefined)[], caseless: boolean): string[] {
  const out = [...list];
  const seen = new Set(out.map((v) => (caseless ? v.toLowerCase() : v)));
  for (const v of values) {
    const t = v?.trim();
    if (!t) continue;
    const k = caseless ? t.toLowerCase() : t;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

/**
 * Resolves each submitted official to an official id:
 * 1. the watchlist id when the detector matched the reader's watchlist;
 * 2. else an existing official whose name or an alias has the same normalised full name
 *    (titles, accents, punctuation and possessives ignored), or, for "P Harvey", the single
 *    official whose first name starts with P and surname matches;
 * 3. else, for a surname alone ("Rogers", "Mr Rogers"), the single official with that surname
 *    among this article's full names, else among all officials;
 * 4. else a new official whose id is a slug of the normalised name ("mark-rogers").
 * Full names are resolved before surnames so "Rogers" in the same article joins "Mark Rogers".
 * Aliases (the submitted name and surface forms) and roles are added to the matched record.
 */
export function resolveOfficials(
  existing: readonly OfficialRecord[],
  submitted: readonly SubmittedOfficial[],
  now: Date,
  kind: OfficialRecord['kind'] = 'official',
): Resolution {
  // Officials and other people are matched only among their own kind: a resident who shares a
  // councillor's name is not the councillor. Records from before kinds existed are officials.
  const pool = existing.filter((o) => (o.kind ?? 'official') === kind);
  const changed = new Map<string, OfficialRecord>();
  const ids: string[] = new Array<string>(submitted.length).fill('');
  const order = submitted.map((sub, i) => ({ sub, i })).sort((a, b) => Number(nameTokens(a.sub.name).length < 2) - Number(nameTokens(b.sub.name).length < 2));
  const local = new Map<string, OfficialRecord>();
  for (const { sub, i } of order) {
    const found = findExisting(sub, pool, [...local.values()]);
    const base: OfficialRecord = found ?? {
      // Other people's ids are prefixed, so a person never takes an official's id.
      id: kind === 'person' ? `person-${nameSlug(sub.name)}` : sub.watchlistId || nameSlug(sub.name),
      name: sub.name.trim(),
      aliases: [],
      roles: [],
      watchlistId: kind === 'person' ? null : (sub.watchlistId ?? null),
      kind,
      updatedAt: now.toISOString(),
    };
    const aliases = addUnique(base.aliases, [sub.name, ...sub.forms], false)
      .filter((a) => a !== base.name)
      .slice(0, MAX_ALIASES);
    const roles = addUnique(base.roles, [sub.role], true);
    const watchlistId = base.watchlistId ?? sub.watchlistId ?? null;
    const dirty = !found || aliases.length !== base.aliases.length || roles.length !== base.roles.length || watchlistId !== base.watchlistId;
    const record = dirty ? { ...base, aliases, roles, watchlistId, updatedAt: now.toISOString() } : base;
    if (dirty) changed.set(record.id, record);
    const at = pool.findIndex((o) => o.id === record.id);
    if (at >= 0) pool[at] = record;
    else pool.push(record);
    local.set(record.id, record);
    ids[i] = record.id;
  }
  return { ids, changed };
}
