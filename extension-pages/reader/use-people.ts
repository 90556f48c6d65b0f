/** Live data for the People tab: officials and other people matching the search, and the open dossier. */
import { isOfficialRecord } from '@/core/model/records';
import { listOfficials, officialDossier } from '@/storage/official-queries';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';

/**
 * Officials and the other people articles name, matching `search`, and the dossier of `openId`
 * (null when none is open); nothing is read while not `enabled` (the tab neither shown nor reached for).
 */
export function usePeople(search: string, openId: string | null, enabled = true) {
  const everyone = useLiveQuery(enabled ? () => listOfficials(db, { text: search || undefined, kind: 'both' }) : null, [search, enabled]);
  const dossier = useLiveQuery(openId ? () => officialDossier(db, openId) : null, [openId]);
  const all = everyone.value ?? [];
  return {
    officials: all.filter((o) => isOfficialRecord(o.official)),
    others: all.filter((o) => !isOfficialRecord(o.official)),
    dossier: openId ? (dossier.value ?? null) : null,
    error: everyone.error ?? dossier.error,
  };
}
