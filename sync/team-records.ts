/**
 * Reading and writing one record of a team document (server/shared/team-document.ts): one nested
 * Y.Map per record, a note's text as Y.Text. Writes set only the fields that differ, so a record
 * changed on two devices keeps each side's untouched fields, and the text is edited in place (a
 * range replaced), so concurrent edits of one note merge as text.
 */
import * as Y from 'yjs';
import type { TextEdit } from './text-merge';

/** A record's plain fields as the document holds them (`text` as a string here). */
export type PlainRecord = Record<string, unknown> & { updatedAt: string };

/** The plain fields of a record map, `Y.Text` read as a string; null when it has no `updatedAt`. */
export function readRecord(map: Y.Map<unknown> | undefined): PlainRecord | null {
  if (!(map instanceof Y.Map)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) out[key] = value instanceof Y.Text ? value.toString() : value;
  return typeof out.updatedAt === 'string' ? (out as PlainRecord) : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Creates the record `id` in `records` with `fields` (a `text` string becomes a Y.Text), or sets the
 * fields that differ on the existing one; `textEdit` (when given) is applied to its existing text.
 * Fields named in `createOnly` (who added it) are written only when the record is created.
 * Call inside a transaction.
 */
export function writeRecord(
  records: Y.Map<Y.Map<unknown>>,
  id: string,
  fields: PlainRecord,
  textEdit?: TextEdit | null,
  createOnly: readonly string[] = [],
): void {
  const existing = records.get(id);
  if (!(existing instanceof Y.Map)) {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      map.set(key, key === 'text' && typeof value === 'string' ? new Y.Text(value) : value);
    }
    records.set(id, map);
    return;
  }
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'text' || createOnly.includes(key)) continue;
    if (value === undefined) {
      if (existing.has(key)) existing.delete(key);
    } else if (!sameValue(existing.get(key), value)) existing.set(key, value);
  }
  if (fields.text === undefined) return;
  const text = existing.get('text');
  if (!(text instanceof Y.Text)) {
    existing.set('text', new Y.Text(String(fields.text)));
  } else if (textEdit) {
    if (textEdit.end > textEdit.start) text.delete(textEdit.start, textEdit.end - textEdit.start);
    if (textEdit.insert) text.insert(textEdit.start, textEdit.insert);
  }
}
