/**
 * The export formats, in menu order: the one list to change when a format is added. Labels, file
 * extensions, MIME types and the renderer live together so no place can miss a new format.
 */
import { toBackupJson } from './backup-json';
import { toCsv } from './csv';
import { toDossier } from './dossier';
import { toMarkdown } from './markdown';
import type { ExportData } from './types';
import { toWebAnnotationJson } from './web-annotation';

/** What a renderer may need besides the records. */
export interface RenderOptions {
  now: Date;
  /** Heading for formats that have one (Markdown). */
  title: string;
  /** The official a dossier is about; formats that need one say so with `needsOfficial`. */
  officialId?: string;
}

/** One export format. */
export interface ExportFormatSpec {
  id: string;
  /** What the reader sees in the format menu. */
  label: string;
  /** File extension, without the dot. W3C uses `.jsonld` so tools recognise JSON-LD. */
  extension: string;
  mime: string;
  /** Offered only when one official is being exported. */
  needsOfficial: boolean;
  /** The file's text. Throws an Error with a reader-facing message when the format cannot apply. */
  render(data: ExportData, options: RenderOptions): string;
}

// prettier-ignore
export const EXPORT_FORMATS = [
  { id: 'backup', label: 'JSON backup (everything, for restoring)', extension: 'json', mime: 'application/json', needsOfficial: false, render: (d, o) => toBackupJson(d, o.now) },
  { id: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv', needsOfficial: false, render: (d) => toCsv(d) },
  { id: 'markdown', label: 'Markdown', extension: 'md', mime: 'text/markdown', needsOfficial: false, render: (d, o) => toMarkdown(d, { now: o.now, title: o.title }) },
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mime: 'application/ld+json', needsOfficial: false, render: (d, o) => toWebAnnotationJson(d, { now: o.now }) },
  {
    id: 'dossier',
    label: 'Dossier for one official (Markdown)',
    extension: 'md',
    mime: 'text/markdown',
    needsOfficial: true,
    render: (d, o) => {
      const text = o.officialId ? toDossier(d, { officialId: o.officialId, now: o.now }) : null;
      if (text === null) throw new Error('Open one official in the People tab to export their dossier.');
      return text;
    },
  },
] as const satisfies readonly ExportFormatSpec[];

/** The id of an export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** The spec of `id`. */
export function exportFormat(id: ExportFormat): ExportFormatSpec {
  return EXPORT_FORMATS.find((f) => f.id === id)!;
}

/** Formats the reader can choose for a scope: per-official formats only when one official is exported. */
export function formatsFor(oneOfficial: boolean): ExportFormatSpec[] {
  return EXPORT_FORMATS.filter((f) => oneOfficial || !f.needsOfficial);
}
