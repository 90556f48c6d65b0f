import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { getSettings, putSettings } from '@/storage/settings';
import { describeStorageError, isReopenable } from '@/storage/errors';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { CouncilLensDb } from '@/storage/db';
import { freshDb } from './fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

describe('settings', () => {
  it('returns the defaults before anything is saved, and merges partial saves', async () => {
    db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    const saved = await putSettings(db, { sites: ['wessexgazette.example'], categories: { official: true, person: false, figure: false, note: true } });
    expect(saved.sites).toEqual(['wessexgazette.example']);
    expect(saved.autoRemember).toBe(DEFAULT_SETTINGS.autoRemember);
    expect((await getSettings(db)).categories.figure).toBe(false);
    expect(DEFAULT_SETTINGS.categories.figure).toBe(true);
  });

  it('fills settings fields missing from an older stored row', async () => {
    db = freshDb();
    await db.settings.put({ key: 'settings', value: { sites: [], autoRemember: false } as never });
    const s = await getSettings(db);
    expect(s.sites).toEqual([]);
    expect(s.autoRemember).toBe(false);
    expect(s.colors).toEqual(DEFAULT_SETTINGS.colors);
  });
});

describe('describeStorageError', () => {
  it('explains a full disk, even wrapped by Dexie', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeStorageError(quota)).toMatch(/^Your browser's storage is full: /);
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    expect(describeStorageError(wrapped)).toMatch(/^Your browser's storage is full: /);
  });

  it('explains a closed database and marks it reopenable', () => {
    const closed = new Dexie.DatabaseClosedError('Database has been closed');
    expect(describeStorageError(closed)).toMatch(/database was closed/);
    expect(isReopenable(closed)).toBe(true);
    expect(isReopenable(new Error('x'))).toBe(false);
  });

  it('keeps the message of an unknown error', () => {
    expect(describeStorageError(new Error('disk on fire'))).toBe('Council Lens could not read or save its data: disk on fire');
    expect(describeStorageError(undefined)).toBe('Council Lens could not read or save its data.');
  });

  it('reports a real write to a closed database clearly', async () => {
    db = freshDb();
    await db.open();
    db.close();
    const error = await db.articles.put({} as never).catch((e: unknown) => e);
    expect(describeStorageError(error)).toMatch(/database was closed/);
  });
});
