/**
 * The Council Lens database. It is opened only in the extension's own origin (background, popup,
 * options): a content script's IndexedDB would belong to the news site.
 *
 * Schema history — never edit a published version; add a new one with an upgrade and a test.
 * - v1: articles, officials, mentions, annotations, links, watchlist, settings.
 * - v2: `tombstones` (a deletion that must win over older saves: outbox replay, import, sync),
 *   `meta` (this profile's `deviceId`, for sync), `updatedAt` indexed everywhere ("changed since"),
 *   links get `updatedAt`, officials a `kind` ('official' | 'person', for the people category).
 * - v3: team sync. `syncUpdates` (this profile's copy of the team's Yjs document, as a log of
 *   updates compacted now and then), `syncShadows` (per shared record, the version both sides last
 *   agreed on, so the bridge can tell which side changed), meta row `sync` (server, token, status).
 *   Annotations may carry `private`, `authorId`, `authorName` (no index: filtered in memory).
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRecord, LinkRecord, MentionRecord, OfficialRecord, Settings, WatchlistRecord } from '@/core/model/records';
import { DB_NAME, SCHEMA_VERSION } from './schema-version';

// The version number lives in schema-version.ts (which the early open reads without loading
// Dexie): raise it there with each new version below.
export { SCHEMA_VERSION };

/** A record that was deleted, kept so an older copy of it (queued, imported, synced) stays deleted. */
export interface Tombstone {
  /** `${table}:${recordId}` */
  id: string;
  table: TombstoneTable;
  recordId: string;
  deletedAt: string;
}

/** Tables whose deletions leave tombstones. */
export type TombstoneTable = 'annotations' | 'links' | 'articles' | 'watchlist';

/** The reader's team sync settings and what was last seen of the connection. */
export interface SyncConfig {
  /** `wss://…` (or `ws://` on the loopback), checked by `checkSyncUrl`. */
  url: string;
  token: string;
  /** The name teammates see on this reader's notes (defaults to the token's user). */
  name: string;
  /** True while the reader wants to be connected (Connect pressed, Disconnect not). */
  enabled: boolean;
  /** When the server last confirmed every local change (ISO), or null. */
  lastSyncedAt: string | null;
  /** The server's last refusal, or null. */
  refusal: string | null;
}

/** One row of the meta table: facts about this database itself. */
export type MetaRow = { key: 'deviceId'; value: string } | { key: 'sync'; value: SyncConfig };

/** One stored Yjs update of a team document (appended as they happen, merged when many). */
export interface SyncUpdateRow {
  seq?: number;
  /** The team document's name (`team/<id>`). */
  doc: string;
  update: Uint8Array;
}

/** The version of one shared record both sides last agreed on. */
export interface SyncShadow {
  /** `${collection}:${recordId}` (the team document's tombstone key). */
  id: string;
  updatedAt: string;
  /** A note's text at that version: the base of a three-way text merge. */
  text?: string;
}

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
  tombstones: EntityTable<Tombstone, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  syncUpdates: EntityTable<SyncUpdateRow, 'seq'>;
  syncShadows: EntityTable<SyncShadow, 'id'>;
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

export const SCHEMA_V2 = {
  articles: 'id, url, siteName, savedAt, publishedTime, updatedAt, *figureKeys, *officialIds',
  officials: 'id, name, *aliases, watchlistId, kind, updatedAt',
  mentions: 'id, officialId, articleId, date',
  annotations: 'id, articleId, createdAt, updatedAt, *tags',
  links: 'id, *articleIds, from.id, to.id, updatedAt',
  watchlist: 'id, name, updatedAt',
  settings: 'key',
  tombstones: 'id, table, deletedAt',
  meta: 'key',
};

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  syncUpdates: '++seq, doc',
  syncShadows: 'id',
};

/**
 * Opens (or creates) the database under `name`; tests pass a fresh name per case. `indexedDB` is
 * the factory Dexie opens it with: an extension page passes one that hands over the connection its
 * first script opened early (early-connection.ts).
 */
export function openDb(name = DB_NAME, indexedDB?: IDBFactory): CouncilLensDb {
  const db = new Dexie(name, indexedDB ? { indexedDB } : undefined) as CouncilLensDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  // v2 → v3 only adds tables: nothing to convert.
  db.version(3).stores(SCHEMA_V3);
  // A new database starts at the latest version without running upgrades: give it its device id here.
  db.on('populate', (tx) => tx.table('meta').add({ key: 'deviceId', value: crypto.randomUUID() }));
  return db;
}

/**
 * v1 → v2, inside the upgrade transaction (all or nothing): links get `updatedAt` (their
 * `createdAt`: nothing newer is known), officials get `kind: 'official'` (v1 kept only officials),
 * and the profile gets its device id. No record is removed or renamed.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('links')
    .toCollection()
    .modify((link: Partial<LinkRecord>) => {
      if (!link.updatedAt) link.updatedAt = link.createdAt ?? new Date(0).toISOString();
    });
  await tx
    .table('officials')
    .toCollection()
    .modify((official: Partial<OfficialRecord>) => {
      if (!official.kind) official.kind = 'official';
    });
  if (!(await tx.table('meta').get('deviceId'))) await tx.table('meta').add({ key: 'deviceId', value: crypto.randomUUID() });
}
