import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import type { ArticleText, Paragraph } from '@/core/model/analysis';
import { loadFixtures } from '@/scripts/lib/fixtures';
import { parseHtml } from '@/scripts/lib/html';
import { scoreMultiset } from '@/scripts/lib/score';

type Extract = (doc: Document, url: string | null) => ArticleText | { kind: 'not-article'; reason: string };

/** The article extractor when core/article exists; until then, the text of the page's body paragraphs. */
async function loadExtractor(): Promise<Extract> {
  const path = join(process.cwd(), 'core/article/index.ts');
  if (existsSync(path)) {
    const mod = (await import(/* @vite-ignore */ path)) as { extractArticle?: Extract };
    if (mod.extractArticle) return mod.extractArticle;
  }
  return (doc) => {
    const blocks = [...new Set(doc.querySelectorAll('article p:not([class]), main p:not([class]), article li, main li'))];
    const paragraphs: Paragraph[] = [];
    let text = '';
    for (const el of blocks) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!t) continue;
      if (text) text += '\n\n';
      paragraphs.push({ text: t, start: text.length });
      text += t;
    }
    return { url: null, title: null, byline: null, siteName: null, publishedTime: null, lang: null, text, paragraphs };
  };
}

describe('figures on the fixture articles', () => {
  const fixtures = loadFixtures();

  it('has fixtures to measure', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('reaches F1 >= 0.95 on text + kind', async () => {
    const extract = await loadExtractor();
    const expected: string[] = [];
    const detected: string[] = [];
    let valueMatches = 0;
    let matched = 0;
    for (const f of fixtures) {
      const page = parseHtml(f.html, f.expected.url);
      const article = extract(page.document, f.expected.url);
      await page.close();
      if ('kind' in article) throw new Error(`${f.name}: not an article: ${article.reason}`);
      const figures = detectFigures(article, { referenceDate: f.expected.publishedTime });
      for (const fig of figures) expect(article.text.slice(fig.start, fig.end)).toBe(fig.text);
      expected.push(...f.expected.figures.map((x) => `${x.kind}|${x.text}`));
      detected.push(...figures.map((x) => `${x.kind}|${x.text}`));
      for (const want of f.expected.figures) {
        const got = figures.find((x) => x.text === want.text && x.kind === want.kind);
        if (!got) continue;
        matched++;
        if (got.value === want.value && got.unit === want.unit) valueMatches++;
      }
    }
    const score = scoreMultiset(expected, detected);
    console.info(
      `figures: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}; value+unit match ${valueMatches}/${matched}`,
    );
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  }, 60_000); // parses every fixture page: slow when other suites share the two cores
});
