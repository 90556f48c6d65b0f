/**
 * Turns an export choice into a file: collects the scope's records from storage, formats them
 * with the pure exporters in core/export, and downloads the result.
 */
import type { ExportScope } from '@/components/common/export-menu';
import type { NotesQuery } from '@/components/popup/notes-query';
import { exportFormat, fileNameFor, type ExportFormat, type FileScope } from '@/core/export';
import type { ExportData } from '@/core/export';
import { listAnnotations } from '@/storage/annotation-queries';
import { collectExportData } from '@/storage/export-scope';
import { db } from './database';
import { downloadText } from './download';

/** What the current view knows, to resolve "this article", "this official" and "current filter". */
export interface ExportContext {
  query?: NotesQuery;
  article?: { id: string; title: string | null };
  official?: { id: string; name: string };
}

/** The Markdown heading for a scope: the article or official exported, else a general title. */
export function titleFor(scope: ExportScope, ctx: ExportContext): string {
  if (scope === 'article' && ctx.article?.title) return ctx.article.title;
  if (scope === 'official' && ctx.official) return `Council Lens notes: ${ctx.official.name}`;
  return scope === 'filter' ? 'Council Lens notes (filtered)' : 'Council Lens notes';
}

/** Formats `data` as `format`. Throws, with a message for the reader, when the format cannot apply. */
export function formatExport(data: ExportData, format: ExportFormat, ctx: ExportContext, now: Date, title: string): string {
  return exportFormat(format).render(data, { now, title, officialId: ctx.official?.id });
}

/** Collects, formats and downloads; errors propagate to the caller's alert. */
export async function runExport(scope: ExportScope, format: ExportFormat, ctx: ExportContext): Promise<void> {
  const now = new Date();
  let fileScope: FileScope;
  let data: ExportData;
  if (scope === 'article') {
    if (!ctx.article) throw new Error('There is no saved article on this page to export.');
    data = await collectExportData(db, { kind: 'article', articleId: ctx.article.id });
    fileScope = { kind: 'article', title: ctx.article.title ?? ctx.article.id };
  } else if (scope === 'official') {
    if (!ctx.official) throw new Error('Open one official in the People tab first.');
    data = await collectExportData(db, { kind: 'official', officialId: ctx.official.id });
    fileScope = { kind: 'official', name: ctx.official.name };
  } else if (scope === 'filter') {
    const q = ctx.query;
    const matches = await listAnnotations(db, {
      text: q?.text || undefined,
      tag: q?.tag ?? undefined,
      site: q?.site ?? undefined,
      officialId: q?.officialId ?? undefined,
      limit: Number.MAX_SAFE_INTEGER,
    });
    data = await collectExportData(db, { kind: 'filter', annotationIds: matches.items.map((i) => i.annotation.id) });
    fileScope = { kind: 'filtered' };
  } else {
    data = await collectExportData(db, { kind: 'all' });
    fileScope = { kind: 'all' };
  }
  const text = formatExport(data, format, ctx, now, titleFor(scope, ctx));
  downloadText(text, fileNameFor(fileScope, format, now), exportFormat(format).mime);
}
