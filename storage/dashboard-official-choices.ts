/**
 * Officials for filter menus (the popup's Notes filter): those named in at least one saved article,
 * by name. Reads the mentions index's keys only, not the mention records, so it stays cheap at
 * thousands of mentions (the People tab's counts come from `listOfficials` when it is opened).
 */
import type { CouncilLensDb } from './db';

/** `{ id, name }` of every official some saved article names, alphabetically; other people left out. */
export async function officialChoices(db: CouncilLensDb): Promise<{ id: string; name: string }[]> {
  const ids = (await db.mentions.orderBy('officialId').uniqueKeys()).map(String);
  const officials = await db.officials.bulkGet(ids);
  return officials
    .filter((o) => !!o && o.kind !== 'person')
    .map((o) => ({ id: o!.id, name: o!.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
