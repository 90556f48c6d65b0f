import { afterEach, describe, expect, it } from 'vitest';
import { toBackupJson } from '@/core/export/backup-json';
import { parseImportFile } from '@/core/import/parse-import-file';
import { importData, importFile } from '@/storage/backup';
import { collectExportData } from '@/storage/export-scope';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, article, sampleData } from '../export/sample-data';
import { dump, freshDb, seed } from './db-helpers';

const now = new Date('2025-04-01T12:00:00Z');
const dbs: CouncilLensDb[] = [];
const db = () => {
  const d = freshDb();
  dbs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

describe('backup round trip', () => {
  it('export -> wipe -> import gives an identical database', async () => {
    const source = db();
    await seed(source, sampleData());
    const before = await dump(source);
    const json = toBackupJson(await collectExportData(source, { kind: 'all' }), now);
    await source.delete();

    const target = db();
    const result = await importFile(target, json, 'backup.json', 'merge');
    expect(result.ok).toBe(true);
    expect(await dump(target)).toEqual(before);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const target = db();
    const json = toBackupJson(sampleData(), now);
    const first = await importFile(target, json, 'b.json', 'merge');
    const afterFirst = await dump(target);
    const second = await importFile(target, json, 'b.json', 'merge');
    expect(first.ok && first.counts.annotations).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(second.ok && second.counts.annotations).toEqual({ added: 0, updated: 0, unchanged: 5 });
    expect(second.ok && second.counts.mentions).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await dump(target)).toEqual(afterFirst);
  });

  it('merge keeps the newer of two versions of a record', async () => {
    const target = db();
    const url = 'https://news.example/x';
    const stored = annotation(url, { note: 'stored', updatedAt: '2025-03-02T00:00:00.000Z' });
    await seed(target, { ...sampleData(), annotations: [stored] });
    const older = { ...stored, note: 'older', updatedAt: '2025-03-01T00:00:00.000Z' };
    const newer = { ...stored, note: 'newer', updatedAt: '2025-03-03T00:00:00.000Z' };
    const base = { ...sampleData(), settings: null };

    const r1 = await importData(target, { ...base, annotations: [older] }, 'merge');
    expect(r1.ok && r1.counts.annotations).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await target.annotations.get(stored.id))?.note).toBe('stored');

    const r2 = await importData(target, { ...base, annotations: [newer] }, 'merge');
    expect(r2.ok && r2.counts.annotations).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await target.annotations.get(stored.id))?.note).toBe('newer');
  });

  it('never lets a placeholder article from another tool replace a saved one', async () => {
    const target = db();
    const real = article('https://news.example/a', { updatedAt: '2025-01-01T00:00:00.000Z' });
    await target.articles.put(real);
    const placeholder = { ...real, title: null, textHash: '', updatedAt: '2026-01-01T00:00:00.000Z' };
    const r = await importData(target, { ...sampleData(), articles: [placeholder], settings: null }, 'merge');
    expect(r.ok && r.counts.articles.unchanged).toBe(1);
    expect(await target.articles.get(real.id)).toEqual(real);
  });

  it('keeps stored settings on merge and takes the file’s on replace', async () => {
    const target = db();
    const data = sampleData();
    await seed(target, { ...data, settings: { ...data.settings!, sites: ['mine.example'] } });
    await importData(target, data, 'merge');
    expect((await target.settings.get('settings'))?.value.sites).toEqual(['mine.example']);
    await importData(target, data, 'replace', { confirmed: true });
    expect((await target.settings.get('settings'))?.value.sites).toEqual(['news.example']);
  });

  it("keeps the reader's settings when a replacing file carries none (W3C, Hypothesis)", async () => {
    const target = db();
    const data = sampleData();
    await seed(target, { ...data, settings: { ...data.settings!, sites: ['mine.example'] } });
    await importData(target, { ...data, settings: null }, 'replace', { confirmed: true });
    expect((await target.settings.get('settings'))?.value.sites).toEqual(['mine.example']);
  });

  it('refuses a backup whose colours are not plain colours, naming the place', async () => {
    const target = db();
    const data = sampleData();
    const hostile = { ...data, settings: { ...data.settings!, colors: { official: 'red} body{display:none} x{', figure: '#d9f2d0' } } };
    const result = await importData(target, hostile, 'replace', { confirmed: true });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/settings\.colors\.official: .*colour such as/) });
    expect(await target.settings.get('settings')).toBeUndefined();
  });

  it('replace needs confirmation, then leaves exactly the imported records', async () => {
    const target = db();
    await seed(target, sampleData());
    const extra = annotation('https://news.example/other');
    await target.annotations.put(extra);
    const before = await dump(target);
    const refused = await importData(target, sampleData(), 'replace');
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/confirmation/) });
    expect(await dump(target)).toEqual(before);

    const done = await importData(target, sampleData(), 'replace', { confirmed: true });
    expect(done.ok && done.counts.annotations.added).toBe(5);
    expect(await target.annotations.get(extra.id)).toBeUndefined();
  });

  it('rolls back the whole import when a write fails', async () => {
    const target = db();
    await seed(target, { ...sampleData(), annotations: [] });
    const before = await dump(target);
    const data = sampleData();
    data.articles.push(article('https://news.example/new-one'));
    // Articles are written before annotations; make the annotation write fail.
    (target.annotations as { bulkPut: unknown }).bulkPut = () => Promise.reject(new Error('disk full'));
    const result = await importData(target, data, 'merge');
    expect(result).toEqual({ ok: false, error: 'Import failed and nothing was changed: disk full' });
    expect(await dump(target)).toEqual(before);
  });

  it('refuses invalid records even when called directly', async () => {
    const target = db();
    const data = sampleData();
    (data.annotations[1]!.target.quote as { exact: unknown }).exact = 42;
    const result = await importData(target, data, 'merge');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('annotations[1].target.quote.exact: expected a string, found a number');
    expect((await dump(target)).articles).toEqual([]);
  });

  it('reads a backup without warnings and with every table', () => {
    const parsed = parseImportFile(toBackupJson(sampleData(), now), 'b.json', now);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.kind).toBe('backup');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.data).toEqual(sampleData());
  });
});
