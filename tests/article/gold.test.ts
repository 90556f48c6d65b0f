// @vitest-environment happy-dom
/**
 * Checks the tuned gold (tests/fixtures/articles) against extraction only: every expected mention and
 * figure must be found in the extracted body text, in order, and the metadata must match. This tests
 * the gold, not the detectors; the detectors are measured on this set by `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_KIND_NAMES, figureKind } from '@/core/model/figure-kinds';
import { isNotArticle } from '@/core/article';
import { extractPage } from './load-page';

// The blind set (tests/fixtures/blind) is left out on purpose: a failing check here would print its items.
const DIRS = [join(__dirname, '..', 'fixtures', 'articles')];

interface Gold {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  officials: { name: string; role: string | null; mentions: string[] }[];
  people: { name: string; mentions: string[] }[];
  notOfficials: string[];
  figures: { text: string; kind: string; value: number | string | null; unit: string | null }[];
  furniture: string[];
}

const fixtures = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('not-article'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.html'.length);
      const gold = JSON.parse(readFileSync(join(dir, `${slug}.expected.json`), 'utf8')) as Gold;
      return { slug, html: readFileSync(join(dir, f), 'utf8'), gold };
    }),
);

/** Index after `parts` are found one after another in `text`, or the first part that is missing. */
function findInOrder(text: string, parts: string[]): string | null {
  let at = 0;
  for (const p of parts) {
    const i = text.indexOf(p, at);
    if (i < 0) return p;
    at = i + p.length;
  }
  return null;
}

describe.each(fixtures.map((f) => [f.slug, f] as const))('gold for %s', (_slug, { html, gold }) => {
  // Extracted when the page's checks run, in a window closed straight after, so pages never pile up.
  let result: Awaited<ReturnType<typeof extractPage>>;
  let text = '';
  beforeAll(async () => {
    result = await extractPage(html, gold.url);
    text = isNotArticle(result) ? '' : result.text;
  });

  it('extracts an article with the expected metadata', () => {
    expect(isNotArticle(result)).toBe(false);
    if (isNotArticle(result)) return;
    expect({ url: result.url, title: result.title, byline: result.byline, siteName: result.siteName, publishedTime: result.publishedTime }).toEqual({
      url: gold.url,
      title: gold.title,
      byline: gold.byline,
      siteName: gold.siteName,
      publishedTime: gold.publishedTime,
    });
  });

  it('finds every mention of each person in order', () => {
    for (const person of [...gold.officials, ...gold.people]) expect(findInOrder(text, person.mentions), person.name).toBeNull();
  });

  it('finds every figure in body order', () => {
    expect(
      findInOrder(
        text,
        gold.figures.map((f) => f.text),
      ),
    ).toBeNull();
  });

  it('uses only the registered figure kinds, with values and units valid for each', () => {
    for (const f of gold.figures) {
      expect(FIGURE_KIND_NAMES as string[]).toContain(f.kind);
      expect(figureKind(f.kind)?.valid(f.value, f.unit), f.text).toBe(true);
    }
  });

  it('keeps furniture out and never lists a not-official as an official mention', () => {
    for (const s of gold.furniture) expect(text, s).not.toContain(s);
    const mentions = new Set(gold.officials.flatMap((o) => o.mentions));
    for (const s of gold.notOfficials) expect(mentions.has(s), s).toBe(false);
  });
});
