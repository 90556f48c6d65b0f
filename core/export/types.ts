/**
 * What every exporter reads: the records of one export scope, already collected from the database.
 * Exporters are pure functions over this, so they run in Node tests and in the extension alike.
 */
import type { Annotation } from '../model/annotation';
import type { ArticleRecord, LinkRecord, MentionRecord, OfficialRecord, Settings, WatchlistRecord } from '../model/records';

/** The records of one export (or one import), table by table. */
export interface ExportData {
  articles: ArticleRecord[];
  officials: OfficialRecord[];
  mentions: MentionRecord[];
  annotations: Annotation[];
  links: LinkRecord[];
  watchlist: WatchlistRecord[];
  /** Null when the scope is not a full backup (settings are not part of a filtered export). */
  settings: Settings | null;
}

export type { ExportFormat } from './formats';

/** An ExportData with every table empty. */
export function emptyExportData(): ExportData {
  return { articles: [], officials: [], mentions: [], annotations: [], links: [], watchlist: [], settings: null };
}
