// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isOwnBackground, serveOffscreen } from '@/messaging/offscreen-service';
import { createPageReader, readPageHere, readPageOffscreen } from '@/background/page-reader';

const body = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1}: Cllr Ann Lee said the council would find the £4.2m it needs by March 2027, after a long debate in the chamber.</p>`,
);
const HTML = `<html><head><title>Gap</title></head><body><article><h1>Gap</h1>${body.join('')}</article></body></html>`;
const URL_A = 'https://town-post.example/news/gap';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
let stop: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop?.();
  delete (browser as { offscreen?: unknown }).offscreen;
});

/** Chrome's offscreen API, faked: one document at most, as Chrome allows. */
function fakeOffscreen() {
  let open = false;
  const api = {
    Reason: { DOM_PARSER: 'DOM_PARSER' },
    hasDocument: vi.fn(async () => open),
    createDocument: vi.fn(async (init: { url: string; reasons: string[] }) => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      return init;
    }),
  };
  (browser as { offscreen?: unknown }).offscreen = api;
  return api;
}

describe('reading a page in the background', () => {
  it('reads and analyses here when this context can parse HTML (Firefox’s background page)', async () => {
    expect(createPageReader()).toBe(readPageHere);
    const article = await readPageHere(HTML, URL_A);
    if ('kind' in article) throw new Error(article.reason);
    expect(article.officials.map((o) => o.name)).toEqual(['Ann Lee']);
    expect(article.figures.filter((f) => f.kind === 'money')).toHaveLength(6);
    expect(article.textHash).toMatch(/\S/);
  });

  it('opens one offscreen document for pages asked at once, and reads and analyses through it with the reader’s watchlist', async () => {
    const offscreen = fakeOffscreen();
    // The fake browser names no sender: let it in here; the check itself is tested below.
    stop = serveOffscreen(() => true, parse);
    const watchlist = [{ id: 'w1', name: 'Ann Lee' }];
    const [a, b] = await Promise.all([readPageOffscreen(HTML, URL_A, { watchlist }), readPageOffscreen(HTML, URL_A, { watchlist })]);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.createDocument.mock.calls[0]?.[0]).toMatchObject({ url: '/offscreen.html', reasons: ['DOM_PARSER'] });
    for (const article of [a, b]) {
      if ('kind' in article) throw new Error(article.reason);
      // The page gets the text alone (it holds the paragraphs), with what detection found in it.
      expect('paragraphs' in article).toBe(false);
      expect(article.text.split('\n\n')).toHaveLength(6);
      expect(article.officials.map((o) => [o.name, o.watchlistId])).toEqual([['Ann Lee', 'w1']]);
    }
    await readPageOffscreen(HTML, URL_A);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser has no offscreen documents and cannot parse here', async () => {
    await expect(readPageOffscreen(HTML, URL_A)).rejects.toThrow(/cannot read pages in the background/);
  });

  it('answers only the extension’s own background, not another extension or a page’s content script', async () => {
    expect(isOwnBackground({ id: 'ext' }, 'ext')).toBe(true);
    expect(isOwnBackground({ id: 'someone-else' }, 'ext')).toBe(false);
    expect(isOwnBackground({ id: 'ext', tab: { id: 7 } }, 'ext')).toBe(false);
    expect(isOwnBackground({}, 'ext')).toBe(false);
    fakeOffscreen();
    stop = serveOffscreen((sender) => isOwnBackground(sender, browser.runtime.id), parse);
    await expect(readPageOffscreen(HTML, URL_A)).rejects.toThrow(/Only the extension/);
  });
});
