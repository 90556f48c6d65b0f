/** Public surface of the importers. */
export { ACCEPTED_FORMATS, fileSizeError, parseImportFile, type ParseImportResult, type ParsedImport } from './parse-import-file';
export { cleanSourceUrl } from './clean-url';
export { formatIssues } from './format-issues';
export { exportDataSchema } from './backup-schema';
