/**
 * Times every export (and the backup import parse) over 10,000 generated annotations.
 * Run: npx tsx scripts/bench-export.ts
 */
import { toBackupJson } from '../core/export/backup-json';
import { toCsv } from '../core/export/csv';
import { toDossier } from '../core/export/dossier';
import { toMarkdown } from '../core/export/markdown';
import { toWebAnnotationJson } from '../core/export/web-annotation';
import { parseImportFile } from '../core/import/parse-import-file';
import { bulkData } from '../tests/export/sample-data';

const n = Number(process.argv[2] ?? 10_000);
const data = bulkData(n);
const now = new Date();

function time(label: string, run: () => unknown): void {
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  const size = typeof out === 'string' ? ` ${(out.length / 1024).toFixed(0)} KiB` : '';
  console.log(`${label.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms${size}`);
}

console.log(`${n} annotations over ${data.articles.length} articles`);
time('backup JSON', () => toBackupJson(data, now));
time('CSV', () => toCsv(data));
time('Markdown', () => toMarkdown(data, { now }));
time('W3C JSON-LD', () => toWebAnnotationJson(data, { now, includeAutomatic: true }));
time('dossier', () => toDossier(data, { officialId: 'olwen-pritchard', now }));
const backup = toBackupJson(data, now);
time('import backup (parse)', () => parseImportFile(backup, 'bench.json', now));
