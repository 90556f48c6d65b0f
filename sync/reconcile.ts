/**
 * Reconciling one collection's records between the local tables and the team document, record by
 * record, with the version both sides last agreed on (the shadow) as the common base:
 * - other fields: the newer `updatedAt` wins as a whole (last writer by time);
 * - a note's text: merged as text from the base (both sides' edits kept), then written back;
 * - deletions: a tombstone as new as a version buries it, on either side; it is never undone by an
 *   older copy, only by a version made after it (an undo);
 * - private notes (and links touching them) are never written; a note made private is withdrawn;
 * - with a reader's (read-only) token nothing is written into the document: changes only come in.
 */
import type * as Y from 'yjs';
import { teamMaps, tombstoneKey } from '@/server/shared/team-document';
import type { CouncilLensDb, SyncShadow } from '@/storage/db';
import {
  applySharedDeletions,
  applySharedRecords,
  getShadows,
  sharedRecords,
  tombstonesOf,
  writeShadows,
  type SharedRecord,
  type SharedTable,
} from '@/storage/sync-apply';
import { isNewer, laterOf } from '@/storage/tombstones';
import type { CollectionSpec, ConvertContext, SyncIdentity } from './collections';
import { readRecord, writeRecord, type PlainRecord } from './team-records';
import { diffText, mergeText } from './text-merge';

/** The origin of the bridge's own document transactions (its observers skip them). */
export const BRIDGE_ORIGIN = 'council-lens-bridge';

/** What one reconciliation did. */
export interface ReconcileResult {
  /** Records written into the document (created, changed, withdrawn or deleted). */
  pushed: number;
  /** Records written into (or removed from) the local tables. */
  pulled: number;
}

/** Reconciles the records `ids` of one collection; both sides agree afterwards. */
export async function reconcile<T extends SharedTable>(
  db: CouncilLensDb,
  doc: Y.Doc,
  spec: CollectionSpec<T>,
  ids: readonly string[],
  me: SyncIdentity,
  readOnly = false,
): Promise<ReconcileResult> {
  if (ids.length === 0) return { pushed: 0, pulled: 0 };
  const keyOf = (id: string) => tombstoneKey(spec.collection, id);
  const [local, localTombs, shadows] = await Promise.all([
    sharedRecords(db, spec.table, ids),
    tombstonesOf(db, spec.table, ids),
    getShadows(db, ids.map(keyOf)),
  ]);
  const ctx = await contextFor(db, spec, [...local.values()], me);
  const maps = teamMaps(doc);
  const records = maps[spec.collection];
  const tombs = maps.tombstones;
  const toLocal: SharedRecord<T>[] = [];
  const deleteLocal: { id: string; deletedAt: string }[] = [];
  const putShadows: SyncShadow[] = [];
  const dropShadows: string[] = [];
  let pushed = 0;
  const rw = !readOnly;

  doc.transact(() => {
    for (const id of ids) {
      const key = keyOf(id);
      const L = local.get(id);
      const S = shadows.get(key);
      const lt = localTombs.get(id)?.deletedAt;
      const dt = tombs.get(key);
      let D = readRecord(records.get(id));
      if (D && dt && !isNewer(D.updatedAt, dt)) {
        if (rw) records.delete(id); // an old copy re-added after the delete (offline merge): stays deleted
        D = null;
      }
      if (L && !spec.shareable(L, ctx)) {
        if (rw && (D || S)) {
          if (records.has(id)) records.delete(id);
          tombs.set(key, laterOf(L.updatedAt, D?.updatedAt));
          dropShadows.push(key);
          pushed++;
        }
        continue;
      }
      if (L && D) {
        const shared = spec.toShared(L, ctx);
        const localText = spec.textOf?.(L);
        const docText = typeof D.text === 'string' ? D.text : '';
        const localNewer = isNewer(L.updatedAt, D.updatedAt);
        const docNewer = isNewer(D.updatedAt, L.updatedAt);
        let merged: string | undefined;
        if (spec.hasText && localText !== undefined) {
          merged = S?.text === undefined ? (docNewer ? docText : localText) : mergeText(S.text, localText, docText);
        }
        const textEdit = merged === undefined ? null : diffText(docText, merged);
        if (!rw) {
          // A reader's own version stays here; the team's comes in when it is newer.
        } else if (localNewer) {
          writeRecord(records, id, merged === undefined ? shared : { ...shared, text: merged }, textEdit, spec.createOnly);
          pushed++;
        } else if (textEdit) {
          writeRecord(records, id, { updatedAt: D.updatedAt, text: merged }, textEdit);
          pushed++;
        }
        if (docNewer) {
          const rec = spec.fromShared(id, merged === undefined ? D : { ...D, text: merged }, ctx);
          if (rec) toLocal.push(rec);
        } else if (merged !== undefined && merged !== localText) {
          toLocal.push({ ...L, note: merged } as SharedRecord<T>);
        }
        putShadows.push({ id: key, updatedAt: laterOf(L.updatedAt, D.updatedAt), ...(merged === undefined ? {} : { text: merged }) });
      } else if (L) {
        if (dt && !isNewer(L.updatedAt, dt)) {
          deleteLocal.push({ id, deletedAt: dt });
          dropShadows.push(key);
        } else if (rw) {
          writeRecord(records, id, spec.toShared(L, ctx), null, spec.createOnly);
          if (dt) tombs.delete(key);
          pushed++;
          putShadows.push({ id: key, updatedAt: L.updatedAt, ...(spec.textOf ? { text: spec.textOf(L) } : {}) });
        }
      } else if (D) {
        if (lt && !isNewer(D.updatedAt, lt)) {
          if (!rw) continue;
          records.delete(id);
          if (!dt || isNewer(lt, dt)) tombs.set(key, lt);
          pushed++;
          dropShadows.push(key);
        } else {
          const rec = spec.fromShared(id, D, ctx);
          if (rec) {
            toLocal.push(rec);
            putShadows.push({ id: key, updatedAt: D.updatedAt, ...(spec.hasText ? { text: typeof D.text === 'string' ? D.text : '' } : {}) });
          }
        }
      } else {
        // Neither side has it: spread a deletion of something once shared, and keep the team's here.
        if (rw && lt && S && (!dt || isNewer(lt, dt))) {
          tombs.set(key, lt);
          pushed++;
        }
        if (dt && (!lt || isNewer(dt, lt))) deleteLocal.push({ id, deletedAt: dt });
        if (S) dropShadows.push(key);
      }
    }
  }, BRIDGE_ORIGIN);

  const stored = await applySharedRecords(db, spec.table, toLocal);
  await applySharedDeletions(db, spec.table, deleteLocal);
  // A version the local table refused (something newer arrived meanwhile) is reconciled next time.
  const storedSet = new Set(stored.map(keyOf));
  const pulledKeys = new Set(toLocal.map((r) => keyOf(r.id)));
  await writeShadows(
    db,
    putShadows.filter((s) => !pulledKeys.has(s.id) || storedSet.has(s.id)),
    dropShadows,
  );
  return { pushed, pulled: stored.length + deleteLocal.length };
}

/** Titles of the notes' articles and the private notes a link may touch. */
async function contextFor<T extends SharedTable>(
  db: CouncilLensDb,
  spec: CollectionSpec<T>,
  records: SharedRecord<T>[],
  me: SyncIdentity,
): Promise<ConvertContext> {
  const titles = new Map<string, string | null>();
  const privateNotes = new Set<string>();
  if (spec.table === 'annotations') {
    const articleIds = [...new Set(records.map((r) => (r as SharedRecord<'annotations'>).articleId))];
    const articles = await db.articles.bulkGet(articleIds);
    articles.forEach((a, i) => titles.set(articleIds[i]!, a?.title ?? null));
  } else if (spec.table === 'links') {
    const ends = [
      ...new Set(
        records
          .flatMap((r) => [(r as SharedRecord<'links'>).from, (r as SharedRecord<'links'>).to])
          .filter((e) => e.type === 'annotation')
          .map((e) => e.id),
      ),
    ];
    const notes = await db.annotations.bulkGet(ends);
    for (const n of notes) if (n?.private) privateNotes.add(n.id);
  }
  return { me, titles, privateNotes };
}

/** The plain record type, for callers that read the document. */
export type { PlainRecord };
