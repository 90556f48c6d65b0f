/** The lossless backup: every table as stored, in an envelope that names the format and version. */
import type { ExportData } from './types';

/** The `format` field of a Council Lens backup file. */
export const BACKUP_FORMAT = 'council-lens-backup';
/** The backup version this build writes and reads. Bump it (and add a migration) when the records change. */
export const BACKUP_VERSION = 1;

/** The envelope written to a backup file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  data: ExportData;
}

/** Serialises `data` as a backup file (pretty-printed so a reader can inspect it). */
export function toBackupJson(data: ExportData, now: Date): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data };
  return JSON.stringify(file, null, 2);
}
