/**
 * View shapes of the People tab. Structurally the same as what storage's `listOfficials` and
 * `officialDossier` return, declared here so components do not depend on storage.
 */
import type { DossierEntry } from '@/core/model/views';

/** The parts of an official record the People tab shows. */
export interface OfficialView {
  id: string;
  name: string;
  roles: string[];
  aliases: string[];
  /** Set when the official is on the reader's watchlist. */
  watchlistId: string | null;
}

/** One official in the list, with how many saved articles name them. */
export interface OfficialSummary {
  official: OfficialView;
  articleCount: number;
  lastSeen: string | null;
}

/** Everything known about one official across saved articles, oldest first. */
export interface DossierView {
  official: OfficialView;
  entries: DossierEntry[];
}
