/**
 * A real version-1 database (filled by the version-1 code, see tests/fixtures/db-v1/make-fixture.sh)
 * opened by the current code: upgraded to version 2 with nothing lost. And the version-1 backup of
 * the same data still imports.
 */
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listAnnotations } from '@/storage/annotation-queries';
import { deleteAnnotation, saveAnnotation } from '@/storage/annotations';
import { forgetPreview } from '@/storage/articles';
import { importFile } from '@/storage/backup';
import { openDb, SCHEMA_V1, SCHEMA_VERSION, type CouncilLensDb } from '@/storage/db';
import { collectExportData } from '@/storage/export-scope';
import { getSettings } from '@/storage/settings';
import { annotation, submission } from './fixtures';

const dir = new URL('../fixtures/db-v1/', import.meta.url);
const fixture = JSON.parse(readFileSync(new URL('v1-database.json', dir), 'utf8')) as {
  verno: number;
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
};
const backupText = readFileSync(new URL('v1-backup.json', dir), 'utf8');

let db: CouncilLensDb | undefined;
afterEach(() => db?.close());

/** Recreates the v1 database from its dump, with the v1 schema the v1 code declared. */
async function restoreV1(name: string): Promise<void> {
  const raw = new Dexie(name);
  raw.version(fixture.verno).stores(fixture.schema);
  await raw.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await raw.table(table).bulkAdd(rows);
  raw.close();
}

const keyOf = (row: Record<string, unknown>) => String(row.id ?? row.key);
const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

describe('upgrading a version-1 database', () => {
  it('the fixture is a v1 database with data in every table', () => {
    expect(fixture.verno).toBe(1);
    expect(fixture.schema).toEqual(SCHEMA_V1);
    for (const rows of Object.values(fixture.tables)) expect(rows.length).toBeGreaterThan(0);
  });

  it('keeps every record of every table, adding only the v2 fields', async () => {
    const name = `upgrade-${Math.random()}`;
    await restoreV1(name);
    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    for (const [table, v1Rows] of Object.entries(fixture.tables)) {
      const v2Rows = (await db.table(table).toArray()) as Record<string, unknown>[];
      const expected = v1Rows.map((row) => {
        if (table === 'links') return { ...row, updatedAt: row.createdAt };
        if (table === 'officials') return { ...row, kind: 'official' };
        return row;
      });
      expect(byKey(v2Rows), table).toEqual(byKey(expected));
    }
    const device = await db.meta.get('deviceId');
    expect(device?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('the new indexes answer and the storage code works on the upgraded data', async () => {
    const name = `upgrade-${Math.random()}`;
    await restoreV1(name);
    db = openDb(name);
    const t = fixture.tables;
    expect(await db.links.where('updatedAt').above('').count()).toBe(t.links!.length);
    expect(await db.officials.where('kind').equals('official').count()).toBe(t.officials!.length);
    expect(await db.articles.orderBy('updatedAt').count()).toBe(t.articles!.length);
    expect(await db.watchlist.where('updatedAt').above('').count()).toBe(t.watchlist!.length);
    expect((await listAnnotations(db)).total).toBe(t.annotations!.length);
    expect((await getSettings(db)).sites).toContain('example-borough.gov.uk');
    const orphan = t.annotations!.find((a) => a.orphanedAt);
    expect(orphan).toBeDefined();

    const first = t.annotations![0] as unknown as { id: string; articleId: string };
    expect((await forgetPreview(db, first.articleId)).articles).toBe(1);
    await deleteAnnotation(db, first.id, new Date('2026-01-01T00:00:00Z'));
    expect(await db.tombstones.count()).toBeGreaterThan(0);
    const fresh = annotation('after-upgrade', 'https://wessex-gazette.example/news/new');
    expect(await saveAnnotation(db, { annotation: fresh, article: submission(fresh.articleId) }, new Date())).not.toBeNull();
  });

  it('opening the upgraded database again changes nothing', async () => {
    const name = `upgrade-${Math.random()}`;
    await restoreV1(name);
    db = openDb(name);
    const before = await collectExportData(db, { kind: 'all' });
    const device = (await db.meta.get('deviceId'))?.value;
    db.close();
    db = openDb(name);
    expect(await collectExportData(db, { kind: 'all' })).toEqual(before);
    expect((await db.meta.get('deviceId'))?.value).toBe(device);
  });
});

describe('version-1 backup files', () => {
  it('import whole into a new database', async () => {
    db = openDb(`v1-backup-${Math.random()}`);
    const result = await importFile(db, backupText, 'council-lens-backup.json', 'merge');
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const t = fixture.tables;
    if (!result.ok) return;
    for (const table of ['articles', 'officials', 'mentions', 'annotations', 'links', 'watchlist'] as const) {
      expect(result.counts[table].added, table).toBe(t[table]!.length);
    }
    expect((await db.links.toArray()).every((l) => l.updatedAt === l.createdAt)).toBe(true);
    expect(await db.officials.where('kind').equals('official').count()).toBe(t.officials!.length);
  });

  it('merge into the upgraded database of the same data as all unchanged', async () => {
    const name = `upgrade-${Math.random()}`;
    await restoreV1(name);
    db = openDb(name);
    const result = await importFile(db, backupText, 'council-lens-backup.json', 'merge');
    expect(result.ok && Object.values(result.counts).every((c) => c.added === 0 && c.updated === 0)).toBe(true);
  });
});
