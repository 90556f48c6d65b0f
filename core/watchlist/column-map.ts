/**
 * Which CSV header feeds which watchlist field. Councillor lists come from several publishers, each
 * with its own column names; matching is by header name (case-insensitive, spaces and hyphens treated
 * as underscores), never by position, so reordered or extra columns do not matter.
 */

/** The fields a watchlist CSV can fill. `honorific`, `sourceId` and `elected` only inform the others. */
export type WatchlistField = 'name' | 'honorific' | 'party' | 'ward' | 'council' | 'role' | 'aliases' | 'sourceId' | 'elected';

/**
 * Header synonyms per field, in order of preference. Sources: Democracy Club candidate exports,
 * Democracy Club's LGSF councillor scrapers, Open Council Data UK, ModernGov, and plain spreadsheets.
 */
export const HEADER_SYNONYMS: Record<WatchlistField, readonly string[]> = {
  name: ['name', 'person_name', 'raw_name', 'fullusername', 'councillor', 'councillor_name', 'full_name', 'fullname'],
  honorific: ['honorific_prefix', 'honorific', 'title'],
  party: ['party', 'party_name', 'raw_party', 'politicalpartytitle', 'political_party'],
  ward: ['ward', 'post_label', 'raw_division', 'wardtitle', 'ward_name', 'division', 'electoral_division'],
  council: ['council', 'organisation_name', 'council_name', 'authority', 'local_authority', 'organisation'],
  role: ['role', 'position', 'job_title'],
  aliases: ['aliases', 'alias', 'other_names', 'also_known_as'],
  sourceId: ['person_id', 'id', 'councillor_id', 'userid'],
  elected: ['elected'],
};

/** Normalises a header for matching: trimmed, lower case, runs of spaces/hyphens/dots as one `_`. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/** The column chosen for each field: its index in the row and the header as written in the file. */
export type ColumnMapping = Partial<Record<WatchlistField, { index: number; header: string }>>;

/**
 * Maps a header row to fields. For each field the first synonym present wins, so a file with both
 * `name` and `person_name` uses `name`. A column is used for at most one field.
 */
export function mapColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of Object.keys(HEADER_SYNONYMS) as WatchlistField[]) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      const index = normalised.findIndex((h, i) => h === synonym && !used.has(i));
      if (index >= 0) {
        mapping[field] = { index, header: headers[index]!.replace(/^\uFEFF/, '').trim() };
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}
