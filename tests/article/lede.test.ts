// @vitest-environment happy-dom
/** A lead paragraph set in the story's header block, apart from its body, is read as the story's first. */
import { describe, expect, it } from 'vitest';
import { extractArticle, isNotArticle } from '@/core/article';
import { closePage, loadPage } from './load-page';

const LEDE = 'Plans for 180 homes on the edge of Westcombe have been approved despite 400 objections from residents.';
const para = (n: number) =>
  `Paragraph ${n} says that the district council's planning committee met on Tuesday, heard objectors for an hour, and then voted on the plan.`;

function page(ledeMarkup: string, teaser = ''): string {
  return `<!doctype html><html><head><title>Homes approved</title></head><body>
    <header><a href="/">The Westcombe Echo</a></header>
    <article>
      <div class="story-header"><h1>Homes approved at Westcombe</h1><div class="byline">By Ann Reed</div>
        <div class="share"><a href="#">Facebook</a> <a href="#">Email</a></div>${ledeMarkup}</div>
      <div class="story-body">${Array.from({ length: 8 }, (_, k) => `<p>${para(k + 1)}</p>`).join('')}</div>
    </article>
    <aside><ul><li><p class="teaser-intro">${teaser}</p></li></ul></aside>
    <footer>© The Westcombe Echo</footer></body></html>`;
}

function bodyOf(html: string): string[] {
  const doc = loadPage(html, 'https://westcombe-echo.example/news/homes');
  const article = extractArticle(doc, 'https://westcombe-echo.example/news/homes');
  void closePage(doc);
  if (isNotArticle(article)) throw new Error(article.reason);
  return article.paragraphs.map((p) => p.text);
}

describe('a lead paragraph outside the body', () => {
  it('is put back in front of the body once', () => {
    const texts = bodyOf(page(`<p class="article-intro">${LEDE}</p>`));
    expect(texts[0]).toBe(LEDE);
    expect(texts.filter((t) => t === LEDE)).toHaveLength(1);
    expect(texts).toHaveLength(9);
  });

  it('is not a summary without a closing stop, nor another story’s teaser', () => {
    expect(bodyOf(page(`<p class="intro">${LEDE.slice(0, -1)}</p>`))[0]).toMatch(/^Paragraph 1 /);
    expect(bodyOf(page('', `Another story: ${LEDE}`))[0]).toMatch(/^Paragraph 1 /);
  });
});
