/**
 * Random sequences of what a reader, a page and the browser can do to notes — create, edit on the
 * page or in the popup, delete, undo, link, forget an article, drain the outbox, stop the worker,
 * export and import — run against the real storage and background code, and after every step the
 * database is compared with a small in-memory model of the rules: the newer version wins, a delete
 * is a version that wins ties, undo puts the note and its links back, Forget removes only the
 * article record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers, type BackgroundHandlers } from '@/background/handlers';
import { drainOutboxChecked } from '@/background/outbox-drain';
import type { ExportData } from '@/core/export/types';
import type { Annotation } from '@/core/model/annotation';
import type { LinkEnd } from '@/core/model/records';
import { dequeue, enqueue, type KeyValueArea } from '@/messaging/outbox';
import { deleteAnnotation, restoreAnnotation, updateAnnotation, type DeletedNote } from '@/storage/annotations';
import { forgetArticle } from '@/storage/articles';
import { importData } from '@/storage/backup';
import { openDb, type CouncilLensDb } from '@/storage/db';
import { collectExportData } from '@/storage/export-scope';
import { addLink, linkId } from '@/storage/links';
import { annotation as makeAnnotation, submission } from '../storage/fixtures';

const ARTICLES = ['https://wessex-gazette.example/news/budget', 'https://trowle-echo.example/story/depot'];
const NOTES = ['n0', 'n1', 'n2'];

type Op =
  | { op: 'create'; note: number; article: number; deliver: boolean }
  | { op: 'editOnPage'; note: number; deliver: boolean }
  | { op: 'editInPopup'; note: number }
  | { op: 'deleteOnPage'; note: number }
  | { op: 'deleteInPopup'; note: number }
  | { op: 'undo'; note: number }
  | { op: 'link'; from: number; to: number; toArticle: boolean }
  | { op: 'forget'; article: number }
  | { op: 'drain' }
  | { op: 'stopWorker' }
  | { op: 'export' }
  | { op: 'import'; backup: number };

const note = fc.integer({ min: 0, max: NOTES.length - 1 });
const article = fc.integer({ min: 0, max: ARTICLES.length - 1 });
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  w(4, fc.record({ op: fc.constant('create' as const), note, article, deliver: fc.boolean() })),
  w(4, fc.record({ op: fc.constant('editOnPage' as const), note, deliver: fc.boolean() })),
  w(3, fc.record({ op: fc.constant('editInPopup' as const), note })),
  w(2, fc.record({ op: fc.constant('deleteOnPage' as const), note })),
  w(2, fc.record({ op: fc.constant('deleteInPopup' as const), note })),
  w(2, fc.record({ op: fc.constant('undo' as const), note })),
  w(3, fc.record({ op: fc.constant('link' as const), from: note, to: fc.integer({ min: 0, max: NOTES.length - 1 }), toArticle: fc.boolean() })),
  w(1, fc.record({ op: fc.constant('forget' as const), article })),
  w(3, fc.constant({ op: 'drain' as const })),
  w(1, fc.constant({ op: 'stopWorker' as const })),
  w(2, fc.constant({ op: 'export' as const })),
  w(2, fc.record({ op: fc.constant('import' as const), backup: fc.nat(5) })),
);

/** The model: plain maps and the rules, written without the storage code. */
interface Version {
  id: string;
  articleId: string;
  note: string;
  updatedAt: number;
}
interface ModelLink {
  id: string;
  from: LinkEnd;
  to: LinkEnd;
  updatedAt: number;
}
interface Model {
  notes: Map<string, Version>;
  noteGraves: Map<string, number>;
  links: Map<string, ModelLink>;
  linkGraves: Map<string, number>;
  articles: Map<string, { updatedAt: number }>;
  articleGraves: Map<string, number>;
  outbox: Map<string, Version>;
  /** The page's own copy of each note it shows. */
  page: Map<string, Version>;
  /** What the popup's Undo would put back. */
  undo: Map<string, { note: Version; links: ModelLink[] }>;
  backups: { data: ExportData; model: Pick<Model, 'notes' | 'links' | 'articles'> }[];
  used: Set<string>;
}

const iso = (t: number) => new Date(t).toISOString();
const T0 = Date.UTC(2025, 0, 1);

/** A save or replay: applies unless a tombstone at least as new or a newer version exists. */
function applySave(m: Model, v: Version, now: number): void {
  const grave = m.noteGraves.get(v.id);
  if (grave !== undefined && v.updatedAt <= grave) return;
  const held = m.notes.get(v.id);
  if (held && held.updatedAt > v.updatedAt) return;
  m.notes.set(v.id, v);
  m.noteGraves.delete(v.id);
  if (!m.articles.has(v.articleId)) {
    m.articles.set(v.articleId, { updatedAt: now });
    m.articleGraves.delete(v.articleId);
  }
}

function deleteNote(m: Model, id: string, now: number): { note: Version; links: ModelLink[] } | null {
  const held = m.notes.get(id);
  const links = [...m.links.values()].filter((l) => [l.from, l.to].some((e) => e.type === 'annotation' && e.id === id));
  m.notes.delete(id);
  for (const l of links) {
    m.links.delete(l.id);
    m.linkGraves.set(l.id, now);
  }
  m.noteGraves.set(id, now);
  return held ? { note: held, links } : null;
}

/** Import keeps the stored copy on ties; otherwise the same rule as a save. */
function applyImport<T extends { updatedAt: number }>(held: Map<string, T>, graves: Map<string, number>, id: string, v: T): void {
  const grave = graves.get(id);
  if (grave !== undefined && v.updatedAt <= grave) return;
  const current = held.get(id);
  if (current && current.updatedAt >= v.updatedAt) return;
  held.set(id, v);
  graves.delete(id);
}

class World {
  db: CouncilLensDb;
  handlers: BackgroundHandlers;
  now = T0;
  readonly area: KeyValueArea & { data: Map<string, unknown> };
  readonly m: Model = {
    notes: new Map(),
    noteGraves: new Map(),
    links: new Map(),
    linkGraves: new Map(),
    articles: new Map(),
    articleGraves: new Map(),
    outbox: new Map(),
    page: new Map(),
    undo: new Map(),
    backups: [],
    used: new Set(),
  };
  private readonly popupUndo = new Map<string, DeletedNote>();

  constructor(private readonly name: string) {
    this.db = openDb(name);
    this.handlers = createHandlers(this.db, () => new Date(this.now));
    const data = new Map<string, unknown>();
    this.area = {
      data,
      get: async (keys) => {
        if (typeof keys === 'string') return data.has(keys) ? { [keys]: structuredClone(data.get(keys)) } : {};
        return Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)]));
      },
      set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
      remove: async (keys) => void [keys].flat().forEach((k) => data.delete(k)),
    };
  }

  private annotationOf(v: Version): Annotation {
    return makeAnnotation(v.id, v.articleId, { note: v.note, createdAt: iso(T0), updatedAt: iso(v.updatedAt) });
  }

  /** The content script's save: outbox first, then (unless the worker is gone) the background. */
  private async pageSave(v: Version, deliver: boolean): Promise<void> {
    this.m.page.set(v.id, v);
    const entry = { annotation: this.annotationOf(v), article: submission(v.articleId, { auto: false }) };
    await enqueue(this.area, entry);
    this.m.outbox.set(v.id, v);
    if (!deliver) return;
    await this.handlers.saveAnnotation(entry);
    await dequeue(this.area, v.id);
    this.m.outbox.delete(v.id);
    applySave(this.m, v, this.now);
  }

  async run(o: Op): Promise<void> {
    this.now += 60_000;
    const m = this.m;
    const id = 'note' in o ? NOTES[o.note]! : '';
    switch (o.op) {
      case 'create': {
        if (m.used.has(id)) return; // ids are UUIDs: a note is created once
        m.used.add(id);
        return this.pageSave({ id, articleId: ARTICLES[o.article]!, note: `made ${this.now}`, updatedAt: this.now }, o.deliver);
      }
      case 'editOnPage': {
        const copy = m.page.get(id);
        if (!copy) return;
        return this.pageSave({ ...copy, note: `page edit ${this.now}`, updatedAt: this.now }, o.deliver);
      }
      case 'editInPopup': {
        const text = `popup edit ${this.now}`;
        const held = m.notes.get(id);
        if (!held) {
          await expect(updateAnnotation(this.db, id, { note: text }, new Date(this.now))).rejects.toThrow(/deleted/);
          return;
        }
        await updateAnnotation(this.db, id, { note: text }, new Date(this.now));
        m.notes.set(id, { ...held, note: text, updatedAt: this.now });
        return;
      }
      case 'deleteOnPage': {
        if (!m.page.has(id)) return;
        await this.handlers.deleteAnnotation(id);
        m.page.delete(id);
        deleteNote(m, id, this.now);
        return;
      }
      case 'deleteInPopup': {
        if (!m.notes.has(id)) return; // the popup lists stored notes only
        const removed = await deleteAnnotation(this.db, id, new Date(this.now));
        this.popupUndo.set(id, removed!);
        m.undo.set(id, deleteNote(m, id, this.now)!);
        return;
      }
      case 'undo': {
        const removed = this.popupUndo.get(id);
        const expected = m.undo.get(id);
        if (!removed || !expected) return;
        await restoreAnnotation(this.db, removed, new Date(this.now));
        this.popupUndo.delete(id);
        m.undo.delete(id);
        m.notes.set(id, { ...expected.note, updatedAt: this.now });
        m.noteGraves.delete(id);
        for (const l of expected.links) {
          const ends = [l.from, l.to].filter((e) => e.type === 'annotation' && e.id !== id);
          if (!ends.every((e) => m.notes.has(e.id))) continue;
          m.links.set(l.id, { ...l, updatedAt: this.now });
          m.linkGraves.delete(l.id);
        }
        return;
      }
      case 'link': {
        const fromId = NOTES[o.from]!;
        const toEnd: LinkEnd = o.toArticle ? { type: 'article', id: ARTICLES[o.to % ARTICLES.length]! } : { type: 'annotation', id: NOTES[o.to]! };
        const from: LinkEnd = { type: 'annotation', id: fromId };
        const possible = m.notes.has(fromId) && (toEnd.type === 'article' || m.notes.has(toEnd.id));
        const made = addLink(this.db, { from, to: toEnd, note: '' }, new Date(this.now));
        if (!possible) return void (await expect(made).rejects.toThrow(/no longer exists/));
        await made;
        const lid = linkId(from, toEnd);
        m.links.set(lid, { id: lid, from, to: toEnd, updatedAt: this.now });
        m.linkGraves.delete(lid);
        return;
      }
      case 'forget': {
        const a = ARTICLES[o.article]!;
        await forgetArticle(this.db, a, new Date(this.now));
        if (m.articles.delete(a)) m.articleGraves.set(a, this.now);
        return;
      }
      case 'drain': {
        await drainOutboxChecked(this.db, this.handlers, this.area);
        for (const v of [...m.outbox.values()].sort((a, b) => a.updatedAt - b.updatedAt)) applySave(m, v, this.now);
        m.outbox.clear();
        return;
      }
      case 'stopWorker': {
        // Everything in the worker's memory is gone; the database and storage.local stay.
        this.db.close();
        this.db = openDb(this.name);
        this.handlers = createHandlers(this.db, () => new Date(this.now));
        return;
      }
      case 'export': {
        const data = await collectExportData(this.db, { kind: 'all' });
        m.backups.push({ data, model: { notes: new Map(m.notes), links: new Map(m.links), articles: new Map(m.articles) } });
        return;
      }
      case 'import': {
        const backup = m.backups[o.backup % Math.max(m.backups.length, 1)];
        if (!backup) return;
        const result = await importData(this.db, backup.data, 'merge');
        expect(result.ok).toBe(true);
        for (const [aid, a] of backup.model.articles) applyImport(m.articles, m.articleGraves, aid, a);
        for (const [nid, v] of backup.model.notes) applyImport(m.notes, m.noteGraves, nid, v);
        for (const [lid, l] of backup.model.links) applyImport(m.links, m.linkGraves, lid, l);
        return;
      }
    }
  }

  /** The database and the outbox, projected to what the model tracks. */
  async observed() {
    const [notes, links, articles, graves, linkGraves] = await Promise.all([
      this.db.annotations.toArray(),
      this.db.links.toArray(),
      this.db.articles.toArray(),
      this.db.tombstones.where('table').equals('annotations').toArray(),
      this.db.tombstones.where('table').equals('links').toArray(),
    ]);
    return {
      notes: Object.fromEntries(notes.map((a) => [a.id, { articleId: a.articleId, note: a.note, updatedAt: a.updatedAt }])),
      links: Object.fromEntries(links.map((l) => [l.id, l.updatedAt])),
      articles: articles.map((a) => a.id).sort(),
      deleted: Object.fromEntries(graves.map((t) => [t.recordId, t.deletedAt])),
      deletedLinks: Object.fromEntries(linkGraves.map((t) => [t.recordId, t.deletedAt])),
      outbox: [...this.area.data.keys()].map((k) => k.replace('council-lens-outbox:', '')).sort(),
    };
  }

  expected() {
    const m = this.m;
    return {
      notes: Object.fromEntries([...m.notes].map(([k, v]) => [k, { articleId: v.articleId, note: v.note, updatedAt: iso(v.updatedAt) }])),
      links: Object.fromEntries([...m.links].map(([k, l]) => [k, iso(l.updatedAt)])),
      articles: [...m.articles.keys()].sort(),
      deleted: Object.fromEntries([...m.noteGraves].map(([k, t]) => [k, iso(t)])),
      deletedLinks: Object.fromEntries([...m.linkGraves].map(([k, t]) => [k, iso(t)])),
      outbox: [...m.outbox.keys()].sort(),
    };
  }
}

let run = 0;

describe('notes under random sequences of saves, edits, deletes, undo, forget, outbox, worker stops and imports', () => {
  it('the database always equals the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40, size: 'max' }), async (ops) => {
        const world = new World(`property-${Date.now()}-${run++}`);
        try {
          for (const [i, o] of ops.entries()) {
            await world.run(o);
            expect(await world.observed(), `after step ${i}: ${JSON.stringify(o)}`).toEqual(world.expected());
          }
        } finally {
          world.db.close();
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
