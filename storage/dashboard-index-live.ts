/**
 * Keeps the dashboard's in-memory index current without reading every note again. The live query
 * reads only keys first: each note's id and `updatedAt` off the `updatedAt` index, plus a stamp
 * of the articles, officials and mentions (count and newest `updatedAt`). Notes whose `updatedAt`
 * differs from the last read (edited, retagged, or a teammate's note from sync, whatever its
 * clock said) are read and re-indexed, deleted ones dropped, the rest kept as they were. A change
 * to articles, officials or mentions (a page analysed again) reads everything, as the first time.
 * Only Dexie reads: usable inside `liveQuery`, which runs it again on any change to those tables.
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

/** What the previous read saw, for the next one to compare with. */
export interface LiveDashboardIndex {
  index: DashboardIndex;
  /** The officials the index was built with (recounted, not read again, when only notes change). */
  officials: IndexedOfficial[];
  /** Note id → its `updatedAt` when indexed. */
  versions: Map<string, string>;
  /** Articles, officials and mentions as last read (see {@link sourcesStamp}). */
  sources: string;
  /** How this result was made: `full` read everything; otherwise how many notes were read. */
  read: { full: boolean; notes: number };
}

/** Count and newest `updatedAt` of the tables the index takes from besides notes: cheap, index-only reads. */
async function sourcesStamp(db: CouncilLensDb): Promise<string> {
  const [articles, newestArticle, officials, newestOfficial, mentions] = await Promise.all([
    db.articles.count(),
    db.articles.orderBy('updatedAt').lastKey(),
    db.officials.count(),
    db.officials.orderBy('updatedAt').lastKey(),
    db.mentions.count(),
  ]);
  return JSON.stringify([articles, newestArticle ?? null, officials, newestOfficial ?? null, mentions]);
}

/** Every note's id and `updatedAt`, off the index (keys only: no note is deserialised). */
async function noteVersions(db: CouncilLensDb): Promise<Map<string, string>> {
  const byDate = db.annotations.orderBy('updatedAt');
  const [dates, ids] = await Promise.all([byDate.keys(), byDate.primaryKeys()]);
  return new Map(ids.map((id, i) => [id, String(dates[i])]));
}

/**
 * The index after `previous` (null the first time): only the notes that changed since are read.
 * Officials' names and the mentions map are reused from `previous`, as the sources stamp is equal.
 */
export async function refreshDashboardIndex(db: CouncilLensDb, previous: LiveDashboardIndex | null): Promise<LiveDashboardIndex> {
  const [versions, sources] = await Promise.all([noteVersions(db), sourcesStamp(db)]);
  if (!previous || previous.sources !== sources) {
    const { index, officials } = await loadDashboardIndexWithOfficials(db);
    return { index, officials, versions, sources, read: { full: true, notes: index.notes.length } };
  }
  const changedIds = [...versions].filter(([id, at]) => previous.versions.get(id) !== at).map(([id]) => id);
  const removed = previous.versions.size + changedIds.filter((id) => !previous.versions.has(id)).length !== versions.size;
  if (changedIds.length === 0 && !removed) return { ...previous, read: { full: false, notes: 0 } };
  const changed = (await db.annotations.bulkGet(changedIds)).filter((a): a is Annotation => !!a);
  const articles = new Map((await db.articles.bulkGet([...new Set(changed.map((a) => a.articleId))])).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const fresh = new Map(changed.map((a) => [a.id, indexNote(a, articles.get(a.articleId))]));
  const kept: IndexedNote[] = previous.index.notes.filter((n) => versions.has(n.note.annotation.id) && !fresh.has(n.note.annotation.id));
  const notes = [...kept, ...fresh.values()].sort((x, y) => newestFirst(x.note.annotation, y.note.annotation));
  return {
    index: assembleIndex(notes, previous.index.officialArticles, previous.officials),
    officials: previous.officials,
    versions,
    sources,
    read: { full: false, notes: changed.length },
  };
}
