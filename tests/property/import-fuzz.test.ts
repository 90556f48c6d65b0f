/**
 * Import files are hostile input: random text, random JSON, and valid backups, W3C and Hypothesis
 * files with random damage. No exception may escape the parsers, and a refused file writes nothing.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toBackupJson } from '@/core/export/backup-json';
import { toWebAnnotationJson } from '@/core/export/web-annotation';
import { fileSizeError, parseImportFile } from '@/core/import';
import { LIMITS } from '@/core/import/limits';
import { importFile } from '@/storage/backup';
import { collectExportData } from '@/storage/export-scope';
import { sampleData } from '../export/sample-data';
import { freshDb } from '../storage/fixtures';

const NOW = new Date('2025-04-01T12:00:00Z');
const backup = JSON.parse(toBackupJson(sampleData(), NOW)) as unknown;
const w3c = JSON.parse(toWebAnnotationJson(sampleData(), { now: NOW })) as unknown;
const hypothesis = [
  {
    id: 'h1',
    uri: 'https://wessex-gazette.example/news/a',
    text: 'check this',
    tags: ['budget'],
    created: '2025-01-01T00:00:00Z',
    updated: '2025-01-01T00:00:00Z',
    target: [{ source: 'https://wessex-gazette.example/news/a', selector: [{ type: 'TextQuoteSelector', exact: 'the £4m gap', prefix: '', suffix: '' }] }],
  },
];

/** A copy of `value` with the node at a random path replaced by random JSON (or removed). */
function damaged(value: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
    .map(([path, replacement]) => {
      const copy = structuredClone(value) as Record<string, unknown>;
      let node: unknown = copy;
      for (const [depth, step] of path.entries()) {
        if (!node || typeof node !== 'object') break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[step % keys.length]!;
        if (depth === path.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object') {
          if (replacement === undefined) delete (node as Record<string, unknown>)[key];
          else (node as Record<string, unknown>)[key] = replacement;
          break;
        }
        node = (node as Record<string, unknown>)[key];
      }
      return copy;
    });
}

const fileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  damaged(backup).map((v) => JSON.stringify(v)),
  damaged(w3c).map((v) => JSON.stringify(v)),
  damaged(hypothesis).map((v) => JSON.stringify(v)),
  fc.constantFrom('', '\uFEFF', '{', '[]', 'null', '{"format":"council-lens-backup","version":99}', '{"format":"council-lens-backup","version":"1"}'),
);

describe('import parsers under random input', () => {
  it('never throw: a result or a message', () => {
    fc.assert(
      fc.property(fileText, fc.string({ maxLength: 20 }), (text, name) => {
        const result = parseImportFile(text, name, NOW);
        if ('error' in result) expect(typeof result.error).toBe('string');
        else expect(['backup', 'w3c', 'hypothesis']).toContain(result.kind);
      }),
      { numRuns: 600 },
    );
  });

  it('refuse a file by its size before reading it', () => {
    expect(fileSizeError(LIMITS.fileBytes, 'a.json')).toBeNull();
    expect(fileSizeError(LIMITS.fileBytes + 1, 'huge.json')).toMatch(/^huge\.json is larger than 50 MB/);
    fc.assert(fc.property(fc.nat(), (n) => (fileSizeError(n, 'f') === null) === n <= LIMITS.fileBytes));
  });
});

describe('importing random files', () => {
  const db = freshDb();
  afterAll(() => db.close());

  it('writes nothing when a file is refused, and never throws', async () => {
    await importFile(db, toBackupJson(sampleData(), NOW), 'seed.json', 'merge');
    await fc.assert(
      fc.asyncProperty(fileText, fc.constantFrom('merge' as const, 'replace' as const), async (text, mode) => {
        const before = await collectExportData(db, { kind: 'all' });
        const tombstones = await db.tombstones.count();
        const result = await importFile(db, text, 'f.json', mode, { now: NOW });
        if (result.ok) {
          // Accepted files may change data; put the seed back for the next run.
          await importFile(db, toBackupJson(before, NOW), 'seed.json', 'replace', { confirmed: true });
          return;
        }
        expect(typeof result.error).toBe('string');
        expect(await collectExportData(db, { kind: 'all' })).toEqual(before);
        expect(await db.tombstones.count()).toBe(tombstones);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
