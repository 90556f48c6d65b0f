/**
 * Markdown export: the reader's highlights and notes grouped by article, for pasting into a document
 * or a notes app. All page text and notes go through `markdown-escape` (see there for why).
 */
import { noteArticleTitle, type Annotation } from '../model/annotation';
import { isOfficialRecord, type ArticleRecord } from '../model/records';
import { distinctFigures, figureLine } from './figure-text';
import { articleDate, buildIndexes, type ExportIndexes } from './indexes';
import { blockquote, escapeMarkdown, escapeMarkdownInline, markdownLink, markdownTag, splitLines } from './markdown-escape';
import type { ExportData } from './types';

/** Options of the Markdown export. */
export interface MarkdownOptions {
  /** Heading of the document. */
  title?: string;
  now: Date;
}

/** The date part of an ISO timestamp, or the text as given when it is not one. */
export function displayDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return m?.[1] ?? value;
}

/** A note as Markdown paragraphs, keeping its line breaks (a trailing backslash is a hard break). */
export function noteParagraphs(note: string): string {
  const paragraphs: string[][] = [[]];
  for (const line of splitLines(note)) {
    const current = paragraphs[paragraphs.length - 1];
    if (!line.trim()) {
      if (current?.length) paragraphs.push([]);
    } else {
      current?.push(escapeMarkdown(line.trim()));
    }
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\\\n'))
    .join('\n\n');
}

/** One annotation: the quote as a blockquote, the note below, then its tags. */
export function annotationMarkdown(a: Annotation): string {
  const parts = [blockquote(a.target.quote.exact)];
  if (a.note.trim()) parts.push(noteParagraphs(a.note));
  if (a.tags.length) parts.push(a.tags.map(markdownTag).join(' '));
  return parts.join('\n\n');
}

/** The heading, site/date line, officials line and figures line (kind and value) of one article section. */
export function articleHeader(article: ArticleRecord | undefined, note: Pick<Annotation, 'url' | 'articleTitle'>, idx: ExportIndexes): string[] {
  const url = note.url;
  const lines = [`## ${markdownLink(noteArticleTitle(note, article) ?? url, article?.url ?? url)}`];
  const meta = [article?.siteName, displayDate(articleDate(article))].filter((s): s is string => !!s);
  if (meta.length) lines.push(`*${meta.map(escapeMarkdownInline).join(' · ')}*`);
  const officials = (idx.mentionsByArticle.get(article?.id ?? '') ?? [])
    .map((m) => {
      const o = idx.officialById.get(m.officialId);
      if (!o || !isOfficialRecord(o)) return null;
      const role = m.role ?? o.roles[0];
      return role ? `${escapeMarkdownInline(o.name)} (${escapeMarkdownInline(role)})` : escapeMarkdownInline(o.name);
    })
    .filter((s): s is string => !!s);
  if (officials.length) lines.push(`Officials named: ${officials.join(', ')}`);
  const figures = distinctFigures(article?.figures ?? []);
  if (figures.length) lines.push(`Figures: ${figures.map((f) => escapeMarkdownInline(figureLine(f))).join(', ')}`);
  return lines;
}

/** Serialises the annotations of `data` as one Markdown document, articles newest first. */
export function toMarkdown(data: ExportData, options: MarkdownOptions): string {
  const idx = buildIndexes(data);
  const out = [`# ${escapeMarkdownInline(options.title ?? 'Council Lens notes')}`, '', `Exported ${displayDate(options.now.toISOString())}`];
  const articleIds = [...idx.annotationsByArticle.keys()].sort(
    (a, b) => articleDate(idx.articleById.get(b)).localeCompare(articleDate(idx.articleById.get(a))) || a.localeCompare(b),
  );
  for (const articleId of articleIds) {
    const annotations = [...(idx.annotationsByArticle.get(articleId) ?? [])].sort(
      (a, b) => a.target.position.start - b.target.position.start || a.createdAt.localeCompare(b.createdAt),
    );
    const first = annotations[0];
    if (!first) continue;
    out.push('', ...articleHeader(idx.articleById.get(articleId), first, idx));
    for (const a of annotations) out.push('', annotationMarkdown(a));
  }
  return `${out.join('\n')}\n`;
}
