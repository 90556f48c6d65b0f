/**
 * CSV export: one row per annotation, for spreadsheets. RFC 4180 quoting and CRLF line ends, with a
 * UTF-8 byte-order mark so Excel reads accents, emoji and right-to-left text correctly.
 */
import { noteArticleTitle } from '../model/annotation';
import Papa from 'papaparse';
import { figureLine, figuresInQuote } from './figure-text';
import { officialsNamedIn } from './official-matcher';
import { buildIndexes } from './indexes';
import type { ExportData } from './types';

/** The header row, in column order. */
// prettier-ignore
export const CSV_COLUMNS = [
  'Article title',
  'URL',
  'Site',
  'Published',
  'Quote',
  'Note',
  'Tags',
  'Colour',
  'Officials in quote',
  'Figures in quote',
  'Created',
  'Updated',
] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection), so such cells
 * get a leading apostrophe. Papaparse's own default pattern (`^[=+\-@\t\r].*$`) misses values with a
 * newline after the first line, because `.` does not cross lines; this one only looks at the start.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Serialises every annotation in `data` as a CSV document (BOM + header + rows, CRLF). */
export function toCsv(data: ExportData): string {
  const idx = buildIndexes(data);
  const annotations = [...data.annotations].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.createdAt.localeCompare(b.createdAt));
  const rows = annotations.map((a) => {
    const article = idx.articleById.get(a.articleId);
    const officials = officialsNamedIn(a.target.quote.exact, idx.matchersFor(a.articleId));
    return [
      noteArticleTitle(a, article) ?? '',
      article?.url ?? a.url,
      article?.siteName ?? '',
      article?.publishedTime ?? '',
      a.target.quote.exact,
      a.note,
      a.tags.join('; '),
      a.color,
      officials.map((o) => o.name).join('; '),
      figuresInQuote(a.target.quote.exact, article?.figures).map(figureLine).join('; '),
      a.createdAt,
      a.updatedAt,
    ];
  });
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START });
  return `\uFEFF${body}\r\n`;
}
