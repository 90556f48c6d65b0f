import { afterEach, describe, expect, it } from 'vitest';
import { createBoundary } from '@/background/boundary';
import type { SenderInfo } from '@/background/caller';
import { createHandlers } from '@/background/handlers';
import { isArticleOfPage } from '@/background/message-policy';
import { drainOutboxChecked } from '@/background/outbox-drain';
import { enqueue, pendingSaves, type KeyValueArea } from '@/messaging/outbox';
import type { CouncilLensDb } from '@/storage/db';
import { annotation, freshDb, NOW, submission } from '../storage/fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const ID = 'council-lens-test-id';
const ORIGIN = `chrome-extension://${ID}/`;
const A = 'https://wessex-gazette.example/news/budget-gap';
const B = 'https://other-paper.example/story/ward-row';

/** What the browser reports for the content script in tab `tabId` showing `url`. */
const page = (url: string, tabId = 7): SenderInfo => ({ id: ID, url, frameId: 0, tab: { id: tabId, url } });
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };

function setup() {
  db = freshDb();
  const handlers = createHandlers(db, () => NOW);
  return { handlers, send: createBoundary(db, handlers, { id: ID, origin: ORIGIN }) };
}

describe('messages are validated before any handler runs', () => {
  it('refuses unknown names and malformed data, writing nothing', async () => {
    const { send } = setup();
    const malformed: [string, unknown][] = [
      ['dropTables', undefined],
      ['__proto__', undefined],
      ['forgetArticle', A],
      ['addLink', { from: { type: 'annotation', id: 'x' }, to: { type: 'article', id: A }, note: '' }],
      ['saveAnnotation', { annotation: { id: 'n1' }, article: submission(A) }],
      ['saveAnnotation', { annotation: annotation('n1', A, { color: 'red' as never }), article: submission(A) }],
      ['saveAnnotation', null],
      ['rememberArticle', { ...submission(A), officials: 'all of them' }],
      ['rememberArticle', { ...submission(A), title: 'x'.repeat(200_000) }],
      ['rememberArticle', { ...submission(A), figures: Array.from({ length: 6_000 }, () => ({ text: '£1', kind: 'money', value: 1, unit: null })) }],
      ['deleteAnnotation', { id: 'n1' }],
      ['deleteAnnotation', ''],
      ['setOrphans', { articleId: A, orphaned: 'n1', placed: [] }],
      ['getSettings', undefined],
      ['openPage', { html: 42, url: A, force: true }],
      ['openPage', { html: '<p>x</p>', url: A }],
    ];
    for (const [name, data] of malformed) {
      await expect(send(name, data, page(A)), name).rejects.toThrow(/^Council Lens refused a request/);
    }
    expect(await db.articles.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });

  it('passes only the parsed data on: unknown keys are dropped', async () => {
    const { send } = setup();
    await send('rememberArticle', { ...submission(A), admin: true, auto: false }, page(A));
    expect(Object.keys((await db.articles.get(A))!)).not.toContain('admin');
  });
});

describe('senders are who the browser says they are', () => {
  it('refuses another extension, a frame inside the page, a sender without a tab and odd schemes', async () => {
    const { send } = setup();
    const open = { html: '<p>x</p>', url: A, force: false };
    const forged: SenderInfo[] = [
      { ...page(A), id: 'someone-else' },
      { ...page(A), frameId: 3 },
      { id: ID, url: A },
      { ...page('javascript:alert(1)'), url: 'javascript:alert(1)' },
      { ...page(A), url: `${ORIGIN}popup.html`, tab: { id: 7, url: A } },
    ];
    for (const sender of forged) {
      await expect(send('openPage', open, sender), JSON.stringify(sender)).rejects.toThrow(/refused/);
    }
    await expect(send('openPage', open, undefined)).rejects.toThrow(/refused/);
    expect((await send('openPage', open, page(A))) as object).toHaveProperty('settings.sites');
    expect((await send('openPage', open, popup)) as object).toHaveProperty('settings.sites');
  });
});

describe('a content script reads and writes only its own article', () => {
  it('saves a mobile or AMP page under its canonical address on the same site', async () => {
    const { send } = setup();
    const mobile = 'https://m.wessex-gazette.example/amp/news/budget-gap';
    await send('rememberArticle', submission(A, { url: A }), page(mobile));
    expect(await db.articles.get(A)).toBeDefined();
    await expect(send('rememberArticle', submission(B, { url: B }), page(mobile))).rejects.toThrow(/own article/);
  });

  it('cannot read or write another article’s notes', async () => {
    const { send } = setup();
    await send('saveAnnotation', { annotation: annotation('mine-a', A, { note: 'source: clerk' }), article: submission(A) }, page(A));
    const other = page(B, 9);

    await expect(send('getPageContext', { articleId: A, officials: [], figureKeys: [] }, other)).rejects.toThrow(/own article/);
    // A page may have only itself read (the address is what the reading is known by).
    await expect(send('openPage', { html: '<p>x</p>', url: A, force: true }, other)).rejects.toThrow(/own article/);
    await expect(send('setOrphans', { articleId: A, orphaned: ['mine-a'], placed: [] }, other)).rejects.toThrow(/own article/);
    await expect(send('rememberArticle', submission(A), other)).rejects.toThrow(/own article/);
    await expect(send('deleteAnnotation', 'mine-a', other)).rejects.toThrow(/another article|own article/);
    // A note on A submitted from B's tab, or B's article claiming to live at A's address.
    await expect(send('saveAnnotation', { annotation: annotation('x', A), article: submission(A) }, other)).rejects.toThrow(/refused/);
    await expect(send('saveAnnotation', { annotation: annotation('x', B), article: submission(B, { url: A }) }, other)).rejects.toThrow(/refused/);
    // Taking over A's note id for a note on B.
    await expect(send('saveAnnotation', { annotation: annotation('mine-a', B, { note: 'overwritten' }), article: submission(B) }, other)).rejects.toThrow(
      /another article/,
    );
    // A note whose article is B but whose address is A's.
    await expect(send('saveAnnotation', { annotation: annotation('y', B, { url: A }), article: submission(B) }, other)).rejects.toThrow(/own article/);

    const stored = await db.annotations.get('mine-a');
    expect(stored?.note).toBe('source: clerk');
    expect(stored?.orphanedAt).toBeUndefined();
    expect(await db.annotations.count()).toBe(1);
  });

  it('reads and writes its own article, including a canonical address on its own site', async () => {
    const { send } = setup();
    const at = 'https://www.wessex-gazette.example/amp/news/budget-gap?utm_source=newsletter';
    const canonical = submission(A, { url: at });
    await send('rememberArticle', canonical, page(at));
    await send('saveAnnotation', { annotation: annotation('n1', A, { url: at }), article: canonical }, page(at));
    const ctx = (await send('getPageContext', { articleId: A, officials: [], figureKeys: [] }, page(at))) as { annotations: unknown[] };
    await expect(send('openPage', { html: '<p>x</p>', url: at, force: true }, page(at))).resolves.toMatchObject({
      listed: false,
      page: { reading: { kind: 'not-article' } },
    });
    expect(ctx.annotations).toHaveLength(1);
    await send('deleteAnnotation', 'n1', page(at));
    expect(await db.annotations.count()).toBe(0);
  });

  it('lets extension pages act on any article', async () => {
    const { send } = setup();
    await send('saveAnnotation', { annotation: annotation('n1', A), article: submission(A) }, page(A));
    const ctx = (await send('getPageContext', { articleId: A, officials: [], figureKeys: [] }, popup)) as { annotations: unknown[] };
    expect(ctx.annotations).toHaveLength(1);
    await send('deleteAnnotation', 'n1', popup);
    expect(await db.annotations.count()).toBe(0);
  });

  it('decides what counts as the page’s own article', () => {
    expect(isArticleOfPage(A, `${A}?utm_medium=email#comments`)).toBe(true);
    expect(isArticleOfPage('https://news.wessex-gazette.example/x', A)).toBe(true);
    expect(isArticleOfPage(B, A)).toBe(false);
    expect(isArticleOfPage('https://evil.co.uk/a', 'https://gazette.co.uk/a')).toBe(false);
    expect(isArticleOfPage('file:///home/r/a.html', 'file:///home/r/a.html')).toBe(true);
    expect(isArticleOfPage('file:///home/r/b.html', 'file:///home/r/a.html')).toBe(false);
  });
});

describe('the outbox is checked like a message', () => {
  it('saves a page’s own queued note and drops forged or malformed entries', async () => {
    const { handlers } = setup();
    await handlers.saveAnnotation({ annotation: annotation('victim', A, { note: 'keep me' }), article: submission(A) });
    const data = new Map<string, unknown>();
    const area: KeyValueArea = {
      get: async () => Object.fromEntries(data),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
      remove: async (keys) => void [keys].flat().forEach((k) => data.delete(k)),
    };
    await enqueue(area, { annotation: annotation('queued', B), article: submission(B) });
    await enqueue(area, { annotation: annotation('victim', B, { note: 'hijacked' }), article: submission(B) });
    await enqueue(area, { annotation: annotation('sneaky', A), article: submission(A, { url: B }) });
    data.set('council-lens-outbox:junk', { annotation: 42 });

    expect(await drainOutboxChecked(db, handlers, area)).toBe(1);
    expect(await pendingSaves(area)).toEqual([]);
    expect((await db.annotations.get('victim'))?.note).toBe('keep me');
    expect(await db.annotations.get('queued')).toBeDefined();
    expect(await db.annotations.get('sneaky')).toBeUndefined();
  });
});
