// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, isNotArticle } from '@/core/article';
import type { ArticleText } from '@/core/model/analysis';
import { loadFixtures } from './fixtures';
import { extractPage, loadPage } from './load-page';

const fixtures = loadFixtures();
const articles = fixtures.filter((f) => !f.expected.notArticle);
const nonArticles = fixtures.filter((f) => f.expected.notArticle);

/** The page as a reader arrives at it: from a newsletter link carrying tracking parameters. */
function arrivalUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}utm_source=newsletter&fbclid=abc123`;
}

/** Each page is extracted once for its checks, when they run, in a window closed straight after (see extractPage). */
async function extract(fixture: (typeof articles)[number]): Promise<ArticleText> {
  const result = await extractPage(fixture.html, arrivalUrl(fixture.expected.url));
  if (isNotArticle(result)) throw new Error(`${fixture.slug}: ${result.reason}`);
  return result;
}

describe('extractArticle on article fixtures', () => {
  it('has at least 14 article fixtures and 2 non-article fixtures', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    expect(nonArticles.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(articles.map((f) => [f.slug, f] as const))('%s', (_slug, fixture) => {
    const expected = fixture.expected;
    let extracted: ArticleText;
    beforeAll(async () => {
      extracted = await extract(fixture);
    });

    it('reads url, title, byline, site name and published time', () => {
      const article = extracted;
      expect({
        url: article.url,
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        publishedTime: article.publishedTime,
      }).toEqual({
        url: expected.url,
        title: expected.title,
        byline: expected.byline,
        siteName: expected.siteName,
        publishedTime: expected.publishedTime,
      });
    });

    it('keeps no page furniture in the text', () => {
      const text = extracted.text;
      const leaked = expected.furniture.filter((s) => text.includes(s));
      expect(leaked).toEqual([]);
    });

    it('keeps every expected mention, in order, and every figure', () => {
      const text = extracted.text;
      for (const person of [...expected.officials, ...expected.people]) {
        let from = 0;
        for (const mention of person.mentions) {
          const at = text.indexOf(mention, from);
          expect(at, `${person.name}: "${mention}" after offset ${from}`).toBeGreaterThanOrEqual(0);
          from = at + mention.length;
        }
      }
      let from = 0;
      for (const figure of expected.figures) {
        const at = text.indexOf(figure.text, from);
        expect(at, `figure "${figure.text}" after offset ${from}`).toBeGreaterThanOrEqual(0);
        from = at + figure.text.length;
      }
    });

    it('builds text from paragraphs with correct offsets, none spanning blank lines', () => {
      const article = extracted;
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(article.text).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
      for (const p of article.paragraphs) {
        expect(article.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
        expect(p.text).not.toMatch(/\n|\s{2,}|^\s|\s$/);
      }
      // A page that declares no language (an old table-layout weekly) gets none rather than a guess.
      if (/<html[^>]*\blang=|og:locale|content-language/i.test(fixture.html)) expect(article.lang).toMatch(/^en/);
      else expect(article.lang).toBeNull();
    });
  });
});

describe('extractArticle on pages that are not articles', () => {
  it.each(nonArticles.map((f) => [f.slug, f] as const))('%s is reported as not an article, with a reason', (_slug, fixture) => {
    const result = extractArticle(loadPage(fixture.html), 'https://example.org/');
    expect(isNotArticle(result)).toBe(true);
    if (isNotArticle(result)) expect(result.reason.length).toBeGreaterThan(20);
  });

  it('reports an empty page and never throws on odd input', () => {
    expect(isNotArticle(extractArticle(loadPage('<html><body></body></html>'), null))).toBe(true);
    expect(isNotArticle(extractArticle(loadPage('<p>Too short.</p>'), 'not a url'))).toBe(true);
  });

  it('answers a page it cannot read with a reason', () => {
    const broken = { cloneNode: () => null } as unknown as Document;
    const result = extractArticle(broken, null);
    expect(isNotArticle(result) && result.reason).toMatch(/could not be read/);
  });
});

describe('extractArticle leaves the live page alone', () => {
  it('does not modify the document it is given', () => {
    const fixture = articles[0]!;
    const doc = loadPage(fixture.html, fixture.expected.url);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, fixture.expected.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe("an article's language", () => {
  it('reads an XHTML page that declares it only as xml:lang', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Councillors on the Danesford planning committee met on Tuesday to debate item ${i + 1}, the new ward boundaries and the number of seats each ward should have after the review.</p>`,
    ).join('');
    const html = `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><head><title>Boundaries</title></head><body><article><h1>Boundaries</h1>${paragraphs}</article></body></html>`;
    const article = extractArticle(loadPage(html), 'https://www.example.co.uk/news/boundaries');
    expect(isNotArticle(article) ? null : article.lang).toBe('en-GB');
  });
});
