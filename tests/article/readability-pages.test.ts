/**
 * Runs the `analyze` command's page path (linkedom, then analyzeDocument) over real saved news pages
 * (Readability's test pages, in ../shared, outside the repository: skipped when absent). Every page
 * must give an article whose title is the page's own headline: its <h1>, its og:/twitter: title, or
 * its <title> without the site's name, as the page itself states them (nothing is copied here).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/core/analyze';
import { isNotArticle } from '@/core/article';
import { parsePage } from '@/scripts/lib/parse-page';

const CANDIDATES = [join(__dirname, '..', '..', '..', 'shared', 'readability-pages'), '/work/shared/readability-pages'];
const dir = CANDIDATES.find((d) => existsSync(d));
const pages = dir ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'source.html'))) : [];

const loose = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The headlines a page states for itself. */
function ownHeadlines(doc: Document): string[] {
  const meta = ['og:title', 'twitter:title'].flatMap((key) =>
    [`meta[property="${key}"]`, `meta[name="${key}"]`].map((sel) => doc.querySelector(sel)?.getAttribute('content')),
  );
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => h.textContent);
  return [...meta, ...h1s, doc.title].map(loose).filter(Boolean);
}

describe.skipIf(!dir)('the analyze command on real saved pages', () => {
  it('finds an article with the page’s own headline as title on every page', { timeout: 180_000 }, async () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const name of pages) {
      const html = readFileSync(join(dir!, name, 'source.html'), 'utf8');
      const url = 'http://fakehost/test/page.html';
      const result = analyzeDocument(await parsePage(html), url);
      if (isNotArticle(result)) throw new Error(`${name}: not an article: ${result.reason}`);
      expect(result.text).toBe(result.paragraphs.map((p) => p.text).join('\n\n'));
      const title = loose(result.title);
      expect(title, name).not.toBe('');
      // The <title> may carry the site's name after the headline: ours is the headline part of it.
      const stated = ownHeadlines(await parsePage(html));
      expect(
        stated.some((h) => h === title || (h.startsWith(title) && title.length >= 20)),
        `${name}: ${result.title}`,
      ).toBe(true);
    }
  });

  it('reads a page it owns in place with the same result as from a copy', { timeout: 180_000 }, async () => {
    // The command's own path (owned: it parsed the page) against the copying one, on every real page.
    for (const name of pages) {
      const html = readFileSync(join(dir!, name, 'source.html'), 'utf8');
      const url = 'http://fakehost/test/page.html';
      expect(analyzeDocument(await parsePage(html), url, { owned: true }), name).toEqual(analyzeDocument(await parsePage(html), url));
    }
  });
});
