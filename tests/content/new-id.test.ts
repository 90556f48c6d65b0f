import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { newId } from '@/content/new-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes v4 UUIDs even without randomUUID (plain-http pages)', () => {
    const noRandomUuid = { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) } as unknown as Crypto;
    const ids = new Set(Array.from({ length: 200 }, () => newId(noRandomUuid)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });
});
