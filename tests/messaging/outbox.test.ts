import { describe, expect, it } from 'vitest';
import { dequeue, drainOutbox, enqueue, pendingSaves, type KeyValueArea, type OutboxEntry } from '@/messaging/outbox';

function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async () => Object.fromEntries(data),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => void [keys].flat().forEach((k) => data.delete(k)),
  };
}

function entry(id: string, updatedAt: string): OutboxEntry {
  return {
    annotation: { id, updatedAt } as OutboxEntry['annotation'],
    article: { id: 'https://news.example/a' } as OutboxEntry['article'],
  };
}

describe('outbox', () => {
  it('keeps saves until they are confirmed, oldest edit first, beside other extension data', async () => {
    const area = memoryArea();
    area.data.set('unrelated', 1);
    await enqueue(area, entry('b', '2026-01-02T00:00:00.000Z'));
    await enqueue(area, entry('a', '2026-01-01T00:00:00.000Z'));
    expect((await pendingSaves(area)).map((e) => e.annotation.id)).toEqual(['a', 'b']);
    await dequeue(area, 'a');
    expect((await pendingSaves(area)).map((e) => e.annotation.id)).toEqual(['b']);
    expect(area.data.get('unrelated')).toBe(1);
  });

  it('drains what it can save and keeps what fails for the next attempt', async () => {
    const area = memoryArea();
    await enqueue(area, entry('ok', '2026-01-01T00:00:00.000Z'));
    await enqueue(area, entry('fails', '2026-01-02T00:00:00.000Z'));
    const saved: string[] = [];
    const count = await drainOutbox(area, async (e) => {
      if (e.annotation.id === 'fails') throw new Error('disk full');
      saved.push(e.annotation.id);
    });
    expect(count).toBe(1);
    expect(saved).toEqual(['ok']);
    expect((await pendingSaves(area)).map((e) => e.annotation.id)).toEqual(['fails']);
  });
});
