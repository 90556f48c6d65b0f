/**
 * Entry point of import: recognises the file's format, validates it whole and returns the records to
 * write, or a message for the reader. Nothing is written here; `storage/backup.ts` writes.
 */
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backup-json';
import type { ExportData } from '../export/types';
import { backupFileSchema } from './backup-schema';
import { formatIssues } from './format-issues';
import { importHypothesis, isHypothesis } from './hypothesis-import';
import { ImportError } from './import-error';
import { LIMITS } from './limits';
import { importW3c, isW3c } from './w3c-import';

/** A successfully read file. */
export interface ParsedImport {
  kind: 'backup' | 'w3c' | 'hypothesis';
  data: ExportData;
  warnings: string[];
}

/** What `parseImportFile` returns: the records, or an error message. */
export type ParseImportResult = ParsedImport | { error: string };

/** The formats named when a file is not recognised. */
export const ACCEPTED_FORMATS =
  'a Council Lens backup (.json), W3C Web Annotations (a JSON-LD AnnotationCollection, AnnotationPage, Annotation or list of Annotations), or a Hypothesis export (a JSON list of annotations)';

/**
 * The reader-facing refusal of a file of `bytes` bytes, or null when its size is acceptable. Call
 * it with `File.size` before reading the file: a hostile or mistaken multi-gigabyte file is refused
 * without being loaded into memory.
 */
export function fileSizeError(bytes: number, fileName: string): string | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return `${fileName || 'The file'} is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Council Lens imports.`;
}

/** True when `text` is over the size limit in UTF-8 bytes (checked without encoding when obvious). */
export function isTooLarge(text: string): boolean {
  if (text.length > LIMITS.fileBytes) return true; // UTF-8 never uses fewer bytes than UTF-16 units
  if (text.length * 3 <= LIMITS.fileBytes) return false;
  return new TextEncoder().encode(text).length > LIMITS.fileBytes;
}

function parseBackup(json: Record<string, unknown>): ParseImportResult {
  const version = json.version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      error: `This backup was made by a newer version (v${version}) of Council Lens. Update the extension, then import it again.`,
    };
  }
  if (version !== BACKUP_VERSION) {
    return { error: `version: this backup's version (${JSON.stringify(version) ?? 'missing'}) is not one Council Lens can read (expected ${BACKUP_VERSION}).` };
  }
  const result = backupFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { error: `This backup cannot be imported:\n${formatIssues(result.error.issues)}` };
  return { kind: 'backup', data: result.data.data, warnings: [] };
}

/**
 * Reads an import file. `fileName` is used only in messages; `now` dates annotations that carry no
 * date of their own.
 */
export function parseImportFile(text: string, fileName: string, now: Date = new Date()): ParseImportResult {
  const name = fileName || 'The file';
  if (isTooLarge(text)) return { error: fileSizeError(LIMITS.fileBytes + 1, name)! };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { error: `${name} is empty.` };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { error: `Not a JSON file: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    if (json && typeof json === 'object' && !Array.isArray(json) && (json as { format?: unknown }).format === BACKUP_FORMAT) {
      return parseBackup(json as Record<string, unknown>);
    }
    if (isW3c(json)) return { kind: 'w3c', ...importW3c(json, now) };
    if (isHypothesis(json)) return { kind: 'hypothesis', ...importHypothesis(json as unknown[], now) };
  } catch (e) {
    if (e instanceof ImportError) return { error: `${name} cannot be imported:\n${e.message}` };
    throw e;
  }
  if (Array.isArray(json) && json.length === 0) return { error: `${name} holds an empty list: there is nothing to import.` };
  return { error: `${name} is not in a format Council Lens can import. Accepted: ${ACCEPTED_FORMATS}.` };
}
