/**
 * The Council Lens database. It is opened only in the extension's own origin (background, popup,
 * options): a content script's IndexedDB would belong to the news site.
 *
 * Schema history — never edit a published version; add a new one with an upgrade and a test.
 * - v1: articles, officials, mentions, annotations, links, watchlist, settings.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Annotation } from '@/core/model/annotation';
import type {
  ArticleRecord,
  LinkRecord,
  MentionRecord,
  OfficialRecord,
  Settings,
  WatchlistRecord,
} from '@/core/model/records';

/** One row of the settings table. */
export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export type CouncilLensDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  officials: EntityTable<OfficialRecord, 'id'>;
  mentions: EntityTable<MentionRecord, 'id'>;
  annotations: EntityTable<Annotation, 'id'>;
  links: EntityTable<LinkRecord, 'id'>;
  watchlist: EntityTable<WatchlistRecord, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
};

/** Index definitions of each schema version, kept so migrations can be tested version by version. */
export const SCHEMA_V1 = {
  articles: 'id, url, siteName, savedAt, publishedTime, *figureKeys, *officialIds',
  officials: 'id, name, *aliases, watchlistId',
  mentions: 'id, officialId, articleId, date',
  annotations: 'id, articleId, createdAt, updatedAt, *tags',
  links: 'id, *articleIds, from.id, to.id',
  watchlist: 'id, name',
  settings: 'key',
};

/** Opens (or creates) the database under `name`; tests pass a fresh name per case. */
export function openDb(name = 'council-lens'): CouncilLensDb {
  const db = new Dexie(name) as CouncilLensDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
