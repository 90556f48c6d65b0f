/** Reading an import file into a preview, then writing it with storage's `importData`. */
import { useRef } from 'preact/hooks';
import type { ImportMode, ImportPreview } from '@/components/options/backup-import';
import type { ExportData } from '@/core/export/types';
import { fileSizeError, parseImportFile } from '@/core/import';
import { importData } from '@/storage/backup';
import { db } from '@/extension-pages/database';

const KINDS: [keyof Omit<ExportData, 'settings'>, string][] = [
  ['articles', 'articles'],
  ['annotations', 'notes and highlights'],
  ['officials', 'officials'],
  ['mentions', 'mentions'],
  ['links', 'links'],
  ['watchlist', 'watchlist entries'],
];

/** `parse(file)` keeps the parsed data for `commit(mode)`. */
export function useBackupImport() {
  const parsed = useRef<ExportData | null>(null);
  const parse = async (file: File): Promise<ImportPreview> => {
    parsed.current = null;
    // Checked before reading: the file is never loaded when it is too large.
    const tooLarge = fileSizeError(file.size, file.name);
    if (tooLarge) return { counts: {}, errors: [tooLarge], ok: false };
    const result = parseImportFile(await file.text(), file.name);
    if ('error' in result) return { counts: {}, errors: [result.error], ok: false };
    parsed.current = result.data;
    const counts: Record<string, number> = {};
    for (const [key, label] of KINDS) counts[label] = result.data[key].length;
    if (result.data.settings) counts['settings'] = 1;
    return { counts, errors: result.warnings, ok: true };
  };
  const commit = async (mode: ImportMode): Promise<void> => {
    if (!parsed.current) throw new Error('Choose a file first.');
    // The component only enables "replace" after the reader ticks the confirmation.
    const result = await importData(db, parsed.current, mode, { confirmed: mode === 'replace' });
    if (!result.ok) throw new Error(result.error);
  };
  return { parse, commit };
}
