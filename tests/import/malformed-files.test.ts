import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '@/core/import/parse-import-file';
import { importFile } from '@/storage/backup';
import { sampleData } from '../export/sample-data';
import { dump, freshDb, seed } from './db-helpers';

const dir = join(__dirname, '../fixtures/imports');
// Each malformed fixture has a sidecar `<name>.expected.txt` with the exact message; a trailing `*`
// means "starts with" (for JSON.parse's own wording, which differs between engines).
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.txt'))
  .map((f) => ({ file: f.replace(/\.expected\.txt$/, ''), expected: readFileSync(join(dir, f), 'utf8') }));

describe('malformed import files', () => {
  const db = freshDb();
  afterAll(() => db.delete());

  it('covers every kind of bad file', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(
      expect.arrayContaining([
        'absurd-sizes.json',
        'annotations-sheet.csv',
        'empty.json',
        'hypothesis-no-selectors.json',
        'missing-fields.json',
        'truncated.json',
        'w3c-bad-selector.jsonld',
        'wrong-format.json',
        'wrong-types.json',
        'wrong-version.json',
      ]),
    );
  });

  it.each(cases)('$file is refused with its message and nothing is written', async ({ file, expected }) => {
    await seed(db, sampleData());
    const before = await dump(db);
    const text = readFileSync(join(dir, file), 'utf8');
    const result = await importFile(db, text, file, 'merge');
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    if (expected.endsWith('*')) expect(error.startsWith(expected.slice(0, -1))).toBe(true);
    else expect(error).toBe(expected);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a file over 50 MB without parsing it', () => {
    const big = `[${'"x",'.repeat(13_200_000)}"x"]`;
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(parseImportFile(big, 'huge.json')).toEqual({
      error: 'huge.json is larger than 50 MB, the most Council Lens imports.',
    });
  });

  it('lists at most five problems and counts the rest', () => {
    const data = sampleData();
    for (const a of data.annotations) (a as { color: unknown }).color = 'red';
    data.articles.forEach((a) => ((a as { auto: unknown }).auto = 'no'));
    const text = JSON.stringify({ format: 'council-lens-backup', version: 1, exportedAt: '2025-01-01T00:00:00Z', data });
    const result = parseImportFile(text, 'b.json');
    const lines = ('error' in result ? result.error : '').split('\n');
    expect(lines[0]).toBe('This backup cannot be imported:');
    expect(lines.slice(1, 6)).toHaveLength(5);
    expect(lines[1]).toBe('data.articles[0].auto: expected true or false, found a string');
    expect(lines[6]).toBe('…and 2 more problems');
  });

  it('names an older or missing backup version', () => {
    const r = parseImportFile(JSON.stringify({ format: 'council-lens-backup', version: 0, data: {} }), 'old.json');
    expect(r).toEqual({ error: "version: this backup's version (0) is not one Council Lens can read (expected 1)." });
  });
});
