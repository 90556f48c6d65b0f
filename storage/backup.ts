/**
 * Writes imported records (a backup, or annotations from another tool) into the database, in one
 * transaction over every table: any failure rolls everything back, so the database is never half
 * imported. Records are validated again here, whoever calls.
 */
import type { ExportData } from '@/core/export/types';
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRecord, LinkRecord, MentionRecord, OfficialRecord, WatchlistRecord } from '@/core/model/records';
import { exportDataSchema } from '@/core/import/backup-schema';
import { formatIssues } from '@/core/import/format-issues';
import { parseImportFile } from '@/core/import/parse-import-file';
import type { CouncilLensDb, TombstoneTable } from './db';
import { buriedBy, tombstonesOf, unbury } from './tombstones';

/** The tables an import writes, in the order of ExportData. */
export const IMPORT_TABLES = ['articles', 'officials', 'mentions', 'annotations', 'links', 'watchlist', 'settings'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/** What happened to the records of one table. */
export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** The outcome of an import. */
export type ImportResult = { ok: true; counts: Record<ImportTable, TableCounts> } | { ok: false; error: string };

/** Options of `importData`; replace mode refuses to run without `confirmed: true`. */
export interface ImportOptions {
  confirmed?: boolean;
}

/** Deep equality of JSON-like values, ignoring key order (records read back may order keys differently). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Keep = 'incoming' | 'existing';
type Rule<T> = (incoming: T, existing: T) => Keep;

const newerWins = <T extends { updatedAt: string }>(incoming: T, existing: T): Keep =>
  Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt) ? 'incoming' : 'existing';
const incomingWins = (): Keep => 'incoming';
/** A placeholder article (made by importing another tool's notes, textHash '') never replaces a real one. */
const articleRule: Rule<{ textHash: string; updatedAt: string }> = (incoming, existing) => {
  if (!incoming.textHash && existing.textHash) return 'existing';
  if (incoming.textHash && !existing.textHash) return 'incoming';
  return newerWins(incoming, existing);
};

/** How a table's deletions are checked on import: its tombstones, and the time of an incoming row. */
interface Graveyard<T> {
  table: TombstoneTable;
  stamp: (row: T) => string;
}

async function mergeTable<T extends { id: string }>(
  db: CouncilLensDb,
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkPut(items: T[]): Promise<unknown> },
  rows: T[],
  rule: Rule<T>,
  graveyard?: Graveyard<T>,
): Promise<TableCounts> {
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0 };
  const ids = rows.map((r) => r.id);
  const existing = await table.bulkGet(ids);
  const tombstones = graveyard ? await tombstonesOf(db, graveyard.table, ids) : new Map();
  const toPut: T[] = [];
  rows.forEach((row, i) => {
    const old = existing[i];
    // A record deleted here after this copy was made stays deleted (counted as unchanged).
    if (graveyard && buriedBy(tombstones.get(row.id), graveyard.stamp(row))) {
      counts.unchanged++;
    } else if (!old) {
      counts.added++;
      toPut.push(row);
    } else if (sameRecord(row, old) || rule(row, old) === 'existing') {
      counts.unchanged++;
    } else {
      counts.updated++;
      toPut.push(row);
    }
  });
  if (toPut.length) await table.bulkPut(toPut);
  if (graveyard)
    await unbury(
      db,
      graveyard.table,
      toPut.map((r) => r.id).filter((id) => tombstones.has(id)),
    );
  return counts;
}

const none = (): TableCounts => ({ added: 0, updated: 0, unchanged: 0 });

/**
 * Imports `data`. merge: adds new records and, for records already stored, keeps the one with the
 * newer `updatedAt` (mentions, which have none, are replaced when different; stored settings are
 * kept); a note, link or article deleted here after the file's copy was made stays deleted (the
 * tombstone rule, see tombstones.ts). Importing the same data twice changes nothing. replace: empties every table
 * first; it needs `{ confirmed: true }` because it deletes the reader's data.
 */
export async function importData(db: CouncilLensDb, data: ExportData, mode: 'merge' | 'replace', options: ImportOptions = {}): Promise<ImportResult> {
  if (mode === 'replace' && options.confirmed !== true) {
    return { ok: false, error: 'Replacing all data deletes everything stored now; it needs the reader’s confirmation.' };
  }
  const valid = exportDataSchema.safeParse(data, { reportInput: true });
  if (!valid.success) return { ok: false, error: `The data to import is not valid:\n${formatIssues(valid.error.issues)}` };
  const d = valid.data;
  try {
    const tables = [db.articles, db.officials, db.mentions, db.annotations, db.links, db.watchlist, db.settings, db.tombstones];
    const counts = await db.transaction('rw', tables, async () => {
      if (mode === 'replace') {
        // A file without settings (W3C, Hypothesis) replaces the data, not the reader's site list.
        const cleared = d.settings ? IMPORT_TABLES : IMPORT_TABLES.filter((t) => t !== 'settings');
        // The file becomes the whole truth: earlier deletions no longer apply to it.
        await Promise.all([...cleared.map((t) => db[t].clear()), db.tombstones.clear()]);
        const put = async <T>(table: { bulkPut(items: T[]): Promise<unknown> }, rows: T[]): Promise<TableCounts> => {
          if (rows.length) await table.bulkPut(rows);
          return { added: rows.length, updated: 0, unchanged: 0 };
        };
        return {
          articles: await put(db.articles, d.articles),
          officials: await put(db.officials, d.officials),
          mentions: await put(db.mentions, d.mentions),
          annotations: await put(db.annotations, d.annotations),
          links: await put(db.links, d.links),
          watchlist: await put(db.watchlist, d.watchlist),
          settings: await put(db.settings, d.settings ? [{ key: 'settings' as const, value: d.settings }] : []),
        };
      }
      const settings = none();
      if (d.settings) {
        if (await db.settings.get('settings')) settings.unchanged++;
        else {
          await db.settings.put({ key: 'settings', value: d.settings });
          settings.added++;
        }
      }
      // Mentions of an article forgotten here since the file was made stay forgotten with it.
      const articleTombstones = await tombstonesOf(
        db,
        'articles',
        d.articles.map((a) => a.id),
      );
      const forgotten = new Set(d.articles.filter((a) => buriedBy(articleTombstones.get(a.id), a.updatedAt)).map((a) => a.id));
      return {
        articles: await mergeTable<ArticleRecord>(db, db.articles, d.articles, articleRule, { table: 'articles', stamp: (a) => a.updatedAt }),
        officials: await mergeTable<OfficialRecord>(db, db.officials, d.officials, newerWins),
        mentions: await mergeTable<MentionRecord>(
          db,
          db.mentions,
          d.mentions.filter((m) => !forgotten.has(m.articleId)),
          incomingWins,
        ),
        annotations: await mergeTable<Annotation>(db, db.annotations, d.annotations, newerWins, { table: 'annotations', stamp: (a) => a.updatedAt }),
        links: await mergeTable<LinkRecord>(db, db.links, d.links, newerWins, { table: 'links', stamp: (l) => l.updatedAt }),
        watchlist: await mergeTable<WatchlistRecord>(db, db.watchlist, d.watchlist, newerWins),
        settings,
      };
    });
    return { ok: true, counts };
  } catch (e) {
    return { ok: false, error: `Import failed and nothing was changed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The outcome of importing a file: the import result plus what was read and any warnings. */
export type ImportFileResult =
  { ok: true; kind: 'backup' | 'w3c' | 'hypothesis'; counts: Record<ImportTable, TableCounts>; warnings: string[] } | { ok: false; error: string };

/** Reads `text` (validating it whole) and imports it; nothing is written when anything is wrong. */
export async function importFile(
  db: CouncilLensDb,
  text: string,
  fileName: string,
  mode: 'merge' | 'replace',
  options: ImportOptions & { now?: Date } = {},
): Promise<ImportFileResult> {
  const parsed = parseImportFile(text, fileName, options.now);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const result = await importData(db, parsed.data, mode, options);
  return result.ok ? { ok: true, kind: parsed.kind, counts: result.counts, warnings: parsed.warnings } : result;
}
