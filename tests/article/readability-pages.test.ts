// @vitest-environment happy-dom
/**
 * Runs extraction over real saved news pages (Readability's test pages, copied to ../shared): it must
 * never throw and should find an article with metadata on nearly all of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isNotArticle } from '@/core/article';
import { loadPage } from './load-page';

const CANDIDATES = [join(__dirname, '..', '..', '..', 'shared', 'readability-pages'), '/work/shared/readability-pages'];
const dir = CANDIDATES.find((d) => existsSync(d));
const pages = dir ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'source.html'))) : [];

describe.skipIf(!dir)('extractArticle on real saved pages', () => {
  it('never throws and finds an article on most pages', { timeout: 120_000 }, () => {
    let found = 0;
    for (const name of pages) {
      const html = readFileSync(join(dir!, name, 'source.html'), 'utf8');
      const url = 'http://fakehost/test/page.html';
      const result = extractArticle(loadPage(html, url), url);
      if (!isNotArticle(result)) {
        found++;
        expect(result.text).toBe(result.paragraphs.map((p) => p.text).join('\n\n'));
        expect(result.title, name).toBeTruthy();
      }
    }
    // happy-dom mis-parses at least one saved page (cnet) into an empty body; allow a few misses.
    expect(found).toBeGreaterThanOrEqual(pages.length - 3);
  });
});
