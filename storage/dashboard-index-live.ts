/**
 * Keeps the dashboard's in-memory index current without reading every note again. Note changes
 * come from the writes Dexie reports (`note-writes.ts`): only the notes written since the last
 * read are read and re-indexed, deleted ones dropped, the rest kept as they were. (Asking the
 * database instead, off the `updatedAt` index, walks a cursor over every note: about a second at
 * 10,000 notes in Chromium.) Articles, officials and mentions are stamped cheaply (count and newest
 * `updatedAt`); a change there (a page analysed again) reads everything, as the first time.
 */
import type { Annotation } from '@/core/model/annotation';
import type { CouncilLensDb } from './db';
import {
  assembleIndex,
  indexNote,
  loadDashboardIndexWithOfficials,
  newestFirst,
  type DashboardIndex,
  type IndexedNote,
  type IndexedOfficial,
} from './dashboard-notes';
import type { NoteWrites } from './note-writes';

/** What the previous read saw, for the next one to compare with. */
export interface LiveDashboardIndex {
  index: DashboardIndex;
  /** The officials the index was built with (recounted, not read again, when only notes change). */
  officials: IndexedOfficial[];
  /** Articles, officials and mentions as last read (see {@link sourcesStamp}). */
  sources: string;
  /** How this result was made: `full` read everything; otherwise how many notes were read. */
  read: { full: boolean; notes: number };
}

/** Count and newest `updatedAt` of the tables the index takes from besides notes: cheap, index-only reads. */
export async function sourcesStamp(db: CouncilLensDb): Promise<string> {
  const [articles, newestArticle, officials, newestOfficial, mentions] = await Promise.all([
    db.articles.count(),
    db.articles.orderBy('updatedAt').lastKey(),
    db.officials.count(),
    db.officials.orderBy('updatedAt').lastKey(),
    db.mentions.count(),
  ]);
  return JSON.stringify([articles, newestArticle ?? null, officials, newestOfficial ?? null, mentions]);
}

/**
 * The index after `previous` (null the first time) and the note `writes` made since: only the notes
 * written are read. Officials' names and the mentions map are reused while the sources stamp is equal.
 */
export async function refreshDashboardIndex(db: CouncilLensDb, previous: LiveDashboardIndex | null, writes: NoteWrites | null): Promise<LiveDashboardIndex> {
  const sources = await sourcesStamp(db);
  if (!previous || previous.sources !== sources || writes === 'all') {
    const { index, officials } = await loadDashboardIndexWithOfficials(db);
    return { index, officials, sources, read: { full: true, notes: index.notes.length } };
  }
  if (!writes || writes.size === 0) return { ...previous, read: { full: false, notes: 0 } };
  const changed = (await db.annotations.bulkGet([...writes])).filter((a): a is Annotation => !!a);
  const articles = new Map((await db.articles.bulkGet([...new Set(changed.map((a) => a.articleId))])).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const fresh = changed.map((a) => indexNote(a, articles.get(a.articleId)));
  const kept: IndexedNote[] = previous.index.notes.filter((n) => !writes.has(n.note.annotation.id));
  const notes = [...kept, ...fresh].sort((x, y) => newestFirst(x.note.annotation, y.note.annotation));
  return {
    index: assembleIndex(notes, previous.index.officialArticles, previous.officials),
    officials: previous.officials,
    sources,
    read: { full: false, notes: fresh.length },
  };
}
