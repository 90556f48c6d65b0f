import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDb, SCHEMA_V1, SCHEMA_VERSION, type CouncilLensDb } from '@/storage/db';
import { rememberArticle } from '@/storage/articles';
import { NOW, official, submission } from './fixtures';

let db: CouncilLensDb | undefined;
afterEach(() => db?.close());

describe('schema', () => {
  it('opens a database created with the v1 schema and reads its data', async () => {
    const name = `v1-${Math.random()}`;
    const raw = new Dexie(name);
    raw.version(1).stores(SCHEMA_V1);
    await raw.table('settings').put({ key: 'settings', value: { sites: ['a.example'] } });
    raw.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.settings.get('settings'))?.value.sites).toEqual(['a.example']);
    await rememberArticle(db, submission('https://a.example/1', { officials: [official('Kay Moss')] }), NOW);
    expect(await db.articles.where('officialIds').equals('kay-moss').count()).toBe(1);
    expect(await db.articles.where('siteName').equals('Wessex Gazette').count()).toBe(1);
  });
});
