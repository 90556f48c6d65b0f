/**
 * Reads a councillor CSV into watchlist entries, with a per-line report the options page shows
 * before anything is saved. Framework-free: runs in Node tests and in the extension page alike.
 */
import Papa from 'papaparse';
import type { WatchlistRecord } from '@/core/model/records';
import { cleanName } from './clean-name';
import { mapColumns, type WatchlistField } from './column-map';

/** A watchlist entry read from a file, before the store gives it an id and timestamps. */
export type WatchlistDraft = Omit<WatchlistRecord, 'id' | 'createdAt' | 'updatedAt'> & {
  /** Line in the file (header = line 1) the entry came from. */
  line: number;
  /** Publisher's id for the person (Democracy Club `person_id`), when the file has one. */
  sourceId: string | null;
};

/** A problem with one line of the file. Line 0 means the file as a whole. */
export interface LineIssue {
  line: number;
  message: string;
}

/** Everything the preview needs. */
export interface WatchlistParseResult {
  entries: WatchlistDraft[];
  errors: LineIssue[];
  /** Rows deliberately left out (not elected), so the preview can say why counts differ. */
  skipped: LineIssue[];
  /** Header used for each field, as written in the file. */
  mapping: Partial<Record<WatchlistField, string>>;
}

/** Options for {@link parseWatchlistCsv}. */
export interface ParseWatchlistOptions {
  /** Leave out rows whose `elected` column says they were not elected (default true). */
  electedOnly?: boolean;
}

const NOT_ELECTED = /^(?:false|f|no|n|0)$/i;

/** Parses CSV text (with or without a byte-order mark, any line ending) into watchlist drafts. */
export function parseWatchlistCsv(text: string, options: ParseWatchlistOptions = {}): WatchlistParseResult {
  const electedOnly = options.electedOnly ?? true;
  // Normalise line endings first so cursor offsets map to line numbers one-to-one.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = readRows(source);
  const result: WatchlistParseResult = { entries: [], errors: [], skipped: [], mapping: {} };
  const header = rows.shift();
  if (!header) {
    result.errors.push({ line: 0, message: 'The file is empty.' });
    return result;
  }
  const columns = mapColumns(header.cells);
  for (const [field, col] of Object.entries(columns)) result.mapping[field as WatchlistField] = col.header;
  if (!columns.name) {
    result.errors.push({
      line: header.line,
      message: `No name column found. Expected one of: name, person_name, raw_name, fullusername, councillor (found: ${header.cells.join(', ') || 'nothing'}).`,
    });
    return result;
  }
  const cell = (cells: string[], field: WatchlistField): string | null => {
    const col = columns[field];
    const value = col ? cells[col.index]?.trim() : undefined;
    return value ? value : null;
  };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rawName = cell(row.cells, 'name');
    if (!rawName) {
      result.errors.push({ line: row.line, message: `Line ${row.line}: no name` });
      continue;
    }
    const elected = cell(row.cells, 'elected');
    if (electedOnly && elected && NOT_ELECTED.test(elected)) {
      result.skipped.push({ line: row.line, message: `Line ${row.line}: ${rawName} was not elected` });
      continue;
    }
    const { name, aliases } = cleanName(rawName, cell(row.cells, 'honorific'));
    for (const alias of (cell(row.cells, 'aliases') ?? '').split(/[;|]/)) {
      const a = alias.trim();
      if (a && a !== name && !aliases.includes(a)) aliases.push(a);
    }
    const draft: WatchlistDraft = {
      name,
      aliases,
      role: cell(row.cells, 'role'),
      party: cell(row.cells, 'party'),
      ward: cell(row.cells, 'ward'),
      council: cell(row.cells, 'council'),
      line: row.line,
      sourceId: cell(row.cells, 'sourceId'),
    };
    const key = [draft.name, draft.ward ?? '', draft.council ?? ''].join('|').toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      result.errors.push({ line: row.line, message: `Line ${row.line}: duplicate of line ${first} (${name})` });
      continue;
    }
    seen.set(key, row.line);
    result.entries.push(draft);
  }
  return result;
}

interface Row {
  line: number;
  cells: string[];
}

/** Splits CSV into rows, each with the line it starts on (quoted fields may span lines). */
function readRows(source: string): Row[] {
  const rows: Row[] = [];
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; cursor < to; cursor++) if (source.charCodeAt(cursor) === 10) line++;
  };
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    step: (res) => {
      // The row begins at the first character after the previous row's end that is not a newline.
      let start = cursor;
      while (source.charCodeAt(start) === 10) start++;
      advance(start);
      const rowLine = line;
      advance(Math.max(res.meta.cursor, start));
      rows.push({ line: rowLine, cells: res.data });
    },
  });
  return rows;
}
