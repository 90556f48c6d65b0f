/**
 * Exports the notes selected on the dashboard in any format of the export registry, through the
 * same collection (storage's export scope) and formatting (run-export) as the popup's exports.
 */
import { exportFormat, fileNameFor, type ExportFormat } from '@/core/export';
import { collectExportData } from '@/storage/export-scope';
import { db } from '../database';
import { downloadText } from '../download';
import { formatExport } from '../run-export';

/** Collects, formats and downloads the notes `ids`; errors propagate to the page's alert. */
export async function exportSelection(ids: readonly string[], format: ExportFormat): Promise<void> {
  if (ids.length === 0) throw new Error('Select some notes to export first.');
  const now = new Date();
  const data = await collectExportData(db, { kind: 'filter', annotationIds: [...ids] });
  const text = formatExport(data, format, {}, now, `Council Lens notes (${ids.length} selected)`);
  downloadText(text, fileNameFor({ kind: 'filtered' }, format, now), exportFormat(format).mime);
}
