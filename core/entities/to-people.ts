/**
 * Final step: decide who is an official, pick each person's role and title, apply the watchlist,
 * and order people by first mention.
 */
import type { Person } from '@/core/model/analysis';
import { type Entity, entityName } from './coreference';
import { matchEntry, type PreparedEntry } from './watchlist-match';

function pickRole(e: Entity, official: boolean): string | null {
  // A concrete office ("chief executive") beats a vague "council official".
  const statedAll = e.roles.filter((r) => r.role && r.official && !r.fromTitle);
  const stated = statedAll.find((r) => !/\bofficials?$/i.test(r.role!)) ?? statedAll[0];
  if (official) {
    // An official's stated role wins even when it alone would not show office ("The Chairman, Cllr X").
    const anyStated = e.roles.find((r) => r.role && !r.fromTitle);
    return stated?.role ?? anyStated?.role ?? e.roles.find((r) => r.role && r.official)?.role ?? e.watchlistRole ?? null;
  }
  return e.roles.find((r) => r.role && !r.official && !r.fromTitle)?.role ?? null;
}

function pickTitle(e: Entity): string | null {
  const t = e.titles.find((x) => x.info.kind === 'office') ?? e.titles[0];
  return t ? t.text.replace(/\.$/, '') : null;
}

/** Split entities into officials and people, as `Person` records with mentions in body order. */
export function toPeople(entities: Entity[], watch: PreparedEntry[]): { officials: Person[]; people: Person[] } {
  const officials: Person[] = [];
  const people: Person[] = [];
  const used = new Set<string>();
  for (const e of entities) {
    const titled = e.titles.some((t) => t.info.kind === 'office') || e.roles.some((r) => r.official);
    const hit = matchEntry(entityName(e), e.first, e.surname, titled, watch);
    if (hit && !used.has(hit.entry.id)) {
      used.add(hit.entry.id);
      e.watchlistId = hit.entry.id;
      e.watchlistRole = hit.entry.role ?? null;
      // A surname-only or initial-only person takes the watchlist's full name.
      if (!e.first || e.first.replace(/\.$/, '').length === 1) e.words = hit.words;
    }
    const official = !!e.watchlistId || e.roles.some((r) => r.official);
    const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
    const person: Person = {
      name: entityName(e),
      role: pickRole(e, official),
      title: pickTitle(e),
      watchlistId: e.watchlistId,
      mentions,
    };
    (official ? officials : people).push(person);
  }
  const byFirst = (a: Person, b: Person): number => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
  return { officials: officials.sort(byFirst), people: people.sort(byFirst) };
}
