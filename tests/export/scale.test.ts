import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toBackupJson } from '@/core/export/backup-json';
import { toCsv } from '@/core/export/csv';
import { toDossier } from '@/core/export/dossier';
import { toMarkdown } from '@/core/export/markdown';
import { toWebAnnotationCollection } from '@/core/export/web-annotation';
import { parseImportFile } from '@/core/import/parse-import-file';
import { bulkData } from './sample-data';

// Sanity at scale (timings are printed by scripts/bench-export.ts, not asserted here).
describe('exports of 10,000 annotations', () => {
  const data = bulkData(10_000);
  const now = new Date('2025-04-01T12:00:00Z');

  it('produce complete output in every format', () => {
    const rows = Papa.parse<string[]>(toCsv(data).slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(10_001);
    const md = toMarkdown(data, { now });
    expect(md.match(/^## /gm)).toHaveLength(500);
    expect(md.match(/^> /gm)).toHaveLength(10_000);
    // 10,000 notes, plus per article (500) one official named and one figure.
    expect(toWebAnnotationCollection(data, { now, includeAutomatic: true }).total).toBe(11_000);
    expect(toDossier(data, { officialId: 'olwen-pritchard', now })?.match(/^### /gm)).toHaveLength(500);
    const back = parseImportFile(toBackupJson(data, now), 'big.json', now);
    expect('error' in back ? back.error : back.data.annotations.length).toBe(10_000);
  }, 60_000); // five formats over 10,000 notes: slow when other suites share the two cores
});
