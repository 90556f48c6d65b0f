/**
 * The popup's search index: every note's folded quote, note and tags, held in memory so a search
 * is a pass over strings instead of reading and folding every note again (at 10,000 notes that
 * read alone is 4.6 MB and several hundred milliseconds of IndexedDB per search).
 *
 * Built once by reading every note, then kept current from the writes Dexie reports
 * (`note-writes.ts`): a refresh reads only the notes written since.
 */
import type { Annotation } from '@/core/model/annotation';
import type { CouncilLensDb } from './db';
import { allAnnotations, newestFirst } from './dashboard-notes';
import type { NoteWrites } from './note-writes';
import { foldText, matchesAll } from './text-search';

/** One searchable note. */
interface SearchEntry {
  annotation: Annotation;
  /** Folded quote, note and tags: what the popup's search box matches. */
  haystack: string;
}

/** Every note, newest first, with its searchable text. */
export interface NoteSearchIndex {
  entries: SearchEntry[];
}

/** The text a note is found by (the same fields the database path of `listAnnotations` folds). */
export function searchableText(a: Annotation): string {
  return foldText(`${a.target.quote.exact}\n${a.note}\n${a.tags.join(' ')}`);
}

const entry = (annotation: Annotation): SearchEntry => ({ annotation, haystack: searchableText(annotation) });

/**
 * The index after `previous` and the `writes` made since (null and null the first time): a first
 * build or a range write reads every note, otherwise only the notes written are read again.
 */
export async function refreshNoteSearchIndex(db: CouncilLensDb, previous: NoteSearchIndex | null, writes: NoteWrites | null): Promise<NoteSearchIndex> {
  if (!previous || writes === 'all') {
    const notes = await allAnnotations(db);
    notes.sort(newestFirst);
    return { entries: notes.map(entry) };
  }
  if (!writes || writes.size === 0) return previous;
  const ids = [...writes];
  const fresh = (await db.annotations.bulkGet(ids)).filter((a): a is Annotation => !!a);
  const kept = previous.entries.filter((e) => !writes.has(e.annotation.id));
  return { entries: [...kept, ...fresh.map(entry)].sort((x, y) => newestFirst(x.annotation, y.annotation)) };
}

/** The notes holding every term (already folded, as `searchTerms` gives them), newest first. */
export function searchIndex(index: NoteSearchIndex, terms: readonly string[]): Annotation[] {
  const out: Annotation[] = [];
  for (const e of index.entries) if (matchesAll(e.haystack, terms)) out.push(e.annotation);
  return out;
}
