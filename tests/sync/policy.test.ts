import { describe, expect, it } from 'vitest';
import { authorise } from '@/background/message-policy';
import { parseMessage } from '@/background/boundary';
import { freshDb } from '../storage/fixtures';

describe('team sync messages', () => {
  it('only extension pages may connect, disconnect or read the status', async () => {
    const db = freshDb();
    const page = { kind: 'page' as const, tabId: 1, url: 'https://gazette.example/a' };
    for (const name of ['syncStatus', 'syncDisconnect'] as const) await expect(authorise(db, name, undefined, page)).rejects.toThrow(/options page/);
    const connect = { url: 'wss://sync.example', token: 'a.b.c', name: 'Ana' };
    await expect(authorise(db, 'syncConnect', connect, page)).rejects.toThrow(/options page/);
    await expect(authorise(db, 'syncConnect', connect, { kind: 'extension' })).resolves.toBeUndefined();
    db.close();
  });

  it('a connect request without a token is malformed', () => {
    expect(() => parseMessage('syncConnect', { url: 'wss://sync.example', token: '', name: '' })).toThrow(/malformed/);
  });
});
