/** Public surface of the exporters. */
export { BACKUP_FORMAT, BACKUP_VERSION, toBackupJson, type BackupFile } from './backup-json';
export { CSV_COLUMNS, toCsv } from './csv';
export { toDossier, type DossierOptions } from './dossier';
export { EXPORT_FORMATS, exportFormat, formatsFor, type ExportFormatSpec, type RenderOptions } from './formats';
export { fileNameFor, slugify, type FileScope } from './file-name';
export { toMarkdown, type MarkdownOptions } from './markdown';
export { emptyExportData, type ExportData, type ExportFormat } from './types';
export { toWebAnnotationCollection, toWebAnnotationJson, type WebAnnotationOptions } from './web-annotation';
