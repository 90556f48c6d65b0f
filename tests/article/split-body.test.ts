// @vitest-environment happy-dom
/** A story's body split into sibling blocks (the free paragraphs, then the subscribers' rest) is read whole. */
import { describe, expect, it } from 'vitest';
import { extractArticle, isNotArticle } from '@/core/article';
import { joinSplitBody } from '@/core/article/split-body';
import { closePage, loadPage } from './load-page';

const para = (n: number) =>
  `Paragraph ${n} of the story says that the borough council's cabinet met on Tuesday, argued for an hour about the bus station, and then agreed the plan.`;

/** A news page whose first two paragraphs sit in a preview block and the other eighteen in the rest. */
function page(preview: string, rest: string): string {
  return `<!doctype html><html><head><title>Cabinet backs bus station plan</title></head><body>
    <header><a href="/">The Borough Post</a></header>
    <article><h1>Cabinet backs bus station plan</h1>
      <div class="asset-content">
        <div class="${preview}">${[1, 2].map((n) => `<p>${para(n)}</p>`).join('')}</div>
        <div class="${rest}">${Array.from({ length: 18 }, (_, k) => k + 3)
          .map((n) => `<p>${para(n)}</p>`)
          .join('')}</div>
      </div>
    </article>
    <footer>© The Borough Post</footer></body></html>`;
}

function bodyOf(html: string): string[] {
  const doc = loadPage(html, 'https://borough-post.example/news/bus-station');
  const article = extractArticle(doc, 'https://borough-post.example/news/bus-station');
  void closePage(doc);
  if (isNotArticle(article)) throw new Error(article.reason);
  return article.paragraphs.map((p) => p.text);
}

describe('a body split into sibling blocks', () => {
  it('keeps the preview paragraphs before the rest of the story', () => {
    const texts = bodyOf(page('subscriber-preview', 'subscriber-only'));
    expect(texts).toHaveLength(20);
    expect(texts[0]).toMatch(/^Paragraph 1 /);
  });

  it('joins only blocks of story paragraphs, not a picture or a list of links beside them', () => {
    const doc = loadPage(`<body><div id="a">
      <div class="pic"><img src="x.jpg"><p>${para(0)}</p><p>${para(0)}</p></div>
      <div class="story">${[1, 2].map((n) => `<p>${para(n)}</p>`).join('')}</div>
      <div class="more">${[1, 2].map((n) => `<p><a href="/x">${para(n)}</a></p>`).join('')}</div>
    </div></body>`);
    expect(joinSplitBody(doc.body)).toBe(0);
    expect(doc.querySelectorAll('#a > div')).toHaveLength(3);
    void closePage(doc);
  });
});
