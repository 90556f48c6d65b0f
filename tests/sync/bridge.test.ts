/**
 * The sync bridge between local tables and a team document, with documents exchanged in memory
 * (the wire is tested against a real server in tests/sync/wire.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { teamMaps } from '@/server/shared/team-document';
import { deleteAnnotation, saveAnnotation, updateAnnotation } from '@/storage/annotations';
import { addLink } from '@/storage/links';
import { bulkPutWatchlist, removeWatchlistEntry } from '@/storage/watchlist';
import { annotation, submission } from '../storage/fixtures';
import { createBridge } from '@/sync/bridge';
import { device, syncAll, type Device } from './devices';

const A = 'https://gazette.example/budget';
const at = (min: number) => new Date(Date.UTC(2024, 3, 1, 12, min));
let devices: Device[] = [];
afterEach(() => {
  devices.forEach((d) => {
    d.bridge.destroy();
    d.db.close();
  });
  devices = [];
});
function make(...users: string[]): Device[] {
  devices = users.map((u) => device(u, u === 'ana' ? 'Ana Pryce' : `Name of ${u}`));
  return devices;
}
const save = (d: Device, id: string, over = {}) => saveAnnotation(d.db, { annotation: annotation(id, A, over), article: submission(A) }, at(0));

describe('sync bridge', () => {
  it('a note reaches the reader’s other device as theirs, and a teammate with its author', async () => {
    const [laptop, desktop, mate] = make('ana', 'ana', 'ben');
    await save(laptop!, 'n1', { note: 'Gap is bigger than stated' });
    await Promise.all(devices.map((d) => d.bridge.reconcileAll()));
    await syncAll(devices);
    const onDesktop = await desktop!.db.annotations.get('n1');
    expect(onDesktop?.note).toBe('Gap is bigger than stated');
    expect(onDesktop?.authorId).toBeUndefined();
    const onMate = await mate!.db.annotations.get('n1');
    expect(onMate).toMatchObject({ note: 'Gap is bigger than stated', authorId: 'ana', authorName: 'Ana Pryce' });
    expect(teamMaps(mate!.doc).notes.get('n1')?.get('title')).toBe(`Story at ${A}`);
    // The teammate never saved the story: the note carries its title for the lists.
    expect(await mate!.db.articles.get(A)).toBeUndefined();
    expect(onMate?.articleTitle).toBe(`Story at ${A}`);
    // An edit on that profile, which has no article to read the title from, keeps it in the document.
    await updateAnnotation(mate!.db, 'n1', { note: 'Gap is bigger than stated, says Ben' }, at(5));
    await mate!.bridge.reconcileAll();
    await syncAll(devices);
    expect(teamMaps(laptop!.doc).notes.get('n1')?.get('title')).toBe(`Story at ${A}`);
    expect((await desktop!.db.annotations.get('n1'))?.note).toBe('Gap is bigger than stated, says Ben');
  });

  it('a private note never enters the document, and a note made private is withdrawn', async () => {
    const [laptop, mate] = make('ana', 'ben');
    await save(laptop!, 'secret', { note: 'source says', private: true });
    await save(laptop!, 'open', { note: 'public' });
    await syncAll(devices);
    expect(teamMaps(laptop!.doc).notes.has('secret')).toBe(false);
    expect(JSON.stringify(laptop!.doc.toJSON())).not.toContain('source says');
    expect(await mate!.db.annotations.get('open')).toBeDefined();
    await updateAnnotation(laptop!.db, 'open', { private: true }, at(5));
    await syncAll(devices);
    expect(await mate!.db.annotations.get('open')).toBeUndefined();
    expect((await laptop!.db.annotations.get('open'))?.note).toBe('public');
  });

  it('offline edits of one note’s text on two devices merge as text', async () => {
    const [a, b] = make('ana', 'ben');
    await save(a!, 'n1', { note: 'The council voted for the plan.' });
    await syncAll(devices);
    await updateAnnotation(a!.db, 'n1', { note: 'The full council voted for the plan.' }, at(10));
    await updateAnnotation(b!.db, 'n1', { note: 'The council voted for the plan on Tuesday.' }, at(11));
    await syncAll(devices);
    for (const d of devices) expect((await d.db.annotations.get('n1'))?.note).toBe('The full council voted for the plan on Tuesday.');
  });

  it('edits already in both documents before they meet (a silent network loss) merge once, not twice', async () => {
    const [a, b] = make('ana', 'ben');
    await save(a!, 'n1', { note: 'Cuts agreed.' });
    await syncAll(devices);
    await updateAnnotation(a!.db, 'n1', { note: 'Cuts agreed. Unison objects.', color: 'pink' }, at(10));
    await updateAnnotation(b!.db, 'n1', { note: 'Cuts agreed. Vote was 31-12.', color: 'blue' }, at(20));
    await a!.bridge.localChanged();
    await b!.bridge.localChanged();
    await syncAll(devices);
    const notes = await Promise.all(devices.map((d) => d.db.annotations.get('n1')));
    expect(new Set(notes.map((n) => n?.note)).size).toBe(1);
    expect(notes[0]!.note.match(/Unison objects\./g)).toHaveLength(1);
    expect(notes[0]!.note.match(/Vote was 31-12\./g)).toHaveLength(1);
    for (const n of notes) expect(n?.color).toBe('blue');
  });

  it('other fields: the later edit wins as a whole, whichever device Yjs orders last', async () => {
    const [a, b] = make('ana', 'ben');
    await save(a!, 'n1');
    await syncAll(devices);
    await updateAnnotation(b!.db, 'n1', { color: 'blue', tags: ['later'] }, at(20));
    await updateAnnotation(a!.db, 'n1', { color: 'pink', tags: ['earlier'] }, at(10));
    await syncAll(devices);
    for (const d of devices) expect(await d.db.annotations.get('n1')).toMatchObject({ color: 'blue', tags: ['later'] });
  });

  it('a delete wins over an older offline edit, and never comes back', async () => {
    const [a, b] = make('ana', 'ana');
    await save(a!, 'n1', { note: 'x' });
    await syncAll(devices);
    await updateAnnotation(b!.db, 'n1', { note: 'edited before the delete' }, at(5));
    await deleteAnnotation(a!.db, 'n1', at(30));
    await syncAll(devices);
    for (const d of devices) expect(await d.db.annotations.get('n1')).toBeUndefined();
    expect(teamMaps(a!.doc).tombstones.get('notes:n1')).toBeDefined();
    // An old copy saved again (a queued save) stays deleted everywhere.
    await save(b!, 'n1', { note: 'stale replay', updatedAt: at(1).toISOString() });
    await syncAll(devices);
    for (const d of devices) expect(await d.db.annotations.get('n1')).toBeUndefined();
  });

  it('a reader (read-only token) receives the team’s notes and writes nothing into the document', async () => {
    const ana = device('ana');
    const base = device('intern');
    base.bridge.destroy();
    const intern: Device = { ...base, bridge: createBridge(base.db, base.doc, base.me, () => new Date('2024-04-01T00:00:00.000Z'), null, true) };
    devices = [ana, intern];
    await save(ana, 'n1', { note: 'from a member' });
    await save(intern, 'own', { note: 'the reader’s own' });
    await syncAll(devices);
    expect((await intern.db.annotations.get('n1'))?.note).toBe('from a member');
    expect(teamMaps(intern.doc).notes.has('own')).toBe(false);
    expect(await ana.db.annotations.get('own')).toBeUndefined();
    await updateAnnotation(intern.db, 'n1', { note: 'changed by the reader' }, at(30));
    await syncAll(devices);
    expect((await ana.db.annotations.get('n1'))?.note).toBe('from a member');
  });

  it('links and a watchlist import reach every member; a removal reaches them too', async () => {
    const [a, b] = make('ana', 'ben');
    await save(a!, 'n1');
    await addLink(a!.db, { from: { type: 'annotation', id: 'n1' }, to: { type: 'article', id: 'https://gazette.example/other' }, note: 'follow-up' }, at(2));
    await bulkPutWatchlist(
      a!.db,
      [
        { id: 'wl-1', name: 'Rhona Teale', aliases: ['Cllr Teale'], role: 'leader', party: null, ward: null, council: 'Wessex' },
        { id: 'wl-2', name: 'Idris Marsh', aliases: [], role: null, party: null, ward: 'Quay', council: 'Wessex' },
      ],
      at(3),
    );
    await syncAll(devices);
    expect((await b!.db.links.toArray()).map((l) => l.note)).toEqual(['follow-up']);
    expect((await b!.db.watchlist.toArray()).map((w) => w.name).sort()).toEqual(['Idris Marsh', 'Rhona Teale']);
    await removeWatchlistEntry(b!.db, 'wl-2', at(9));
    await syncAll(devices);
    expect((await a!.db.watchlist.toArray()).map((w) => w.name)).toEqual(['Rhona Teale']);
  });
});
