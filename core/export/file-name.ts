/** Download file names: `council-lens-<scope>-<YYYY-MM-DD>.<ext>`. */
import { exportFormat, type ExportFormat } from './formats';

/** What an export covers, as far as its file name is concerned. */
export type FileScope = { kind: 'all' } | { kind: 'filtered' } | { kind: 'article'; title: string } | { kind: 'official'; name: string };

/** A file-name-safe slug: lower case letters and digits of any script, hyphens, at most 60 chars. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The download file name for an export of `scope` in `format`, dated by the reader's local day. */
export function fileNameFor(scope: FileScope, format: ExportFormat, now: Date): string {
  const part = scope.kind === 'article' ? `article-${slugify(scope.title)}` : scope.kind === 'official' ? `official-${slugify(scope.name)}` : scope.kind;
  return `council-lens-${part}-${localDate(now)}.${exportFormat(format).extension}`;
}
