import { afterEach, describe, expect, it } from 'vitest';
import { rememberArticle } from '@/storage/articles';
import { saveAnnotation } from '@/storage/annotations';
import { listOfficials, officialDossier } from '@/storage/official-queries';
import { addWatchlistEntry, bulkPutWatchlist, listWatchlist, removeWatchlistEntry, updateWatchlistEntry } from '@/storage/watchlist';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, freshDb, NOW, official, submission } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

describe('listOfficials and officialDossier', () => {
  it('counts articles per official and builds a dated dossier with roles and notes', async () => {
    db = freshDb();
    await rememberArticle(
      db,
      submission('https://n.example/late', {
        publishedTime: '2024-06-01T00:00:00Z',
        officials: [official('Ruth Okafor', ['Cllr Okafor'], 'cabinet member for housing')],
      }),
      NOW,
    );
    await rememberArticle(
      db,
      submission('https://n.example/early', {
        publishedTime: '2023-02-01T00:00:00Z',
        officials: [official('Ruth Okafor', ['Ruth Okafor'], 'deputy leader'), official('Dan Hurst')],
      }),
      NOW,
    );
    await saveAnnotation(
      db,
      { annotation: annotation('n1', 'https://n.example/early', { note: 'promised 300 homes' }), article: submission('https://n.example/early') },
      NOW,
    );

    const list = await listOfficials(db);
    expect(list.map((o) => [o.official.id, o.articleCount])).toEqual([
      ['ruth-okafor', 2],
      ['dan-hurst', 1],
    ]);
    expect(list[0]?.lastSeen).toBe('2024-06-01T00:00:00Z');
    expect((await listOfficials(db, { text: 'housing' })).map((o) => o.official.id)).toEqual(['ruth-okafor']);

    const dossier = await officialDossier(db, 'ruth-okafor');
    expect(dossier?.entries.map((e) => [e.article.id, e.role])).toEqual([
      ['https://n.example/early', 'deputy leader'],
      ['https://n.example/late', 'cabinet member for housing'],
    ]);
    expect(dossier?.entries[0]?.annotations.map((a) => a.note)).toEqual(['promised 300 homes']);
    expect(dossier?.official.roles).toEqual(['cabinet member for housing', 'deputy leader']);
    expect(await officialDossier(db, 'nobody')).toBeNull();
  });
});

describe('watchlist', () => {
  const entry = {
    id: 'dc-101',
    name: ' Ruth Okafor ',
    aliases: ['Cllr Okafor', ''],
    role: 'councillor',
    party: 'Labour',
    ward: 'Northgate',
    council: 'Wessex County Council',
  };

  it('adds, updates, removes and lists entries', async () => {
    db = freshDb();
    const added = await addWatchlistEntry(db, entry, NOW);
    expect(added.name).toBe('Ruth Okafor');
    expect(added.aliases).toEqual(['Cllr Okafor']);
    const later = new Date('2024-05-01T00:00:00Z');
    const updated = await updateWatchlistEntry(db, 'dc-101', { party: 'Independent' }, later);
    expect(updated?.party).toBe('Independent');
    expect(updated?.createdAt).toBe(NOW.toISOString());
    expect(updated?.updatedAt).toBe(later.toISOString());
    expect(await updateWatchlistEntry(db, 'missing', { party: 'x' }, later)).toBeNull();
    await addWatchlistEntry(db, { ...entry, id: 'dc-102', name: 'Adam Birch' }, NOW);
    expect((await listWatchlist(db)).map((w) => w.name)).toEqual(['Adam Birch', 'Ruth Okafor']);
    await removeWatchlistEntry(db, 'dc-101');
    expect((await listWatchlist(db)).map((w) => w.id)).toEqual(['dc-102']);
  });

  it('bulk-imports, replacing rows with the same id and reporting counts', async () => {
    db = freshDb();
    await addWatchlistEntry(db, entry, NOW);
    const result = await bulkPutWatchlist(
      db,
      [
        { ...entry, ward: 'Southgate' },
        { ...entry, id: 'dc-200', name: 'Leah Marsh' },
        { ...entry, id: 'dc-200', name: 'Leah Marsh-Kerr' },
      ],
      new Date('2024-05-01T00:00:00Z'),
    );
    expect(result).toEqual({ added: 1, updated: 1 });
    expect((await db.watchlist.get('dc-101'))?.ward).toBe('Southgate');
    expect((await db.watchlist.get('dc-101'))?.createdAt).toBe(NOW.toISOString());
    expect((await db.watchlist.get('dc-200'))?.name).toBe('Leah Marsh-Kerr');
  });
});
