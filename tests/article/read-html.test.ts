// @vitest-environment happy-dom
/**
 * Extraction from a page's serialised HTML (what the content script sends the background) must give
 * the same article as extraction from the live page it came from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/core/article';
import { extractArticleFromHtml } from '@/core/article/read-html';
import { loadPage } from './load-page';

const DIR = join(__dirname, '..', 'fixtures', 'articles');
// Every sixth tuned page, not-articles included: a spread of site designs without the whole set's time.
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .filter((_, i) => i % 6 === 0);

// An inert parser like the background's (the test environment's global one would fetch stylesheets).
const parse = (html: string) => loadPage(html, 'about:blank');

describe('reading a page from its serialised HTML', () => {
  it.each(pages)('%s gives the same article as its live page', (file) => {
    const url = `https://news.example/${file}`;
    const live = loadPage(readFileSync(join(DIR, file), 'utf8'), url);
    // The live page as the content script serialises it (a page script may have changed it since it loaded).
    const html = live.documentElement.outerHTML;
    expect(extractArticleFromHtml(html, url, parse)).toEqual(extractArticle(live, url));
  });

  it('is not an article, with the reason, when the HTML cannot be parsed or is too large', () => {
    const broken = extractArticleFromHtml('<p>x</p>', null, () => {
      throw new Error('no parser');
    });
    expect(broken).toEqual({ kind: 'not-article', reason: 'The page could not be read (no parser).' });
    let parsed = false;
    const huge = extractArticleFromHtml('x'.repeat(30_000_001), null, (h) => {
      parsed = true;
      return parse(h);
    });
    expect(huge).toMatchObject({ kind: 'not-article', reason: expect.stringMatching(/too large/) });
    expect(parsed).toBe(false);
  });
});
