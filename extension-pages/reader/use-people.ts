/** Live data for the People tab: officials matching the search, and the open dossier. */
import { listOfficials, officialDossier } from '@/storage/official-queries';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';

/** Officials matching `search`, and the dossier of `openId` (null when none is open); nothing is read while not `enabled`. */
export function usePeople(search: string, openId: string | null, enabled = true) {
  const officials = useLiveQuery(() => (enabled ? listOfficials(db, { text: search || undefined }) : []), [search, enabled]);
  const dossier = useLiveQuery(() => (openId ? officialDossier(db, openId) : null), [openId]);
  return {
    officials: officials.value ?? [],
    dossier: openId ? (dossier.value ?? null) : null,
    error: officials.error ?? dossier.error,
  };
}
