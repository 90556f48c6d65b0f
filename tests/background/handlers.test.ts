import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/background/handlers';
import { registerHandlers } from '@/background/register-handlers';
import { createBoundary } from '@/background/boundary';
import { backgroundMessaging } from '@/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, freshDb, NOW, official, submission } from '../storage/fixtures';

let db: CouncilLensDb;
beforeEach(() => fakeBrowser.reset());
afterEach(() => db?.close());

const A = 'https://n.example/a';

describe('background handlers', () => {
  it('remember, context, annotate, orphan and delete through the handlers', async () => {
    db = freshDb();
    const h = createHandlers(db, () => NOW);
    const rec = await h.rememberArticle(submission(A, { officials: [official('Mark Rogers')] }));
    expect(rec.savedAt).toBe(NOW.toISOString());
    await h.rememberArticle(submission('https://n.example/b', { officials: [official('Rogers')] }));
    const saved = await h.saveAnnotation({ annotation: annotation('n1', A), article: submission(A) });
    expect(saved?.id).toBe('n1');
    await h.setOrphans({ articleId: A, orphaned: ['n1'], placed: [] });
    const ctx = await h.getPageContext({ articleId: A, officials: [official('Mark Rogers')], figureKeys: [] });
    expect(ctx.annotations[0]?.orphanedAt).toBe(NOW.toISOString());
    expect(ctx.relatedByOfficial['mark-rogers']?.map((r) => r.id)).toEqual(['https://n.example/b']);
    await h.deleteAnnotation('n1');
    expect(await db.annotations.count()).toBe(0);
  });

  it('a retried save after a restart (new handlers, same database) leaves one record', async () => {
    db = freshDb();
    const req = { annotation: annotation('n1', A, { note: 'chase' }), article: submission(A) };
    await createHandlers(db, () => NOW).saveAnnotation(req);
    await createHandlers(db, () => new Date('2024-09-09T00:00:00Z')).saveAnnotation(req);
    expect(await db.annotations.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect((await db.annotations.get('n1'))?.createdAt).toBe(req.annotation.createdAt);
  });

  it('reopens a database closed under it and completes the write', async () => {
    db = freshDb();
    await db.open();
    db.close();
    const h = createHandlers(db, () => NOW);
    await h.rememberArticle(submission(A));
    expect(await db.articles.count()).toBe(1);
  });

  it('turns a failure into a readable error', async () => {
    db = freshDb();
    const h = createHandlers(db, () => NOW);
    const broken = { ...submission(A), officials: [official('Ann Lee')] };
    (broken.officials[0] as { forms: unknown }).forms = null;
    await expect(h.rememberArticle(broken)).rejects.toThrow(/^Council Lens could not read or save its data: /);
  });

  it('answers protocol messages once registered', async () => {
    db = freshDb();
    const seen: unknown[] = [];
    const boundary = createBoundary(
      db,
      createHandlers(db, () => NOW),
      { id: fakeBrowser.runtime.id, origin: 'chrome-extension://x/' },
    );
    const remove = registerHandlers((name, data, sender) => {
      seen.push(sender);
      // The fake browser sends as an extension page would.
      return boundary(name, data, { ...sender, url: 'chrome-extension://x/popup.html' });
    });
    try {
      const rec = await backgroundMessaging.sendMessage('rememberArticle', submission(A));
      expect(rec.id).toBe(A);
      const opened = await backgroundMessaging.sendMessage('openPage', { html: '<p>x</p>', url: A, force: false });
      expect(opened.settings.sites).toEqual(DEFAULT_SETTINGS.sites);
      expect(seen).toHaveLength(2);
    } finally {
      remove();
    }
  });
});
