/** The modules the extension will share: document names, refusal reasons, transport rules. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { refusalOf, REFUSAL } from '../shared/refusals';
import { teamDocumentName, teamIdFromDocumentName, teamMaps, tombstoneKey, TEAM_DOC } from '../shared/team-document';
import { checkSyncUrl } from '../shared/transport';
import { contentOf } from '../src/limits';

describe('team document names', () => {
  it('round-trips team ids and rejects anything else', () => {
    expect(teamDocumentName('harbour-news_2')).toBe('team/harbour-news_2');
    expect(teamIdFromDocumentName('team/harbour-news_2')).toBe('harbour-news_2');
    for (const bad of ['', 'a/b', '../x', '-lead', 'x'.repeat(65), 'é']) {
      expect(() => teamDocumentName(bad), bad).toThrow();
      expect(teamIdFromDocumentName(`team/${bad}`), bad).toBeNull();
    }
    expect(teamIdFromDocumentName('harbour')).toBeNull();
    expect(tombstoneKey('notes', 'n1')).toBe('notes:n1');
  });

  it('names the top-level maps the server and extension agree on', () => {
    const doc = new Y.Doc();
    const maps = teamMaps(doc);
    maps.notes.set('n1', new Y.Map());
    expect(doc.getMap(TEAM_DOC.notes).has('n1')).toBe(true);
    expect(Object.keys(maps).sort()).toEqual(Object.values(TEAM_DOC).sort());
  });
});

describe('refusal reasons', () => {
  it('recognises the server reasons with or without detail', () => {
    expect(refusalOf('update-too-large: 2000 bytes, the limit is 1000')).toBe(REFUSAL.updateTooLarge);
    expect(refusalOf('token-revoked')).toBe(REFUSAL.tokenRevoked);
    expect(refusalOf('provider_initiated')).toBeNull();
  });
});

describe('sync addresses', () => {
  it('allows wss anywhere and ws only on the loopback', () => {
    expect(checkSyncUrl('wss://sync.newsroom.example/')).toEqual({ ok: true, url: 'wss://sync.newsroom.example/', origin: 'https://sync.newsroom.example' });
    expect(checkSyncUrl('ws://127.0.0.1:8787')).toMatchObject({ ok: true, origin: 'http://127.0.0.1:8787' });
    expect(checkSyncUrl('ws://localhost:8787')).toMatchObject({ ok: true });
    expect(checkSyncUrl('ws://[::1]:8787')).toMatchObject({ ok: true });
    for (const bad of [
      'ws://sync.newsroom.example',
      'ws://192.168.1.4:8787',
      'ws://127.0.0.1.example.net',
      'https://sync.newsroom.example',
      'wss://u:p@sync.example',
      'not a url',
    ]) {
      expect(checkSyncUrl(bad).ok, bad).toBe(false);
    }
  });
});

describe('message content', () => {
  const message = (type: number, step: number, payload: Uint8Array) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, 'team/harbour');
    encoding.writeVarUint(e, type);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
    return encoding.toUint8Array(e);
  };
  it('finds the Yjs update in sync step 2 and update messages only', () => {
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    expect(contentOf(message(0, 2, update))).toEqual(update);
    expect(contentOf(message(0, 1, update))).toEqual(update);
    expect(contentOf(message(0, 0, update))).toBeNull();
    expect(contentOf(message(1, 2, update))).toBeNull();
    expect(contentOf(new Uint8Array([1]))).toBeNull();
  });
});
